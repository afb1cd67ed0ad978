/**
 * What the legal pages state, gathered from the configuration and from the constants the code
 * itself runs with — so that "forgotten after an hour" on the personal-data page is the hour
 * the state store uses, not a sentence that drifts away from it.
 */
import { DEFAULT_VERIFICATION_LIMITS, VERIFICATION_LIMITS } from '../../applications/limiter.js';
import { STATE_TTL_MS } from '../../bot/state/bounded-memory-storage.js';
import { RATEABLE_ANSWERS } from '../../bot/answer-feedback.js';
import { DEFAULT_DIRECT_LINE_LIMITS } from '../../channels/directline/index.js';
import type { Config } from '../../config.js';
import type { Lang, Organisation } from '../../knowledge/schemas.js';

/** A recruitment team's address, from its organisation file. */
export interface RecruitmentContact {
  name: string;
  email?: string;
  url?: string;
}

/** Everything the legal pages say that is not fixed wording. */
export interface SiteFacts {
  /** The site's address (`PUBLIC_URL`). */
  publicUrl: string;
  /** From LEGAL_PUBLISHER, LEGAL_DIRECTOR, LEGAL_HOST, PRIVACY_CONTACT; undefined: not given. */
  publisher?: string;
  director?: string;
  host?: string;
  privacyContact?: string;
  /** The employers' recruitment teams, for questions about an application. */
  recruitmentContacts: RecruitmentContact[];
  /** How long the website's conversation is kept after its last message, in ms. */
  conversationIdleMs: number;
  /** How long a conversation token is valid (refreshed while the tab is open), in ms. */
  tokenMs: number;
  /** Messages kept per conversation at most. */
  maxMessages: number;
  /** How long what the conversation remembers outlives its last use, in ms. */
  stateMs: number;
  /** Answers remembered for a later rating. */
  rateableAnswers: number;
  /** Failed application lookups per dossier: how many, within how long, block how long. */
  verification: { maxFailures: number; windowMs: number; blockMs: number };
  /** Failed application lookups per client (address, Teams user), across dossiers. */
  verificationPerClient: { maxFailures: number; windowMs: number; blockMs: number };
}

/** The facts of this instance. */
export function siteFacts(config: Pick<Config, 'publicUrl' | 'legal'>, organisations: readonly Organisation[]): SiteFacts {
  return {
    publicUrl: config.publicUrl,
    ...config.legal,
    recruitmentContacts: organisations
      .filter((o) => !o.translation_of && (o.contact?.email || o.contact?.url))
      .map((o) => ({ name: o.name, ...(o.contact?.email ? { email: o.contact.email } : {}), ...(o.contact?.url ? { url: o.contact.url } : {}) })),
    conversationIdleMs: DEFAULT_DIRECT_LINE_LIMITS.conversationIdleMs,
    tokenMs: DEFAULT_DIRECT_LINE_LIMITS.tokenTtlSeconds * 1000,
    maxMessages: DEFAULT_DIRECT_LINE_LIMITS.maxActivitiesPerConversation,
    stateMs: STATE_TTL_MS,
    rateableAnswers: RATEABLE_ANSWERS,
    verification: { ...VERIFICATION_LIMITS },
    verificationPerClient: { ...DEFAULT_VERIFICATION_LIMITS.perClient },
  };
}

/** `1 heure`, `30 minutes` / `1 hour`, `30 minutes`. */
export function duration(ms: number, lang: Lang): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return lang === 'fr' ? `${hours} heure${hours > 1 ? 's' : ''}` : `${hours} hour${hours > 1 ? 's' : ''}`;
  }
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}
