/**
 * A fact of an offer that no longer takes applications: the flows that answer one (salary,
 * remote work, contract) say first that it is closed, with its date, and end with the open
 * offers closest to it (see src/answers/offer-status.ts).
 */
import type { Answer } from '../src/answers/answer.js';
import { closedFirst, closestOpenings } from '../src/answers/offer-status.js';
import type { Offer } from '../src/knowledge/schemas.js';
import { OPENINGS_SCORE } from '../src/tuning.js';
import type { Turn } from './turn.js';

/** `answer`, about `offer`, with the offer's status first when it is not open. */
export function withOfferStatus(turn: Turn, answer: Answer, offer: Offer | undefined): Answer {
  if (!offer || offer.open) return answer;
  const view = turn.runtime.view;
  const lang = answer.lang;
  return closedFirst(view, answer, offer, turn.today, lang, closestOpenings(view, offer, lang, (subject, l) => turn.runtime.searchOffers(subject, l, OPENINGS_SCORE)));
}
