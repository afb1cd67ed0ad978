/**
 * The Direct Line endpoint's behaviour, without HTTP: tokens, conversations, posting an
 * activity (echo, then the bot's turn), reading activities. `routes.ts` and `stream.ts` are
 * thin layers over it.
 */
import { randomBytes } from 'node:crypto';
import type { Activity, ChannelAccount } from 'botbuilder';
import { directLineErrors } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { TurnOrigin } from '../../bot/turn-origin.js';
import { HttpError } from '../../server/http-errors.js';
import { fromBot, fromClient, type ActivityContext } from './activities.js';
import { maskPersonalData } from '../../insights/masking.js';
import { failureReply, tooLongReply } from './replies.js';
import type { ActivityPage, DirectLineConversation, DirectLineStore } from './store.js';
import type { DirectLineTokens, TokenClaims } from './tokens.js';

/** Runs one bot turn for an inbound activity and returns the bot's replies. */
export type RunTurn = (activity: Partial<Activity>, origin?: TurnOrigin) => Promise<Partial<Activity>[]>;

/** What POST /conversations, GET /conversations/{id} and the token routes answer. */
export interface ConversationGrant {
  conversationId: string;
  token: string;
  expires_in: number;
  streamUrl?: string;
}

/** Limits of the service that `createDirectLine` exposes as options. */
export interface ServiceLimits {
  /**
   * Longest message the bot is asked about, in characters; longer ones get a polite refusal
   * and are kept cut to this length.
   */
  maxMessageLength: number;
  /** Largest `value` of an activity (Adaptive Card submits, events), as JSON bytes; 400 beyond. */
  maxValueBytes: number;
  /** A turn slower than this shows the bot "typing" to the visitor. */
  typingAfterMs: number;
  /** Bot turns waiting or running, all conversations together; a message beyond gets 503 and is not stored. */
  maxTurnsWaiting: number;
}

/** Everything the service needs, handed in by `createDirectLine`. */
export interface ServiceDeps {
  store: DirectLineStore;
  tokens: DirectLineTokens;
  runTurn: RunTurn;
  logger: Logger;
  bot: ChannelAccount;
  now: () => number;
  limits: ServiceLimits;
}

/** Bytes of randomness of a conversation id (base64url: 24 characters). */
const CONVERSATION_ID_BYTES = 18;
const newId = (bytes: number) => randomBytes(bytes).toString('base64url');

/**
 * Whether `id` has the shape of the conversation ids this endpoint makes (24 base64url
 * characters). Anything else is refused before any lookup, count or storage.
 */
export function isConversationId(id: string): boolean {
  return /^[A-Za-z0-9_-]{24}$/.test(id);
}

/** Parses a `watermark` query parameter; `undefined` when absent or empty. */
export function parseWatermark(value: unknown): number | undefined {
  if (value === undefined || value === '' || value === 'null') return undefined;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  throw new HttpError(400, 'BadArgument', directLineErrors.invalidWatermark(String(value).slice(0, 40)));
}

/** Direct Line 3.0, the subset Web Chat uses. Every method but `generateToken` takes the claims of a checked token. */
export class DirectLineService {
  /** The tail of each conversation's queue of turns, so turns of one conversation never overlap. */
  private readonly turns = new Map<string, Promise<void>>();
  /** Bot turns waiting or running (see `ServiceLimits.maxTurnsWaiting`). */
  private waiting = 0;

  constructor(private readonly deps: ServiceDeps) {}

  private timestamp(): string {
    return new Date(this.deps.now()).toISOString();
  }

  /** The claims of a bearer token, checked against the conversation in the path (if any). */
  async authorize(token: string | undefined, conversationId?: string): Promise<TokenClaims> {
    if (!token) {
      throw new HttpError(401, 'Unauthorized', directLineErrors.missingToken, { 'WWW-Authenticate': 'Bearer' });
    }
    const claims = await this.deps.tokens.verify(token);
    if (conversationId !== undefined && claims.conversationId !== conversationId) {
      throw new HttpError(403, 'Forbidden', directLineErrors.wrongConversation(conversationId));
    }
    return claims;
  }

