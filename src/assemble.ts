/**
 * Builds a running Tremplin from its configuration: the knowledge base (watched for edits),
 * the core derived from it, the conversation state, the adapter and the bot. Used by the
 * server, the command line and the tests, so all three run the same bot. Wiring only.
 */
import path from 'node:path';
import type { Activity, Storage, TurnContext } from 'botbuilder';
import { createAdapter, type TremplinAdapter } from './bot/adapter.js';
import { TremplinCore } from './core.js';
import { TrackedConversationState, TrackedUserState } from './bot/state/change-tracking.js';
import { createStateStorage, type StateStorage } from './bot/state/create-storage.js';
import { TremplinBot } from './bot/tremplin-bot.js';
import type { TurnOrigin } from './bot/turn-origin.js';
import type { Config } from './config.js';
import { KnowledgeBase, type CloseOptions } from './knowledge/knowledge-base.js';
import { LAST_GOOD_FOLDER, LastGoodStore } from './knowledge/last-good.js';
import { createLogger, type Logger } from './logger.js';
import { openApplicationStore, VerificationLimiter, type OpenApplicationStoreOptions, type VerificationLimiterOptions } from './applications/index.js';
import { openInsights } from './insights/index.js';
import type { BotServices } from './conversation/services.js';
import { langFromLocale } from './text/language.js';
import { loadUtterances } from './understanding/utterances.js';

/** A running Tremplin. */
export interface Tremplin {
  config: Config;
  logger: Logger;
  knowledge: KnowledgeSource;
  core: TremplinCore;
  adapter: TremplinAdapter;
  bot: TremplinBot;
  storage: Storage;
  services: BotServices;
  /** Runs one turn for an activity from one of Tremplin's own channels and returns the replies. */
  runTurn(activity: Partial<Activity>, origin?: TurnOrigin): Promise<Partial<Activity>[]>;
  /** Lets go of everything; `saving: 'stop'` stops saving the knowledge's last good versions between two files. */
  close(options?: CloseOptions): Promise<void>;
}

/** Options of `assemble`. */
export interface AssembleOptions {
  /** Watch the knowledge folder for edits. Default true (the server); false for one-shot commands. */
  watch?: boolean;
  logger?: Logger;
  /** Conversation state storage. Default: Redis when REDIS_URL is set, else bounded memory. */
  storage?: Storage;
  /** Clock, for tests. */
  now?: () => Date;
  /** Open the application store. Default true; false for commands that never look one up. */
  applications?: boolean;
  /** The knowledge, already loaded (benchmarks with generated offers). Default: the knowledge folder. */
  knowledge?: KnowledgeSource;
  /** How to open the application store (e.g. its SQLite busy timeout). Default: production settings. */
  applicationStore?: OpenApplicationStoreOptions;
  /**
   * When the application store cannot be opened at start (locked or read-only file, database
   * down), how often to try again, in ms. Default 30,000: a lock held by an import or a
   * restarting database is over by then, and a failed try costs one busy timeout at most.
   */
  reopenApplicationsEveryMs?: number;
  /**
   * Understandings and FAQ searches remembered for messages asked again (see
   * `RecogniserOptions.remember` and `TremplinCoreOptions.rememberFaqSearches`). Default 2,000;
   * 0 (benchmarks) reads and searches every message afresh.
   */
  rememberUnderstandings?: number;
  /**
   * The last good version of each knowledge file, kept under DATA_DIR so that a broken edit is
   * not lost at restart: `keep` (default, the server) reads and writes it; `read` serves from it
   * without writing (a second program reading what the server serves: `knowledge diff`); `none`
   * ignores it (a throw-away bot reading another folder). But with `read`, offers' bodies are
   * kept in a file under DATA_DIR (src/knowledge/body-file.ts), not in memory.
   */
  lastGood?: 'keep' | 'read' | 'none';
}

/** What the bot reads knowledge from: a knowledge base, or any source with the same three methods. */
export type KnowledgeSource = Pick<KnowledgeBase, 'snapshot' | 'onChange' | 'close'>;

const APOLOGY = {
  fr: "Désolé, un problème technique m'empêche de répondre. Réessayez dans un instant ; si cela persiste, écrivez à l'équipe de recrutement.",
  en: 'Sorry, a technical problem stops me from answering. Please try again in a moment; if it persists, write to the recruitment team.',
};

