/**
 * "Quel est le salaire ?" — the pay of the offer in focus or named; asks which offer when
 * several could be meant, and the candidate's experience when the pay depends on it.
 */
import type { DialogContext, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { TextPrompt, WaterfallDialog } from './sdk.js';
import { compareEmployers } from '../src/answers/comparison.js';
import { answerEachInstead, eachOfferAnswer } from '../src/answers/each-offer.js';
import { answerSalary, negotiationNotStated, salaryNegotiation, salaryOfOffer } from '../src/answers/salaries.js';
import { chooseOfferPrompt, chosenOffer, designatedOffer, OFFER_PROMPT, offersAsked, pickOffer } from './offer-choice.js';
import { offerStatusLine } from '../src/answers/offer-status.js';
import { withOfferStatus } from './offer-status.js';
import { TremplinDialog } from './tremplin-dialog.js';
import type { Offer } from '../src/knowledge/schemas.js';
import { turnOf } from './turn.js';

export const SALARIES = 'salaries';
const EXPERIENCE_PROMPT = 'salaries.experience';

export class SalariesDialog extends TremplinDialog {
  constructor() {
    super(SALARIES);
    this.addDialog(new TextPrompt(OFFER_PROMPT, chooseOfferPrompt))
      .addDialog(new TextPrompt(EXPERIENCE_PROMPT, (p) => this.experienceGiven(p)))
      .addDialog(new WaterfallDialog(`${SALARIES}.steps`, [this.askWhichOffer.bind(this), this.askExperience.bind(this), this.answerSalary.bind(this)]));
    this.initialDialogId = `${SALARIES}.steps`;
  }

  protected override answersWaitingQuestion(dc: DialogContext): boolean {
    const turn = turnOf(dc.context);
    if (turn.memory.awaiting === 'experience') return turn.understanding.entities.experience !== undefined;
    if (turn.memory.awaiting === 'offer') return designatedOffer(dc.context) !== undefined;
    return false;
  }

  private async experienceGiven(prompt: PromptValidatorContext<string>): Promise<boolean> {
    return turnOf(prompt.context).understanding.entities.experience !== undefined;
  }

  /** Which offer? Skipped when the message or the conversation says. */
  private async askWhichOffer(step: WaterfallStepContext) {
    const turn = turnOf(step.context);
    const u = turn.understanding;
    if (u.entities.organisations.length >= 2) {
      // "Le salaire à beta.gouv.fr vs au PEReN ?": both sides.
      if (u.entities.experience) turn.memory.experience = u.entities.experience;
      const experience = u.entities.experience ?? turn.memory.experience;
      await turn.send(compareEmployers(turn.runtime.view, u.entities.organisations, u.lang, (q) => answerSalary(turn.runtime.view, q, u.lang, experience).answer));
      return step.endDialog();
    }
    const question = offersAsked(turn);
    if (u.entities.organisation) turn.memory.organisationId = u.entities.organisation;
    // The experience a candidate states holds for the conversation until they give another: a later salary question needs no asking.
    if (u.entities.experience) turn.memory.experience = u.entities.experience;
    if (u.asks.negotiation && question.offers.length === 1) {
      turn.memory.focusOfferId = question.offers[0]!.id;
      await turn.send(withOfferStatus(turn, salaryNegotiation(turn.runtime.view, question.offers[0]!, u.lang), question.offers[0]));
      return step.endDialog();
    }
    if (u.asks.negotiation) {
      await turn.send(negotiationNotStated(turn.runtime.view, u.lang, question.organisationId));
      return step.endDialog();
    }
    const experience = u.entities.experience ?? turn.memory.experience;
    const saidEarlier = !u.entities.experience && turn.memory.experience !== undefined;
    const outcome = answerSalary(turn.runtime.view, question, u.lang, experience, saidEarlier);
    if (answerEachInstead(question, outcome)) {
      // A few offers named (or of the team named): the pay of each, never "which one?".
      const one = (offer: Offer) => salaryOfOffer(turn.runtime.view, offer, u.lang, experience, saidEarlier).answer;
      await turn.send(eachOfferAnswer(turn.runtime.view, question, 'salary', u.lang, turn.today, one));
      return step.endDialog();
    }
    if (outcome.next === 'ask-offer' && outcome.answer.answered) {
      return pickOffer(step, outcome.offers, outcome.answer);
    }
    if (outcome.next === 'ask-experience') return step.next(outcome.offer.id);
    await turn.send(outcome.next === 'done' ? withOfferStatus(turn, outcome.answer, outcome.offer) : outcome.answer);
    if (outcome.next === 'done' && outcome.offer) turn.memory.focusOfferId = outcome.offer.id;
    return step.endDialog();
  }

  /** How many years of experience, when the offer's pay depends on it. */
  private async askExperience(step: WaterfallStepContext) {
    const turn = turnOf(step.context);
    const offerId = turn.memory.awaiting === 'offer' ? chosenOffer(step) : (step.result as string | undefined);
    turn.memory.awaiting = undefined;
    const offer = offerId ? turn.runtime.view.offer(offerId) : undefined;
    if (!offer) return step.endDialog();
    turn.memory.focusOfferId = offer.id;
    (step.values as Record<string, unknown>).offerId = offer.id;
    const lang = turn.understanding.lang;
    const outcome = salaryOfOffer(turn.runtime.view, offer, lang, turn.understanding.entities.experience ?? turn.memory.experience, !turn.understanding.entities.experience && turn.memory.experience !== undefined);
    if (outcome.next !== 'ask-experience') {
      await turn.send(withOfferStatus(turn, outcome.answer, offer));
      return step.endDialog();
    }
    turn.memory.awaiting = 'experience';
    // Not open: said first, even before asking the experience (the closest openings come with the pay).
    const status = offer.open ? undefined : offerStatusLine(offer, turn.today, lang);
    await turn.send(status ? { ...outcome.answer, text: `${status}\n\n${outcome.answer.text}` } : outcome.answer);
    return step.prompt(EXPERIENCE_PROMPT, {
      retryPrompt: lang === 'fr' ? "Je n'ai pas compris. Combien d'années d'expérience avez-vous ? (par exemple « 3 ans »)" : "I didn't get that. How many years of experience do you have? (for example “3 years”)",
    });
  }

  /** The pay for that experience. */
  private async answerSalary(step: WaterfallStepContext) {
    const turn = turnOf(step.context);
    turn.memory.awaiting = undefined;
    const experience = turn.understanding.entities.experience;
    const offer = turn.runtime.view.offer((step.values as Record<string, unknown>).offerId as string);
    if (!offer || !experience) return step.endDialog();
    turn.memory.experience = experience;
    const outcome = salaryOfOffer(turn.runtime.view, offer, turn.understanding.lang, experience);
    await turn.send(withOfferStatus(turn, outcome.answer, offer));
    return step.endDialog();
  }
}
