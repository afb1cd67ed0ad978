/**
 * "C'est un CDD ?", "quand commence le poste ?" — the contract of the offer in focus or named:
 * its type, length and start date.
 */
import { answerContract, contractAspect } from '../src/answers/contracts.js';
import type { Asks } from '../src/understanding/reading.js';
import type { OffersInQuestion } from '../src/answers/offer-facts.js';
import { OfferFactDialog, type FactOutcome } from './offer-fact-dialog.js';
import type { Turn } from './turn.js';

export const CONTRACTS = 'contracts';

export class ContractsDialog extends OfferFactDialog {
  constructor() {
    super(CONTRACTS);
  }

  protected answerFor(turn: Turn, question: OffersInQuestion, asks: Asks): FactOutcome {
    const lexicon = turn.runtime.recogniser.lexicon;
    // Lines of working time, not of remote work ("télétravail 2 jours par semaine").
    return answerContract(turn.runtime.view, question, contractAspect(asks), turn.understanding.lang, turn.today, asks.renewal === true, (line) => lexicon.test('working_time', line) && !lexicon.test('remote_wanted', line) && !lexicon.test('remote_refused', line));
  }
}
