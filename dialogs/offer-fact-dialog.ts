/**
 * The shape shared by the flows that answer one fact of an offer (remote work, contract): find
 * the offer in question, ask which one when several differ, then answer.
 */
import type { DialogContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { TextPrompt, WaterfallDialog } from './sdk.js';
import type { Answer } from '../src/answers/answer.js';
import { compareEmployers } from '../src/answers/comparison.js';
import { answerEachInstead, eachOfferAnswer } from '../src/answers/each-offer.js';
import type { OffersInQuestion } from '../src/answers/offer-facts.js';
import type { Offer } from '../src/knowledge/schemas.js';
import type { Asks } from '../src/understanding/reading.js';
import { chooseOfferPrompt, chosenOffer, designatedOffer, OFFER_PROMPT, offersAsked, pickOffer } from './offer-choice.js';
import { withOfferStatus } from './offer-status.js';
import { TremplinDialog } from './tremplin-dialog.js';
import { turnOf, type Turn } from './turn.js';

/** What a fact flow computes. */
export type FactOutcome = { next: 'done'; answer: Answer; offer?: Offer } | { next: 'ask-offer'; answer: Answer; offers: readonly Offer[] };

export abstract class OfferFactDialog extends TremplinDialog {
  constructor(id: string) {
    super(id);
    this.addDialog(new TextPrompt(OFFER_PROMPT, chooseOfferPrompt)).addDialog(
      new WaterfallDialog(`${id}.steps`, [this.askWhichOffer.bind(this), this.answerForOffer.bind(this)]),
    );
    this.initialDialogId = `${id}.steps`;
  }

  /**
   * The answer for the offers in question (one offer: its answer; several: the same or a
   * question). `asks`: what the question asked (not a later choice).
   */
  protected abstract answerFor(turn: Turn, question: OffersInQuestion, asks: Asks): FactOutcome;

  protected override answersWaitingQuestion(dc: DialogContext): boolean {
    return turnOf(dc.context).memory.awaiting === 'offer' && designatedOffer(dc.context) !== undefined;
  }

  /** Which offer? Skipped when the message or the conversation says, when all offers agree, or when a few are named (each answered). */
  private async askWhichOffer(step: WaterfallStepContext) {
    const turn = turnOf(step.context);
    const u = turn.understanding;
    if (u.entities.organisation) turn.memory.organisationId = u.entities.organisation;
    if (u.entities.organisations.length >= 2) {
      // "Remote work at DINUM vs beta.gouv.fr?": both sides.
      await turn.send(compareEmployers(turn.runtime.view, u.entities.organisations, u.lang, (q) => this.answerFor(turn, q, u.asks).answer));
      return step.endDialog();
    }
    const question = offersAsked(turn);
    (step.values as Record<string, unknown>).asks = u.asks;
    const outcome = this.answerFor(turn, question, u.asks);
    if (answerEachInstead(question, outcome)) {
      // A few offers named (or of the team named): the fact for each, never "which one?".
      const one = (offer: Offer) => this.answerFor(turn, { offers: [offer], basis: 'named', organisationId: offer.organisation }, u.asks).answer;
      await turn.send(eachOfferAnswer(turn.runtime.view, question, u.intent, u.lang, turn.today, one));
      return step.endDialog();
    }
    if (outcome.next === 'ask-offer' && outcome.answer.answered) return pickOffer(step, outcome.offers, outcome.answer);
    await turn.send(outcome.next === 'done' ? withOfferStatus(turn, outcome.answer, outcome.offer) : outcome.answer);
    if (outcome.next === 'done' && outcome.offer) turn.memory.focusOfferId = outcome.offer.id;
    return step.endDialog();
  }

  /** The answer for the chosen offer. */
  private async answerForOffer(step: WaterfallStepContext) {
    const turn = turnOf(step.context);
    const id = chosenOffer(step);
    const offer = id ? turn.runtime.view.offer(id) : undefined;
    if (!offer) return step.endDialog();
    turn.memory.focusOfferId = offer.id;
    const outcome = this.answerFor(turn, { offers: [offer], basis: 'named', organisationId: offer.organisation }, ((step.values as Record<string, unknown>).asks ?? {}) as Asks);
    await turn.send(withOfferStatus(turn, outcome.answer, offer));
    return step.endDialog();
  }
}
