/**
 * Anything else: an FAQ entry if one answers the question well, else the offer the message
 * describes in its own words, else "I don't know" — never a
 * guess — with the closest questions and the contact that can answer.
 */
import { describedOfferAnswer } from '../src/answers/described-offer.js';
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
    await turn.send(notKnown(turn.runtime.view, u.lang, lookup.closest, u.entities.organisation ?? organisationInContext(turn)));
  }
}
