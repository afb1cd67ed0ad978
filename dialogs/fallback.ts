/**
 * Anything else: an FAQ entry if one answers the question well, else the offer the message
 * describes in its own words, else the page of the team's offers that holds the words asked,
 * else "I don't know" — never a
 * guess — with the closest questions and the contact that can answer.
 */
import { describedOfferAnswer, teamOfferAnswer } from '../src/answers/described-offer.js';
import { notKnown } from '../src/answers/fallback.js';
import { lookUpFaq, organisationInContext } from './faq-lookup.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const FALLBACK = 'fallback';

export class FallbackDialog extends SingleStepDialog {
  constructor() {
    super(FALLBACK);
  }

  protected async respond(turn: Turn): Promise<void> {
    const lookup = lookUpFaq(turn, 'fallback');
    if (lookup.found === 'answer' && lookup.answer.intent === 'fallback') lookup.answer.intent = 'organisation_info';
    if (lookup.found !== 'nothing') return turn.send(lookup.answer);
    const u = turn.understanding;
    // An offer the message describes in its own words ("data engineer data inclusion"), open or not.
    const described = describedOfferAnswer(turn.runtime.view, turn.runtime.index, u, u.lang);
    if (described) {
      // One offer in detail is the conversation's offer now ("et le salaire ?").
      const one = described.offerCards.length === 0 ? described.sources.find((s) => s.kind === 'offer') : undefined;
      if (one) turn.memory.focusOfferId = one.id;
      return turn.send(described);
    }
    // A team named and words of its offers' pages ("la stack technique du registre de covoiturage"): the newest page that says.
    const fromTeam = u.entities.unit ? teamOfferAnswer(turn.runtime.view, u.entities.unit.id, u.terms, u.lang) : undefined;
    if (fromTeam) {
      const one = fromTeam.sources.find((s) => s.kind === 'offer');
      if (one) turn.memory.focusOfferId = one.id;
      return turn.send(fromTeam);
    }
    await turn.send(notKnown(turn.runtime.view, u.lang, lookup.closest, u.entities.organisation ?? organisationInContext(turn)));
  }
}
