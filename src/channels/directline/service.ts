/**
 * The Direct Line endpoint's behaviour, without HTTP: tokens, conversations, posting an
 * activity (echo, then the bot's turn), reading activities. `routes.ts` and `stream.ts` are
 * thin layers over it.
 */
import { randomBytes } from 'node:crypto';
import type { Activity, ChannelAccount } from 'botbuilder';
import { directLineErrors } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { HttpError } from '../../server/http-errors.js';
import { fromBot, fromClient, type ActivityContext } from './activities.js';
import { failureReply, tooLongReply } from './replies.js';
import type { ActivityPage, DirectLineConversation, DirectLineStore } from './store.js';
import type { DirectLineTokens, TokenClaims } from './tokens.js';

/** Runs one bot turn for an inbound activity and returns the bot's replies. */
export type RunTurn = (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;

/** What POST /conversations, GET /conversations/{id} and the token routes answer. */
export interface ConversationGrant {
  conversationId: string;
  token: string;
  expires_in: number;
  streamUrl?: string;
}

/** Limits of the service that `createDirectLine` exposes as options. */
export interface ServiceLimits {
  /** Longest message the bot is asked about, in characters; longer ones get a polite refusal. */
  maxMessageLength: number;
  /** A turn slower than this shows the bot "typing" to the visitor. */
  typingAfterMs: number;
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

const newId = (bytes: number) => randomBytes(bytes).toString('base64url');

/** Parses a `watermark` query parameter; `undefined` when absent or empty. */
export function parseWatermark(value: unknown): number | undefined {
  if (value === undefined || value === '' || value === 'null') return undefined;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  throw new HttpError(400, 'BadArgument', directLineErrors.invalidWatermark(String(value)));
}

/** Direct Line 3.0, the subset Web Chat uses. */
export class DirectLineService {
  /** The tail of each conversation's queue of turns, so turns of one conversation never overlap. */
  private readonly turns = new Map<string, Promise<void>>();

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

  private async conversation(id: string): Promise<DirectLineConversation> {
    const conversation = await this.deps.store.getConversation(id);
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
   */
  async generateToken(): Promise<ConversationGrant> {
    const claims = { conversationId: newId(18), userId: `dl_${newId(15)}` };
    await this.deps.store.createConversation({ id: claims.conversationId, userId: claims.userId });
    this.deps.logger.debug({ conversationId: claims.conversationId }, 'directline: conversation created');
    return this.grant(claims);
  }

  /** POST /tokens/refresh: the same conversation, a token that lives longer. */
  async refreshToken(token: string | undefined): Promise<ConversationGrant> {
    const claims = await this.authorize(token);
    await this.conversation(claims.conversationId);
    return this.grant(claims);
  }

  /** POST /conversations: opens the token's conversation; `created` is false when it was already open. */
  async startConversation(
    token: string | undefined,
    streamUrlBase: string,
  ): Promise<{ created: boolean; grant: ConversationGrant }> {
    const claims = await this.authorize(token);
    await this.conversation(claims.conversationId);
    const wasStarted = await this.deps.store.markStarted(claims.conversationId);
    return { created: !wasStarted, grant: await this.grant(claims, streamUrlBase) };
  }

  /** GET /conversations/{id}: reconnects, with a fresh stream URL that resumes after `watermark`. */
  async reconnect(
    token: string | undefined,
    conversationId: string,
    watermark: number | undefined,
    streamUrlBase: string,
  ): Promise<ConversationGrant> {
    const claims = await this.authorize(token, conversationId);
    await this.conversation(conversationId);
    await this.deps.store.markStarted(conversationId);
    return this.grant(claims, streamUrlBase, watermark);
  }

  /** GET /conversations/{id}/activities: what happened after `watermark`. */
  async listActivities(
    token: string | undefined,
    conversationId: string,
    watermark: number | undefined,
  ): Promise<ActivityPage> {
    await this.authorize(token, conversationId);
    const page = await this.deps.store.listSince(conversationId, watermark);
    if (!page) throw new HttpError(404, 'NotFound', directLineErrors.conversationNotFound(conversationId));
    return page;
  }

  /**
   * POST /conversations/{id}/activities: stores the visitor's activity (Web Chat waits for it to
   * come back with its id) and queues the bot's turn; answers as soon as the activity is stored.
   */
  async postActivity(token: string | undefined, conversationId: string, body: unknown): Promise<{ id: string }> {
    const claims = await this.authorize(token, conversationId);
    await this.conversation(conversationId);
    const inbound = fromClient(body, this.context(claims));
    // Typing notifications are not stored or given to the bot: nobody reads them back.
    if (inbound.type === 'typing') return { id: '' };
    const stored = await this.deps.store.append(conversationId, inbound);
    if (!stored?.id) throw new HttpError(404, 'NotFound', directLineErrors.conversationNotFound(conversationId));
    this.enqueue(conversationId, () => this.answer(claims, stored));
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
    const next = previous.then(work).catch((err: unknown) => {
      this.deps.logger.error({ err, conversationId }, directLineErrors.turnFailed);
    });
    this.turns.set(conversationId, next);
    void next.then(() => {
      if (this.turns.get(conversationId) === next) this.turns.delete(conversationId);
    });
  }

  /** Waits for every queued turn (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.turns.size > 0) await Promise.all([...this.turns.values()]);
  }

  private async publish(claims: TokenClaims, reply: Partial<Activity>, replyToId: string | undefined): Promise<void> {
    const outbound = fromBot(reply, { ...this.context(claims), replyToId });
    if (outbound) await this.deps.store.append(claims.conversationId, outbound);
  }

  /** The bot's turn for one stored activity, or the channel's own answer when the bot is not asked. */
  private async answer(claims: TokenClaims, inbound: Partial<Activity>): Promise<void> {
    const { maxMessageLength, typingAfterMs } = this.deps.limits;
    if (inbound.type === 'message' && (inbound.text?.length ?? 0) > maxMessageLength) {
      await this.publish(claims, tooLongReply(inbound, maxMessageLength), inbound.id);
      return;
    }
    const typing = setTimeout(() => {
      void this.publish(claims, { type: 'typing' }, inbound.id).catch(() => {});
    }, typingAfterMs);
    let replies: Partial<Activity>[];
    try {
      replies = await this.deps.runTurn(inbound);
    } catch (err) {
      this.deps.logger.error({ err, conversationId: claims.conversationId }, directLineErrors.turnFailed);
      replies = [failureReply(inbound)];
    } finally {
      clearTimeout(typing);
    }
    for (const reply of replies) await this.publish(claims, reply, inbound.id);
  }
}
