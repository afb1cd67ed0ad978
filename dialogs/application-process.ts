/**
 * "Comment postuler ?" — how applying works: the FAQ entry that answers the question, else the
 * employer's recruitment steps, else which employer the candidate means.
 */
import { applyForOffer, askOrganisation, recruitmentSteps } from '../src/answers/application-process.js';
import { namedOffer } from '../src/answers/search-policy.js';
import { notKnown } from '../src/answers/fallback.js';
import { teamApplication } from '../src/answers/teams.js';
import { lookUpFaq, organisationInContext } from './faq-lookup.js';
import { pageLineReader } from '../src/understanding/page-parts.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const APPLICATION_PROCESS = 'application-process';

export class ApplicationProcessDialog extends SingleStepDialog {
  constructor() {
    super(APPLICATION_PROCESS);
  }

  protected async respond(turn: Turn): Promise<void> {
    await this.answerHowApplyingWorks(turn);
  }

  private async answerHowApplyingWorks(turn: Turn): Promise<void> {
    const lookup = lookUpFaq(turn, 'application_process');
    const u = turn.understanding;
    // The employer named is the conversation's now ("je peux postuler chez beta ?", then "je serais payé combien ?").
    if (u.entities.organisation) turn.memory.organisationId = u.entities.organisation;
    // A team or product named ("comment postuler chez Trackdéchets ?"): where its offers say to apply, then the organisation's process.
    const teamId = u.entities.unit?.id ?? (u.entities.organisation ? undefined : turn.memory.unitId);
    const team = teamId ? turn.runtime.view.team(teamId) : undefined;
    // One offer named plainly ("FranceConnect recrutement", "the Tchap DevOps Senior job"): where
    // its own announcement says to apply wins over its team's address and the employer's FAQ.
    // …or the offer the conversation has just been about ("comment je postule ?" after its card).
    // (Not how long it takes nor when: the employer's process says, not the offer's address.)
    const asksWhereOrHow = !(u.asks.duration || u.asks.date || u.asks.start || u.asks.count || u.asks.waiting);
    const focus = u.aboutFocus && asksWhereOrHow && turn.memory.focusOfferId ? turn.runtime.view.offer(turn.memory.focusOfferId) : undefined;
    const offer = namedOffer(turn.runtime.view, u, u.entities.unit?.id) ?? focus;
    const forOffer = offer ? applyForOffer(turn.runtime.view, turn.runtime.view.inLanguage(offer, u.lang).entry, u.lang, pageLineReader(turn.runtime.recogniser.lexicon)) : undefined;
    // The offer in focus, not named: its own address, then what the employer's entry says of applying.
    const employerSays = focus && forOffer && offer === focus && lookup.found === 'answer' && [focus.organisation, 'all'].includes(lookup.match.faq.organisation) ? lookup.answer : undefined;
    // The offer answered about is the conversation's offer now ("et le salaire ?").
    if (forOffer && offer) turn.memory.focusOfferId = offer.id;
    if (forOffer && employerSays) return turn.send({ ...employerSays, text: `${forOffer.text}\n\n${employerSays.text}`, sources: [...forOffer.sources, ...employerSays.sources] });
    if (forOffer) return turn.send(forOffer);
    const forTeam = team ? teamApplication(turn.runtime.view, team, u.lang, lookup.found === 'answer' ? lookup.answer : undefined) : undefined;
    if (team) turn.memory.unitId = team.id;
    if (forTeam) return turn.send(forTeam);
    if (lookup.found !== 'nothing') return turn.send(lookup.answer);
    const orgId = u.entities.organisation ?? organisationInContext(turn);
    const org = orgId ? turn.runtime.view.organisation(orgId) : undefined;
    const steps = org ? recruitmentSteps(turn.runtime.view, org, u.lang) : undefined;
    if (steps) return turn.send(steps);
    if (!org) return turn.send(askOrganisation(turn.runtime.view, u.lang, 'application_process'));
    return turn.send(notKnown(turn.runtime.view, u.lang, lookup.closest, orgId, { intent: 'application_process' }));
  }
}