  private async conversation(id: string, holder: { userId: string }): Promise<DirectLineConversation> {
    const conversation = await this.deps.store.getConversation(id, holder);
    if (!conversation) throw new HttpError(404, 'NotFound', directLineErrors.conversationNotFound(id));
    return conversation;
  }

  private async grant(claims: TokenClaims, streamUrlBase?: string, watermark?: number): Promise<ConversationGrant> {
    const { token, expiresIn } = await this.deps.tokens.issue(claims);
    const grant: ConversationGrant = { conversationId: claims.conversationId, token, expires_in: expiresIn };
    if (streamUrlBase) {
      const t = await this.deps.tokens.issueStream(claims);
      const query = new URLSearchParams({ t });
      if (watermark !== undefined) query.set('watermark', String(watermark));
      grant.streamUrl = `${streamUrlBase}/conversations/${encodeURIComponent(claims.conversationId)}/stream?${query}`;
    }
    return grant;
  }

  /**
   * POST /tokens/generate: a new conversation for a new visitor. The user id is always made
   * here (`dl_…`): this route is public, so a user id chosen by the caller would let anyone
   * speak as anyone.
   * @param client the caller's address key (`addressKey(req.ip)`): the store caps conversations per client.
   */
  async generateToken(client?: string): Promise<ConversationGrant> {
    const claims = { conversationId: newId(CONVERSATION_ID_BYTES), userId: `dl_${newId(15)}` };
    const owner = client === undefined ? undefined : this.deps.tokens.ownerOf(client);
    await this.deps.store.createConversation({ id: claims.conversationId, userId: claims.userId, owner });
    this.deps.logger.debug({ conversationId: claims.conversationId }, 'directline: conversation created');
    return this.grant(claims);
  }

  /** POST /tokens/refresh: the same conversation, a token that lives longer. */
  async refreshToken(claims: TokenClaims): Promise<ConversationGrant> {
    await this.conversation(claims.conversationId, claims);
    return this.grant(claims);
  }

  /** POST /conversations: opens the token's conversation; `created` is false when it was already open. */
  async startConversation(claims: TokenClaims, streamUrlBase: string): Promise<{ created: boolean; grant: ConversationGrant }> {
    await this.conversation(claims.conversationId, claims);
    const wasStarted = await this.deps.store.markStarted(claims.conversationId);
    return { created: !wasStarted, grant: await this.grant(claims, streamUrlBase) };
  }

  /** GET /conversations/{id}: reconnects, with a fresh stream URL that resumes after `watermark`. */
  async reconnect(claims: TokenClaims, watermark: number | undefined, streamUrlBase: string): Promise<ConversationGrant> {
    await this.conversation(claims.conversationId, claims);
    await this.deps.store.markStarted(claims.conversationId);
    return this.grant(claims, streamUrlBase, watermark);
  }

  /** GET /conversations/{id}/activities: what happened after `watermark`. */
  async listActivities(claims: TokenClaims, watermark: number | undefined): Promise<ActivityPage> {
    const page = await this.deps.store.listSince(claims.conversationId, watermark);
    if (!page) throw new HttpError(404, 'NotFound', directLineErrors.conversationNotFound(claims.conversationId));
    return page;
  }

