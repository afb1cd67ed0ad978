/**
 * "Qui contacter ?" — the address a named offer gives, else its team's, else the employer's
 * contact as its file gives it, or every employer's; a
 * contact HR wrote an FAQ entry for ("le contact presse du forum") when the question is about it.
 */
import { applyForOffer } from '../src/answers/application-process.js';
import { answerContact, eachOfferContact, withTeamAddress } from '../src/answers/contacts.js';
import { namedOffer, plainlyNamedOffers } from '../src/answers/search-policy.js';
import { MAX_CHOICES } from '../src/answers/offer-facts.js';
import { teamContact } from '../src/answers/teams.js';
import { pageLineReader } from '../src/understanding/page-parts.js';
import { SingleStepDialog } from './single-step-dialog.js';
import { lookUpFaq, organisationInContext } from './faq-lookup.js';
import type { Turn } from './turn.js';

export const CONTACTS = 'contacts';

export class ContactsDialog extends SingleStepDialog {
  constructor() {
    super(CONTACTS);
  }

  protected async respond(turn: Turn): Promise<void> {
    const u = turn.understanding;
    const orgId = u.entities.organisation ?? organisationInContext(turn);
    if (u.entities.organisation) turn.memory.organisationId = u.entities.organisation;
    // One offer named plainly ("who should I email for the Mobilic bizdev job?"), or the one the
    // conversation is about: the address its own announcement gives, before its team's and its employer's.
    const view = turn.runtime.view;
    const offer = namedOffer(view, u, u.entities.unit?.id) ?? (u.aboutFocus && turn.memory.focusOfferId && !u.entities.unit ? view.offer(turn.memory.focusOfferId) : undefined);
    const forOffer = offer ? applyForOffer(view, view.inLanguage(offer, u.lang).entry, u.lang, pageLineReader(turn.runtime.recogniser.lexicon)) : undefined;
    if (offer && forOffer) {
      turn.memory.focusOfferId = offer.id;
      return turn.send(withTeamAddress(view, offer, { ...forOffer, intent: 'contact' }, u.lang));
    }
    // Several offers of that name, none of them the one meant: each one's own address, and which one?
    const plain = u.entities.unit ? [] : plainlyNamedOffers(view, u);
    const each = plain.length > 1 && plain.length <= MAX_CHOICES ? eachOfferContact(view, plain, u.lang) : undefined;
    if (each) return turn.send(each);
    // A team or product named ("qui contacter chez Mobilic ?"), or the one the conversation is about: its own contact.
    const teamId = u.entities.unit?.id ?? (u.entities.organisation ? undefined : turn.memory.unitId);
    const team = teamId ? turn.runtime.view.team(teamId) : undefined;
    if (team) {
      turn.memory.unitId = team.id;
      return turn.send(teamContact(turn.runtime.view, team, u.lang));
    }
    if (u.topic.length > 0 || u.asks.count) {
      // "Qui contacter pour la presse ?": more than a contact, perhaps one an FAQ entry gives.
      const lookup = lookUpFaq(turn, 'contact');
      // A contact never answers "how many?" ("how many recruiters?" after the forum): the entry found does.
      if (lookup.found === 'answer' && (lookup.match.faq.intent === 'contact' || u.asks.count)) return turn.send(lookup.answer);
      if (lookup.found === 'passage' && u.asks.count) return turn.send(lookup.answer);
      if (lookup.found === 'ask-organisation') turn.memory.awaiting = undefined;
    }
    await turn.send(answerContact(turn.runtime.view, u.lang, orgId, u.asks.phone === true));
  }
}
