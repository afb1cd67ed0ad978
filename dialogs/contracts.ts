/**
 * "C'est un CDD ?", "quand commence le poste ?" — the contract of the offer in focus or named:
 * its type, length and start date.
 */
import { answerContract, contractAspect } from '../src/answers/contracts.js';
import { offerPageAnswer, pageAnswersPart } from '../src/answers/offer-page.js';
import { pageLineReader } from '../src/understanding/page-parts.js';
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
    const aspect = contractAspect(asks);
    const { lang } = turn.understanding;
    // A length or a start the offer's fields leave empty but its page states ("Durée : de mi-juin à mi-septembre"): from the page.
    const part = aspect === 'duration' && !asks.renewal ? 'duration' : aspect === 'start' ? 'start' : undefined;
    const reads = pageLineReader(lexicon);
    // "When would it start and where?": the place (and remote work) asked beside the start, both answered.
    if (aspect === 'start' && asks.location && question.offers.length === 1) {
      const offer = question.offers[0]!;
      return { next: 'done', offer, answer: offerPageAnswer(turn.runtime.view, turn.runtime.view.inLanguage(offer, lang).entry, ['start', 'place', 'remote'], lang, reads) };
    }
    if (part && question.offers.length === 1 && pageAnswersPart(question.offers[0]!, part, lang, reads)) {
      const offer = question.offers[0]!;
      return { next: 'done', offer, answer: offerPageAnswer(turn.runtime.view, turn.runtime.view.inLanguage(offer, lang).entry, [part], lang, reads) };
    }
    // Lines of working time, not of remote work ("télétravail 2 jours par semaine").
    return answerContract(turn.runtime.view, question, aspect, lang, turn.today, asks.renewal === true, (line) => lexicon.test('working_time', line) && !lexicon.test('remote_wanted', line) && !lexicon.test('remote_refused', line));
  }
}
