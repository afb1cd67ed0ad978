/**
 * The activity handler: one message in, the dialogs run, replies out. Everything the bot knows
 * comes from the core (knowledge, search, recogniser); everything it remembers from the
 * conversation and user state. Teams-specific activities extend this class (TeamsActivityHandler).
 */
import type { ConversationState, InvokeResponse, MessagingExtensionQuery, MessagingExtensionResponse, StatePropertyAccessor, UserState } from 'botbuilder';
import { ActivityTypes, TeamsActivityHandler, TurnContext } from './sdk.js';
import type { DialogState, DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { DialogSet, DialogTurnStatus } from '../../dialogs/sdk.js';
import { MainDialog, MAIN } from '../../dialogs/main-dialog.js';
import { RESTART } from '../../dialogs/tremplin-dialog.js';
import { setTurn, type Turn } from '../../dialogs/turn.js';
import { answer, type Answer } from '../answers/answer.js';
import { explainedWords, withExplanations } from '../answers/term-explanations.js';
import { declined, welcome } from '../answers/welcome.js';
import { feedbackThanks, rated } from '../answers/feedback.js';
import { readFeedback } from '../understanding/feedback.js';
import { readYesNo } from '../understanding/yes-no.js';
import { intentsWith } from '../understanding/intents.js';
import { calendarDate } from '../knowledge/open-status.js';
import type { Lang } from '../knowledge/schemas.js';
import type { Logger } from '../logger.js';
import { detectLanguage, langFromLocale } from '../text/language.js';
import type { Config } from '../config.js';
import { searchOffersExtension, SEARCH_COMMAND } from '../teams/offer-search.js';
import { parseRecruiterCommand } from '../teams/recruiter-commands.js';
import { runRecruiterCommand } from './recruiter-desk.js';
import type { TremplinCore } from '../core.js';
import { toActivity } from './replies.js';
import type { BotServices } from '../conversation/services.js';
import type { FeedbackEvent, QuestionEvent } from '../insights/index.js';
import { AfterReply } from '../conversation/after-reply.js';
import { subjectOf, visitorOf } from './question-subject.js';
import { ratedAnswer, readTeamsRating, readWebChatRating, rememberAnswer, type Rating } from './answer-feedback.js';
import { contextOf, emptyMemory, followListed, rememberExplained, rememberListed, rememberTold, type ConversationMemory, type UserProfile } from '../conversation/memory.js';
import { turnOrigin } from './turn-origin.js';
import { maskPersonalData } from '../insights/masking.js';

/**
 * Where botbuilder-dialogs' DialogStateManager looks for its memory scopes and path resolvers in
 * the turn state; when absent, it builds them anew through the SDK's service collection (~5 % of
 * a turn's allocations). The bot keeps the first turn's and hands them to every later turn, as
 * the SDK's own DialogManager does.
 */
const DIALOG_STATE_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/** Replies that answer a question: they replace the last question answered (see the intent registry). */
const ANSWERS_QUESTION = intentsWith('answersQuestion');
/** Replies whose "not answered" is a gap in the knowledge, recorded for HR (not a lookup refused, a command). */
const KNOWLEDGE_GAP = intentsWith('knowledgeGap');

/** Longest message the bot reads; longer ones get a polite refusal. */
export const MAX_MESSAGE_LENGTH = 4000;

/** What the bot is built from. */
export interface TremplinBotDeps {
  core: TremplinCore;
  conversationState: ConversationState;
  userState: UserState;
  logger: Logger;
  /** Clock, for tests. Default: now. */
  now?: () => Date;
  /** The application store and the rest. Default: none. */
  services?: BotServices;
  /** Who recruiters are, and whether the endpoint authenticates callers. */
  config: Pick<Config, 'microsoftApp' | 'recruiters' | 'knowledgeDir'>;
}

export class TremplinBot extends TeamsActivityHandler {
  protected readonly core: TremplinCore;
  protected readonly logger: Logger;
  private readonly conversationState: ConversationState;
  private readonly userState: UserState;
  private readonly dialogs: DialogSet;
  /** The dialogs' memory scopes and path resolvers, from the first turn on (see DIALOG_STATE_CONFIGURATION_KEY). */
  private dialogStateConfiguration: DialogStateManagerConfiguration | undefined;
  private readonly memory: StatePropertyAccessor<ConversationMemory>;
  private readonly profile: StatePropertyAccessor<UserProfile>;
  private readonly now: () => Date;
  protected readonly services: BotServices;
  /** Recording that waits until the reply is sent (see AfterReply). */
  readonly afterReply: AfterReply;
  private readonly config: TremplinBotDeps['config'];

  constructor(deps: TremplinBotDeps) {
    super();
    this.core = deps.core;
    this.logger = deps.logger;
    this.conversationState = deps.conversationState;
    this.userState = deps.userState;
    this.now = deps.now ?? (() => new Date());
    this.services = deps.services ?? {};
    this.afterReply = new AfterReply(deps.logger);
    this.config = deps.config;
    this.dialogs = new DialogSet(this.conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(new MainDialog());
    for (const flow of MainDialog.flows()) this.dialogs.add(flow);
    this.memory = this.conversationState.createProperty<ConversationMemory>('memory');
    this.profile = this.userState.createProperty<UserProfile>('profile');

    this.onEvent(async (context, next) => {
      if (context.activity.name === 'webchat/join') await this.greet(context);
      const rating = readWebChatRating(context.activity);
      if (rating) await this.rate(context, rating, true);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (joined && context.activity.channelId !== 'webchat' && context.activity.channelId !== 'directline') await this.greet(context);
      await next();
    });
  }

  /** Teams' feedback loop (like / dislike on a message); other invokes as the SDK handles them. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const rating = readTeamsRating(context.activity);
    if (!rating) return super.onInvokeActivity(context);
    await this.rate(context, rating, false);
    return { status: 200, body: {} };
  }

  /**
   * Records a rating given with the channel's own like / dislike, once per answer; on the
   * website, thanks the user (and after a dislike offers a person's contact). Ratings of an
   * answer the conversation no longer remembers are ignored.
   */
  private async rate(context: TurnContext, rating: Rating, reply: boolean): Promise<void> {
    const memory = await this.memory.get(context, emptyMemory());
    const target = ratedAnswer(memory.answers ?? [], rating);
    if (!target || target.rated) return;
    target.rated = true;
    const lang = memory.lang ?? langFromLocale(context.activity.locale) ?? 'fr';
    this.recordLater({
      feedback: { helpful: rating.helpful, intent: target.intent, sources: target.sources, question: target.question, lang, channel: context.activity.channelId ?? 'unknown' },
    });
    if (!reply) return;
    const thanks = feedbackThanks(lang, rating.helpful);
    memory.proposal = thanks.proposal?.value;
    await this.sendAnswer(context, thanks);
  }

  /** The Teams search message extension. */
  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    if (query.commandId !== SEARCH_COMMAND) return { composeExtension: { type: 'message', text: `Unknown command ${query.commandId ?? ''}` } };
    return searchOffersExtension(this.core.current(), query, langFromLocale(context.activity.locale) ?? 'fr');
  }

  /**
   * Runs the turn, then saves what the conversation and the user remember. A message, most
   * turns, goes straight to its answer: the SDK's event chain (turn, message and dialog
   * handlers, none registered here) would cost a sixth of the turn's allocations for nothing.
   * Other activities take the chain (welcome, Teams invokes, message extensions).
   */
  override async run(context: TurnContext): Promise<void> {
    if (context.activity.type === ActivityTypes.Message) await this.answerMessage(context);
    else await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  /** The language of a turn before anything is said: the conversation's, else the locale's. */
  protected async languageOf(context: TurnContext): Promise<Lang> {
    const memory = await this.memory.get(context, emptyMemory());
    return memory.lang ?? langFromLocale(context.activity.locale) ?? 'fr';
  }

  /** Sends an answer built outside the dialogs (welcome, refusals). */
  protected async sendAnswer(context: TurnContext, reply: Answer): Promise<void> {
    const activity = toActivity(reply, this.core.current().view, { channelId: context.activity.channelId });
    await context.sendActivity(activity);
  }

  /**
   * Hands a record to the insights once the reply is sent. A method of its own, so that the
   * waiting task holds the record and nothing of the turn (a closure made inside the turn would
   * keep the whole turn's context alive until it runs).
   */
  private recordLater(record: { question: QuestionEvent } | { feedback: FeedbackEvent }): void {
    const insights = this.services.insights;
    if (!insights) return;
    this.afterReply.later(async () => ('question' in record ? insights.recordQuestion(record.question) : insights.recordFeedback(record.feedback)));
  }

  private async greet(context: TurnContext): Promise<void> {
    const value = context.activity.value as { locale?: string } | undefined;
    const lang = langFromLocale(value?.locale) ?? (await this.languageOf(context));
    const memory = await this.memory.get(context, emptyMemory());
    memory.lang ??= lang;
    await this.sendAnswer(context, welcome(lang, 'greeting'));
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const text = TurnContext.removeRecipientMention(context.activity)?.trim() ?? '';
    if (text.length > MAX_MESSAGE_LENGTH) {
      const lang = await this.languageOf(context);
      const refusal =
        lang === 'fr'
          ? `Votre message est trop long (plus de ${MAX_MESSAGE_LENGTH} caractères) : je ne l'ai pas lu. Pouvez-vous poser votre question en quelques phrases ?`
          : `Your message is too long (more than ${MAX_MESSAGE_LENGTH} characters): I did not read it. Could you ask your question in a few sentences?`;
      return this.sendAnswer(context, answer({ intent: 'fallback', lang, text: refusal, answered: false }));
    }
    if (!text) {
      return this.sendAnswer(context, welcome(await this.languageOf(context), 'help'));
    }
    const runtime = this.core.current();
    const memory = await this.memory.get(context, emptyMemory());
    const command = parseRecruiterCommand(text);
    if (command) {
      const lang = detectLanguage(text, { previous: memory.lang, locale: context.activity.locale }).lang;
      const reply = await runRecruiterCommand(command, { activity: context.activity, config: this.config, services: this.services, view: runtime.view, lang, logger: this.logger });
      if (reply) return this.sendAnswer(context, reply);
    }
    const feedback = readFeedback(text);
    if (feedback !== undefined && memory.lastAnswer) {
      const lang = memory.lang ?? langFromLocale(context.activity.locale) ?? 'fr';
      const latest = memory.answers?.at(-1);
      if (latest) latest.rated = true;
      const record = {
        helpful: feedback,
        intent: memory.lastAnswer.intent,
        sources: memory.lastAnswer.sources,
        question: memory.lastQuestion,
        lang,
        channel: context.activity.channelId ?? 'unknown',
      };
      this.recordLater({ feedback: record });
      const thanks = feedbackThanks(lang, feedback);
      memory.proposal = thanks.proposal?.value;
      return this.sendAnswer(context, thanks);
    }
    // "Utile" typed first, or after a reply that cannot be rated: thanked all the same, with no answer to record it against.
    if (feedback !== undefined) {
      const thanks = feedbackThanks(detectLanguage(text, { previous: memory.lang, locale: context.activity.locale }).lang, feedback);
      memory.proposal = thanks.proposal?.value;
      return this.sendAnswer(context, thanks);
    }
    // "Oui" / "non merci" to the step the last reply offered ("Voulez-vous voir toutes les offres ouvertes ?"): that step, or nothing.
    const proposal = memory.proposal;
    memory.proposal = undefined;
    const yes = proposal !== undefined ? readYesNo(text, runtime.recogniser.lexicon) : undefined;
    if (yes === false) return this.sendAnswer(context, declined(memory.lang ?? langFromLocale(context.activity.locale) ?? 'fr'));
    const profile = await this.profile.get(context, {});
    const understanding = runtime.recogniser.recognise(yes ? proposal! : text, contextOf(memory, context.activity.locale, runtime.view));
    memory.lang = understanding.lang;
    followListed(memory, understanding);
    rememberTold(memory, understanding.told);
    const turn: Turn = {
      runtime,
      understanding,
      memory,
      profile,
      today: calendarDate(this.now()),
      services: this.services,
      logger: this.logger,
      afterReply: this.afterReply,
      channel: context.activity.channelId ?? 'unknown',
      visitor: visitorOf(context.activity),
      client: turnOrigin(context).client,
      send: async (given) => {
        const reply = withExplanations(given, runtime.termMentions, runtime.view, new Set(memory.explainedTerms));
        rememberExplained(memory, explainedWords(reply, runtime.view));
        memory.lastIntent = reply.intent;
        memory.proposal = reply.proposal?.value;
        rememberListed(memory, reply);
        if (ANSWERS_QUESTION.has(reply.intent)) {
          // Kept an hour in the conversation's state (Redis with several instances): without the
          // e-mail addresses and dossier numbers the flows have already read.
          memory.lastQuestion = maskPersonalData(understanding.text);
          memory.lastQuestionWithoutOrganisation = maskPersonalData(turn.questionRead ?? understanding.withoutOrganisation);
          memory.lastAnswer = { intent: reply.intent, sources: reply.sources.map((s) => s.id) };
        }
        if (!reply.answered && KNOWLEDGE_GAP.has(reply.intent)) {
          const record = {
            kind: 'unanswered' as const,
            question: understanding.text,
            lang: reply.lang,
            channel: context.activity.channelId ?? 'unknown',
            intent: reply.intent,
            organisationId: understanding.entities.organisation ?? memory.organisationId,
            ...subjectOf(reply, runtime.view),
            visitor: visitorOf(context.activity),
          };
          this.recordLater({ question: record });
        }
        const channelId = context.activity.channelId;
        if (!rated(reply)) {
          await context.sendActivity(toActivity(reply, runtime.view, { channelId }));
          return;
        }
        const key = String((memory.answersGiven = (memory.answersGiven ?? 0) + 1));
        const sent = await context.sendActivity(toActivity(reply, runtime.view, { channelId, feedbackKey: key }));
        const entry = { key, intent: reply.intent, sources: reply.sources.map((s) => s.id), question: maskPersonalData(understanding.text), ...(sent?.id ? { activityId: sent.id } : {}) };
        memory.answers = rememberAnswer(memory.answers ?? [], entry);
      },
    };
    setTurn(context, turn);
    if (this.dialogStateConfiguration) context.turnState.set(DIALOG_STATE_CONFIGURATION_KEY, this.dialogStateConfiguration);
    const dc = await this.dialogs.createContext(context);
    this.dialogStateConfiguration ??= context.turnState.get(DIALOG_STATE_CONFIGURATION_KEY) as DialogStateManagerConfiguration | undefined;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty || context.turnState.get(RESTART)) {
      if (context.turnState.get(RESTART)) await dc.cancelAllDialogs();
      await dc.beginDialog(MAIN);
    }
    memory.turns += 1;
    this.logger.debug({ intent: understanding.intent, score: understanding.score, lang: understanding.lang }, 'bot: turn');
  }
}
