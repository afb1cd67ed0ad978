/**
 * The one place that reads the environment. Everything else receives a `Config` through its
 * constructor, so tests build their own without touching `process.env`.
 *
 * Every setting has an embedded default that runs the whole product on one machine:
 * knowledge from the shipped `knowledge/` folder, state in memory, data under `./data`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { configErrors, TremplinError } from './errors.js';
import { DEFAULT_CONNECTION_LIMITS } from './server/http-server.js';
import { DEFAULT_ANONYMOUS_REPLY_URLS } from './bot/inbound-activity.js';
import { LOG_FORMATS, type LogFormat } from './logger.js';
import { PROJECT_ROOT } from './project-root.js';

export { PROJECT_ROOT };

const flag = z
  .string()
  .optional()
  .transform((v) => v !== undefined && /^(1|true|yes|on)$/i.test(v.trim()));
const list = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(/[\s,;]+/).filter(Boolean) : []));
/** A limit (a rate per minute, a count): a whole number from 1; absent means the default of the module it limits. */
const perMinute = z.coerce.number().int().min(1).optional();
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

const envSchema = z.object({
  /** HTTP port. Default 3978, the Bot Framework's usual port. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Interface to listen on. Default all interfaces. */
  HOST: z.string().default('0.0.0.0'),
  /** Where Tremplin keeps its files (SQLite database, generated secrets). Default `./data`. */
  DATA_DIR: z.string().default('data'),
  /** The knowledge folder HR edits. Default: the project's `knowledge/`. */
  KNOWLEDGE_DIR: optionalString,
  /** pino log level. Default `info`; `silent` in tests. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Log lines as JSON, readable lines (`pretty`), or readable on a terminal only (`auto`, the default). */
  LOG_FORMAT: z.enum(LOG_FORMATS as [LogFormat, ...LogFormat[]]).default('auto'),
  /** The address users reach the server at, for links and the Teams manifest. */
  PUBLIC_URL: optionalString,
  /** Bot Framework / Entra app registration. Without an app id, /api/messages is anonymous (local use). */
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalString,
  /** Secret that signs Direct Line tokens. Default: generated once and kept in DATA_DIR. */
  DIRECTLINE_SECRET: optionalString,
  /** Conversation state in Redis (several instances) instead of memory. */
  REDIS_URL: optionalString,
  /** Application data in PostgreSQL (several instances) instead of the SQLite file. */
  DATABASE_URL: optionalString,
  /**
   * Secret mixed into the hashes of candidates' e-mail addresses (at least 32 characters).
   * Default: generated once into DATA_DIR/applications.pepper. Set it, identically, on every
   * instance sharing a PostgreSQL database; changing it makes stored addresses unverifiable.
   */
  APPLICATIONS_PEPPER: optionalString.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  /** Recruiters, by Entra object id (from.aadObjectId in Teams). Comma or space separated. */
  RECRUITER_IDS: list,
  /** Recruiters, by Entra tenant: everyone in these tenants is a recruiter. */
  RECRUITER_TENANT_IDS: list,
  /**
   * Without MicrosoftAppId, the addresses replies may be sent to (an activity's serviceUrl must
   * start with one): comma or space separated. Default: the Agents Playground's
   * (http://localhost:56150, 127.0.0.1, [::1]). Add the Emulator's, whose port changes at each start.
   */
  ANONYMOUS_REPLY_URLS: list.refine((urls) => urls.every((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol)), {
    message: 'expected http(s) addresses, e.g. http://localhost:56150',
  }),
  /** Development only: accept recruiter commands over unauthenticated /api/messages. */
  ALLOW_UNAUTHENTICATED_RECRUITERS: flag,
  /**
   * Failed status verifications of one dossier (whoever asks) within 15 minutes before it
   * refuses verification for 15 minutes. Default 5.
   */
  VERIFICATION_FAILURES_PER_DOSSIER: perMinute,
  /** Failed status verifications of one client (address, Teams user) across dossiers within an hour before it is refused for an hour. Default 20. */
  VERIFICATION_FAILURES_PER_CLIENT_PER_HOUR: perMinute,
  /**
   * Requests per minute and client address on /api/messages. Default 1,200 (generous: behind
   * Teams, every user's messages come from the Bot Service's few addresses).
   */
  RATE_LIMIT_MESSAGES_PER_MINUTE: perMinute,
  /** Requests per minute and client address on /api/offers. Default 300. */
  RATE_LIMIT_OFFERS_PER_MINUTE: perMinute,
  /** New Direct Line conversations (tokens/generate, POST /conversations) per minute and address. Default 30. */
  RATE_LIMIT_DIRECTLINE_STARTS_PER_MINUTE: perMinute,
  /** Direct Line activities posted per minute and conversation. Default 60. */
  RATE_LIMIT_DIRECTLINE_ACTIVITIES_PER_MINUTE: perMinute,
  /** Direct Line requests of any kind (stream URLs included) per minute and address. Default 1,200. */
  RATE_LIMIT_DIRECTLINE_REQUESTS_PER_MINUTE: perMinute,
  /** Direct Line conversations one address keeps (its least recently active go first). Default 100. */
  DIRECTLINE_CONVERSATIONS_PER_ADDRESS: perMinute,
  /**
   * Which proxies to believe about the client's address (X-Forwarded-For), for the per-address
   * limits: `true`, a number of hops, or addresses/subnets (express's "trust proxy"). Default:
   * none, so behind a load balancer every client shares its address until this is set.
   */
  TRUST_PROXY: optionalString,
  /**
   * What the legal notice and the personal-data page say about who runs this instance (French
   * law requires it of a public website): the publishing administration with its address, the
   * director of publication, the hosting provider with its address, and where to write about
   * personal data (an e-mail address or a page). Unset ones are shown as not given.
   */
  LEGAL_PUBLISHER: optionalString,
  LEGAL_DIRECTOR: optionalString,
  LEGAL_HOST: optionalString,
  PRIVACY_CONTACT: optionalString,
  /**
   * Open connections per client address (the TCP peer), 0 for no cap. Default 100, or 0 when
   * TRUST_PROXY is set (every connection then comes from the load balancer, which must cap them).
   */
  MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(0).optional(),
});

