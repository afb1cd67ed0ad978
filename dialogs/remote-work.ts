/**
 * "Le télétravail est possible ?" — what the offer in focus or named allows, or what the
 * offers of an organisation have in common.
 */
import type { OffersInQuestion } from '../src/answers/offer-facts.js';
import { answerRemote } from '../src/answers/remote-work.js';
import type { Asks } from '../src/understanding/reading.js';
import { OfferFactDialog, type FactOutcome } from './offer-fact-dialog.js';
import type { Turn } from './turn.js';

export const REMOTE_WORK = 'remote-work';

export class RemoteWorkDialog extends OfferFactDialog {
  constructor() {
    super(REMOTE_WORK);
  }

  protected answerFor(turn: Turn, question: OffersInQuestion, asks: Asks): FactOutcome {
    return answerRemote(turn.runtime.view, question, turn.understanding.lang, asks.days === true);
  }
}
