/**
 * "Où en est ma candidature ?" — asks for the dossier number, then the e-mail address used to
 * apply (or takes both from one message), checks them, and tells the status in plain words.
 * An unknown number and a wrong address get the same words; failures are counted per dossier,
 * per client and per conversation (see VerificationLimiter), and a spent budget refuses the
 * lookup for a while, with whom to write to. Nothing about another application ever appears.
 */
import type { DialogContext, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { TextPrompt, WaterfallDialog } from './sdk.js';
import { isValidEmail } from '../src/applications/index.js';
import type { Answer } from '../src/answers/answer.js';
import { applicationStatus, askEmail, askReference, noMatch, offerReferenceGiven, offerWithReference, statusUnavailable, tooManyAttempts, withoutNumber } from '../src/answers/application-status.js';
import { usualDelays } from '../src/answers/application-process.js';
import { answerContact } from '../src/answers/contacts.js';
import { lookUpFaq, organisationInContext } from './faq-lookup.js';
import { TremplinDialog } from './tremplin-dialog.js';
import { turnOf, type Turn } from './turn.js';

export const APPLICATION_STATUS = 'application-status';
const REFERENCE_PROMPT = `${APPLICATION_STATUS}.reference`;
const EMAIL_PROMPT = `${APPLICATION_STATUS}.email`;

export class ApplicationStatusDialog extends TremplinDialog {
  constructor() {
    super(APPLICATION_STATUS);
    this.addDialog(new TextPrompt(REFERENCE_PROMPT, (p) => this.referenceGiven(p)))
      .addDialog(new TextPrompt(EMAIL_PROMPT, (p) => this.emailGiven(p)))
      .addDialog(
        new WaterfallDialog(`${APPLICATION_STATUS}.steps`, [this.askDossierNumber.bind(this), this.askEmailAddress.bind(this), this.tellStatus.bind(this)]),
      );
    this.initialDialogId = `${APPLICATION_STATUS}.steps`;
  }

  protected override answersWaitingQuestion(dc: DialogContext): boolean {
    const turn = turnOf(dc.context);
    if (turn.memory.awaiting === 'reference') return this.readsAsReference(turn);
    if (turn.memory.awaiting === 'email') return turn.understanding.entities.email !== undefined;
    return false;
  }

  /**
   * While it waits for a dossier number or an address, any other question ("et en instruction, je
   * peux encore modifier ?", "qui contacter ?") is answered as such and the lookup dropped: only
   * the lookup asked again, or a message that asks nothing, gets the question again.
   */
  protected override givesWay(dc: DialogContext): boolean {
    const u = turnOf(dc.context).understanding;
    return u.intent !== 'application_status' && (u.intent !== 'fallback' || u.asks.yes_no === true);
  }

  /**
   * The number, or no number: said plainly ("je n'ai pas de numéro"), or a message that only tells
   * about the application ("c'était pour la DINUM, j'ai postulé en juin"): how to follow it without one.
   */
  private readsAsReference(turn: Turn): boolean {
    const u = turn.understanding;
    return u.entities.reference !== undefined || u.asks.no_reference === true || (u.asks.applied === true && !u.asks.yes_no && u.definition === undefined);
  }

  private async referenceGiven(prompt: PromptValidatorContext<string>): Promise<boolean> {
    return this.readsAsReference(turnOf(prompt.context));
  }

  private async emailGiven(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const email = turnOf(prompt.context).understanding.entities.email;
    return email !== undefined && isValidEmail(email);
  }

  /** The dossier number, unless the message gives it. */
  private async askDossierNumber(step: WaterfallStepContext) {
    const turn = turnOf(step.context);
    const u = turn.understanding;
    if (turn.services.applicationsUnavailable) {
      await turn.send(statusUnavailable(turn.runtime.view, u.lang, u.entities.organisation ?? organisationInContext(turn)));
      return step.endDialog();
    }
    if (u.entities.reference && (await this.toldOfferReference(turn, u.entities.reference))) return step.endDialog();
    if (!turn.services.applications) return this.explainHowToFollow(step);
    const values = step.values as Record<string, unknown>;
    values.question = u.text;
    values.organisation = u.entities.organisation;
    if (u.entities.reference) return step.next(u.entities.reference);
    if (u.asks.waiting) {
      // "Pas de réponse depuis un mois, c'est normal ?": the usual delays first; the status on request.
      const organisation = u.entities.organisation ?? organisationInContext(turn);
      const delays = organisation ? lookUpFaq(turn, 'application_status') : undefined;
      const check = u.lang === 'fr' ? { title: 'Suivre ma candidature', value: 'Où en est ma candidature ?' } : { title: 'Check my application', value: 'What is the status of my application?' };
      const reply = delays?.found === 'answer' ? { ...delays.answer, intent: 'application_status' as const, suggestions: [check, ...delays.answer.suggestions] } : usualDelays(turn.runtime.view, u.lang, 'application_status', organisation);
      if (reply) {
        await turn.send(reply);
        return step.endDialog();
      }
    }
    turn.memory.awaiting = 'reference';
    await turn.send(askReference(turn.runtime.view, u.lang, u.entities.organisation ?? organisationInContext(turn)));
    const retry = u.lang === 'fr' ? 'Quel est votre numéro de dossier ? (par exemple 12345678)' : 'What is your dossier number? (for example 12345678)';
    return step.prompt(REFERENCE_PROMPT, { retryPrompt: retry });
  }

  /** A number that is an offer's reference rather than a dossier number: which offer, and where to follow the application. */
  private async toldOfferReference(turn: Turn, reference: string): Promise<boolean> {
    const offer = offerWithReference(turn.runtime.view, reference);
    if (!offer) return false;
    turn.memory.organisationId = offer.organisation;
    await turn.send(offerReferenceGiven(turn.runtime.view, offer, reference, turn.understanding.lang));
    return true;
  }

  /** The e-mail address used to apply, unless the message gives it. */
  private async askEmailAddress(step: WaterfallStepContext) {
    const turn = turnOf(step.context);
    turn.memory.awaiting = undefined;
    // The reference and the address come from this turn's message (given together, or the reference alone in answer to the question).
    const reference = turn.understanding.entities.reference;
    if (!reference) return this.explainHowToFollow(step, true);
    if (await this.toldOfferReference(turn, reference)) return step.endDialog();
    (step.values as Record<string, unknown>).reference = reference;
    const email = turn.understanding.entities.email;
    if (email) return step.next(email);
    turn.memory.awaiting = 'email';
    await turn.send(askEmail(turn.understanding.lang));
    const retry = turn.understanding.lang === 'fr' ? 'Quelle adresse e-mail avez-vous utilisée pour candidater ?' : 'Which e-mail address did you apply with?';
    return step.prompt(EMAIL_PROMPT, { retryPrompt: retry });
  }

  /** The status, once the pair is checked. */
  private async tellStatus(step: WaterfallStepContext) {
    const turn = turnOf(step.context);
    turn.memory.awaiting = undefined;
    const values = step.values as Record<string, unknown>;
    const reference = values.reference as string;
    const email = turn.understanding.entities.email;
    values.reference = undefined;
    const lang = turn.understanding.lang;
    const applications = turn.services.applications;
    if (!applications || !email) return step.endDialog();
    const activity = step.context.activity;
    const conversation = [`user:${activity.channelId}:${activity.from?.id ?? ''}`, `conversation:${activity.conversation?.id ?? ''}`];
    try {
      const outcome = await applications.limiter.verify({ reference, email, client: turn.client, conversation });
      if (outcome.outcome === 'verified') await turn.send(applicationStatus(turn.runtime.view, outcome.application, lang));
      else if (outcome.outcome === 'blocked') await turn.send(tooManyAttempts(turn.runtime.view, lang, outcome.blockedUntil));
      else if (outcome.blockedUntil) await turn.send(tooManyAttempts(turn.runtime.view, lang, outcome.blockedUntil));
      else await turn.send(noMatch(lang, outcome.attemptsLeft));
    } catch (error) {
      turn.logger.error({ err: error }, 'bot: application lookup failed');
      await turn.send(statusUnavailable(turn.runtime.view, lang, turn.memory.organisationId));
    }
    return step.endDialog();
  }

  /** Without a number (`asked`: the bot asked for it) or without a store: how to follow an application, and whom to ask. */
  private async explainHowToFollow(step: WaterfallStepContext, numberAsked = false) {
    const turn = turnOf(step.context);
    const values = step.values as Record<string, unknown>;
    // The employer named when the candidate told about the application ("c'était pour la DINUM") counts as named with the question.
    const organisation = (values.organisation as string | undefined) ?? turn.understanding.entities.organisation;
    if (organisation) turn.memory.organisationId = organisation;
    const asked = typeof values.question === 'string' ? { text: values.question, organisation } : undefined;
    const lookup = lookUpFaq(turn, 'application_status', asked);
    const told = (reply: Answer) => (numberAsked ? withoutNumber(reply) : reply);
    if (lookup.found === 'answer') await turn.send(told({ ...lookup.answer, intent: 'application_status' }));
    else if (lookup.found === 'ask-organisation') await turn.send(lookup.answer);
    else await turn.send(told({ ...answerContact(turn.runtime.view, turn.understanding.lang, turn.understanding.entities.organisation ?? organisationInContext(turn)), intent: 'application_status' }));
    return step.endDialog();
  }
}