/** The verification budgets the configuration overrides. */
function verificationLimits(config: Config): VerificationLimiterOptions {
  const { failuresPerDossier, failuresPerClientPerHour } = config.verification;
  return {
    ...(failuresPerDossier !== undefined ? { perDossier: { maxFailures: failuresPerDossier } } : {}),
    ...(failuresPerClientPerHour !== undefined ? { perClient: { maxFailures: failuresPerClientPerHour } } : {}),
  };
}

/** The bot's services, and how to let go of them. */
interface OpenedServices {
  services: BotServices;
  close(): Promise<void>;
}

/**
 * The application store and its limiter. A store that cannot be opened (read-only or locked
 * file, database down) does not stop the bot: lookups say the service is unavailable, and the
 * store is tried again every `reopenApplicationsEveryMs` until it opens (the bot reads
 * `services` on every turn, so lookups resume at once).
 */
async function openServices(config: Config, logger: Logger, options: AssembleOptions): Promise<OpenedServices> {
  const services: BotServices = {};
  if (options.applications === false) return { services, close: async () => {} };
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const open = async () => {
    const store = await openApplicationStore(config, logger, { shareFailures: true, ...options.applicationStore });
    if (closed) return store.close();
    services.applications = { store, limiter: new VerificationLimiter(store, { logger, ...verificationLimits(config) }) };
    delete services.applicationsUnavailable;
  };
  const close = async () => {
    closed = true;
    clearInterval(retry);
    await services.applications?.store.close();
    await services.insights?.close();
  };
  try {
    await open();
  } catch (error) {
    logger.error({ err: error }, 'applications: store unavailable, status lookups are disabled until it opens');
    services.applicationsUnavailable = true;
    let trying = false;
    retry = setInterval(() => {
      if (trying || closed) return;
      trying = true;
      open()
        .then(() => {
          clearInterval(retry);
          if (!closed) logger.info('applications: store available again, status lookups resume');
        })
        .catch((err: unknown) => logger.debug({ err }, 'applications: store still unavailable'))
        .finally(() => (trying = false));
    }, options.reopenApplicationsEveryMs ?? 30_000);
    retry.unref();
  }
  try {
    services.insights = await openInsights(config, logger);
  } catch (error) {
    logger.error({ err: error }, 'insights: store unavailable, unanswered questions are not recorded');
  }
  return { services, close };
}

export async function assemble(config: Config, options: AssembleOptions = {}): Promise<Tremplin> {
  const logger = options.logger ?? createLogger(config.logLevel, undefined, config.logFormat);
  const lastGood = options.lastGood === 'none' ? undefined : await LastGoodStore.open(path.join(config.dataDir, LAST_GOOD_FOLDER), config.knowledgeDir, { now: options.now, readOnly: options.lastGood === 'read' });
  const knowledge = options.knowledge ?? (await KnowledgeBase.open({ dir: config.knowledgeDir, watch: options.watch ?? true, logger, now: options.now, lastGood, bodiesDir: options.lastGood === 'read' ? undefined : config.dataDir }));
  const core = new TremplinCore({ knowledge, utterances: loadUtterances(), recogniser: { now: options.now, remember: options.rememberUnderstandings }, rememberFaqSearches: options.rememberUnderstandings });
  const storage = options.storage ?? (await createStateStorage(config, logger));
  const conversationState = new TrackedConversationState(storage);
  const userState = new TrackedUserState(storage);
  const adapter = createAdapter(config);
  const { services, close: closeServices } = await openServices(config, logger, options);
  const bot = new TremplinBot({ core, conversationState, userState, logger, now: options.now, services, config });
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: error, channel: context.activity.channelId, type: context.activity.type }, 'bot: turn failed');
    try {
      await conversationState.delete(context);
      const lang = langFromLocale(context.activity.locale) ?? 'fr';
      if (context.activity.type === 'message') await context.sendActivity({ type: 'message', text: APOLOGY[lang], channelData: { intent: 'error', sources: [] } });
    } catch (sendError) {
      logger.error({ err: sendError }, 'bot: could not apologise');
    }
  };
  const logic = (context: TurnContext) => bot.run(context);
  return {
    config,
    logger,
    knowledge,
    core,
    adapter,
    bot,
    storage,
    runTurn: (activity, origin) => adapter.runTrustedTurn(activity, logic, origin),
    services,
    close: async (closing?: CloseOptions) => {
      await bot.afterReply.idle();
      core.close();
      await knowledge.close(closing);
      await closeServices();
      await (storage as Partial<StateStorage>).close?.();
    },
  };
}