/** Tremplin's version, from package.json. */
export const VERSION: string = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Tremplin's settings, validated, with defaults applied. */
export interface Config {
  port: number;
  host: string;
  /** Absolute path of the data folder. */
  dataDir: string;
  /** Absolute path of the knowledge folder. */
  knowledgeDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** JSON lines, or readable ones (on a terminal by default): see src/logger.ts. */
  logFormat: LogFormat;
  publicUrl: string;
  microsoftApp: {
    id?: string;
    password?: string;
    type: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId?: string;
  };
  directLineSecret?: string;
  redisUrl?: string;
  databaseUrl?: string;
  /** Secret for e-mail hashes shared by all instances; default: a file in `dataDir`. */
  applicationsPepper?: string;
  recruiters: { ids: string[]; tenantIds: string[]; allowUnauthenticated: boolean };
  /** Without an app id, where replies may be sent (see ANONYMOUS_REPLY_URLS). */
  anonymousReplyUrls: readonly string[];
  /** Budgets of failed status verifications; unset ones keep the limiter's defaults. */
  verification: { failuresPerDossier?: number; failuresPerClientPerHour?: number };
  /** Limits of the public routes (per minute, or counts); unset ones keep their module's default. */
  rateLimits: {
    messagesPerIp?: number;
    offersPerIp?: number;
    directLineStartsPerIp?: number;
    directLineActivitiesPerConversation?: number;
    directLineRequestsPerIp?: number;
    directLineConversationsPerIp?: number;
  };
  /** express's "trust proxy" setting (see TRUST_PROXY); undefined: trust no proxy. */
  trustProxy?: boolean | number | string;
  /** Who runs this instance, for the legal pages (see LEGAL_PUBLISHER…); unset: not given. */
  legal: { publisher?: string; director?: string; host?: string; privacyContact?: string };
  /** Open connections per client address; 0: no cap (see MAX_CONNECTIONS_PER_ADDRESS). */
  maxConnectionsPerAddress: number;
}

/** TRUST_PROXY as express takes it: a boolean, a hop count, or the text itself (addresses, subnets). */
function trustProxy(value: string | undefined): boolean | number | string | undefined {
  if (value === undefined) return undefined;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/**
 * Reads and validates the environment. Throws a `TremplinError` listing every bad variable.
 * @param env defaults to `process.env`; tests pass their own.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new TremplinError('config_invalid', configErrors.invalid(problems));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    knowledgeDir: e.KNOWLEDGE_DIR ? path.resolve(e.KNOWLEDGE_DIR) : path.join(PROJECT_ROOT, 'knowledge'),
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    microsoftApp: {
      id: e.MicrosoftAppId,
      password: e.MicrosoftAppPassword,
      type: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    },
    directLineSecret: e.DIRECTLINE_SECRET,
    redisUrl: e.REDIS_URL,
    databaseUrl: e.DATABASE_URL,
    applicationsPepper: e.APPLICATIONS_PEPPER,
    recruiters: {
      ids: e.RECRUITER_IDS,
      tenantIds: e.RECRUITER_TENANT_IDS,
      allowUnauthenticated: e.ALLOW_UNAUTHENTICATED_RECRUITERS,
    },
    anonymousReplyUrls: e.ANONYMOUS_REPLY_URLS.length > 0 ? e.ANONYMOUS_REPLY_URLS : DEFAULT_ANONYMOUS_REPLY_URLS,
    verification: {
      failuresPerDossier: e.VERIFICATION_FAILURES_PER_DOSSIER,
      failuresPerClientPerHour: e.VERIFICATION_FAILURES_PER_CLIENT_PER_HOUR,
    },
    rateLimits: {
      messagesPerIp: e.RATE_LIMIT_MESSAGES_PER_MINUTE,
      offersPerIp: e.RATE_LIMIT_OFFERS_PER_MINUTE,
      directLineStartsPerIp: e.RATE_LIMIT_DIRECTLINE_STARTS_PER_MINUTE,
      directLineActivitiesPerConversation: e.RATE_LIMIT_DIRECTLINE_ACTIVITIES_PER_MINUTE,
      directLineRequestsPerIp: e.RATE_LIMIT_DIRECTLINE_REQUESTS_PER_MINUTE,
      directLineConversationsPerIp: e.DIRECTLINE_CONVERSATIONS_PER_ADDRESS,
    },
    trustProxy: trustProxy(e.TRUST_PROXY),
    legal: { publisher: e.LEGAL_PUBLISHER, director: e.LEGAL_DIRECTOR, host: e.LEGAL_HOST, privacyContact: e.PRIVACY_CONTACT },
    maxConnectionsPerAddress: e.MAX_CONNECTIONS_PER_ADDRESS ?? (e.TRUST_PROXY === undefined ? DEFAULT_CONNECTION_LIMITS.maxConnectionsPerAddress : 0),
  };
}