  /**
   * POST /conversations/{id}/activities: stores the visitor's activity (Web Chat waits for it to
   * come back with its id) and queues the bot's turn; answers as soon as the activity is stored.
   * What is stored is the visitor's text with personal data masked (an e-mail address, a dossier
   * number: the bot reads them, the conversation's history does not keep them) and cut to
   * `maxMessageLength`; a `value` over `maxValueBytes` is refused.
   * @param origin who the channel says the turn is for, for the bot's per-client limits.
   */
  async postActivity(claims: TokenClaims, body: unknown, origin?: TurnOrigin): Promise<{ id: string }> {
    const { maxMessageLength, maxValueBytes } = this.deps.limits;
    await this.conversation(claims.conversationId, claims);
    const inbound = fromClient(body, this.context(claims));
    if (inbound.value !== undefined && Buffer.byteLength(JSON.stringify(inbound.value) ?? '') > maxValueBytes) {
      throw new HttpError(400, 'BadArgument', directLineErrors.valueTooLarge(maxValueBytes));
    }
    // Typing notifications are not stored or given to the bot: nobody reads them back.
    if (inbound.type === 'typing') return { id: '' };
    // Posts faster than the bot answers would queue turns (and their messages) without end.
    if (this.waiting >= this.deps.limits.maxTurnsWaiting) throw new HttpError(503, 'ServiceUnavailable', directLineErrors.busy, { 'Retry-After': '5' });
    const tooLong = (inbound.text?.length ?? 0) > maxMessageLength;
    const kept = typeof inbound.text === 'string' ? { ...inbound, text: keptText(inbound.text, maxMessageLength) } : inbound;
    const stored = await this.deps.store.append(claims.conversationId, kept);
    if (!stored?.id) throw new HttpError(404, 'NotFound', directLineErrors.conversationNotFound(claims.conversationId));
    const turn = { ...inbound, id: stored.id, channelData: stored.channelData };
    this.enqueue(claims.conversationId, () => (tooLong ? this.refuseTooLong(claims, turn) : this.answer(claims, turn, origin)));
    return { id: stored.id };
  }

  private context(claims: TokenClaims): ActivityContext {
    return {
      conversationId: claims.conversationId,
      userId: claims.userId,
      bot: this.deps.bot,
      timestamp: this.timestamp(),
    };
  }

  private enqueue(conversationId: string, work: () => Promise<void>): void {
    const previous = this.turns.get(conversationId) ?? Promise.resolve();
    this.waiting += 1;
    const next = previous
      .then(work)
      .catch((err: unknown) => {
        this.deps.logger.error({ err, conversationId }, directLineErrors.turnFailed);
      })
      .finally(() => {
        this.waiting -= 1;
      });
    this.turns.set(conversationId, next);
    void next.then(() => {
      if (this.turns.get(conversationId) === next) this.turns.delete(conversationId);
    });
  }

  /** Conversations with a turn queued or running. */
  get turnsQueued(): number {
    return this.turns.size;
  }

  /** Waits for every queued turn (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.turns.size > 0) await Promise.all([...this.turns.values()]);
  }

  private async publish(claims: TokenClaims, reply: Partial<Activity>, replyToId: string | undefined): Promise<void> {
    const outbound = fromBot(reply, { ...this.context(claims), replyToId });
    if (outbound) await this.deps.store.append(claims.conversationId, outbound);
  }

  /** A message over the length limit: the channel's own answer, the bot is not asked. */
  private async refuseTooLong(claims: TokenClaims, inbound: Partial<Activity>): Promise<void> {
    await this.publish(claims, tooLongReply(inbound, this.deps.limits.maxMessageLength), inbound.id);
  }

  /** The bot's turn for one stored activity. */
  private async answer(claims: TokenClaims, inbound: Partial<Activity>, origin: TurnOrigin | undefined): Promise<void> {
    const typing = setTimeout(() => {
      void this.publish(claims, { type: 'typing' }, inbound.id).catch(() => {});
    }, this.deps.limits.typingAfterMs);
    let replies: Partial<Activity>[];
    try {
      replies = await this.deps.runTurn(inbound, origin);
    } catch (err) {
      this.deps.logger.error({ err, conversationId: claims.conversationId }, directLineErrors.turnFailed);
      replies = [failureReply(inbound)];
    } finally {
      clearTimeout(typing);
    }
    for (const reply of replies) await this.publish(claims, reply, inbound.id);
  }
}

/** The visitor's text as the conversation's history keeps it: personal data masked, at most `max` characters. */
function keptText(text: string, max: number): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return maskPersonalData(cut);
}
