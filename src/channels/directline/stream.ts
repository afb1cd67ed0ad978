/**
 * The WebSocket stream of a conversation (`streamUrl`), so Web Chat does not poll. As the Bot
 * Framework service, it sends `{ activities, watermark }` frames, and empty frames as
 * keep-alives; it ignores what the client sends (its own empty pings).
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { directLineErrors } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { HttpError } from '../../server/http-errors.js';
import { addressKey, type RequestCounter } from '../../server/rate-limit.js';
import { DIRECT_LINE_PATH } from './routes.js';
import { isConversationId, parseWatermark } from './service.js';
import type { ActivityPage, DirectLineStore } from './store.js';
import type { DirectLineTokens } from './tokens.js';

const STREAM_PATH = new RegExp(`^${DIRECT_LINE_PATH}/conversations/([^/]+)/stream$`);
/** Close code sent when the conversation has expired (the client then reconnects and gets 404). */
const CLOSE_EXPIRED = 4404;
/** Close code of a stream over the per-conversation cap (RFC 6455 "try again later"). */
const CLOSE_TRY_LATER = 1013;

/** What the stream needs. */
export interface StreamDeps {
  store: DirectLineStore;
  tokens: DirectLineTokens;
  logger: Logger;
  /** Empty frame every this many ms; a socket that missed a whole period's pong is dropped. */
  keepAliveMs: number;
  /** Streams open at once on one conversation; the next is refused with 429. */
  maxStreamsPerConversation: number;
  /** The per-address count of the REST routes, which stream URLs go through too. */
  perAddress: RequestCounter;
  /** The client address of an upgrade request (`TRUST_PROXY` applied). */
  addressOf: (req: IncomingMessage) => string | undefined;
}

/** Serves stream URLs on an HTTP server's `upgrade` event. */
export class DirectLineStream {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly servers = new Map<Server, (req: IncomingMessage, socket: Duplex, head: Buffer) => void>();
  /** Open streams per conversation (only conversations with one). */
  private readonly open = new Map<string, number>();

  constructor(private readonly deps: StreamDeps) {}

  /** Handles upgrades for stream URLs on `server`; other upgrade requests are left to other listeners. */
  attach(server: Server): void {
    const listener = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const match = STREAM_PATH.exec(url.pathname);
      if (!match?.[1]) return;
      void this.upgrade(req, socket, head, match[1], url.searchParams);
    };
    server.on('upgrade', listener);
    this.servers.set(server, listener);
  }

  private refuse(socket: Duplex, error: HttpError): void {
    this.deps.logger.debug({ status: error.status }, directLineErrors.streamRefused(error.message));
    const body = JSON.stringify({ error: { code: error.code, message: error.message } });
    socket.end(
      `HTTP/1.1 ${error.status} ${error.code}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }

  private async upgrade(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    conversationId: string,
    query: URLSearchParams,
  ): Promise<void> {
    let watermark: number | undefined;
    let holder: { userId: string } = { userId: '' };
    try {
      const hit = this.deps.perAddress.hit(addressKey(this.deps.addressOf(req)));
      if (!hit.allowed) throw new HttpError(429, 'TooManyRequests', directLineErrors.tooManyRequests);
      if (!isConversationId(conversationId)) throw new HttpError(404, 'NotFound', directLineErrors.notAConversationId);
      const claims = await this.deps.tokens.verifyStream(query.get('t') ?? '');
      holder = { userId: claims.userId };
      if (claims.conversationId !== conversationId) {
        throw new HttpError(403, 'Forbidden', directLineErrors.wrongConversation(conversationId));
      }
      if (!(await this.deps.store.getConversation(conversationId, claims))) {
        throw new HttpError(404, 'NotFound', directLineErrors.conversationNotFound(conversationId));
      }
      watermark = parseWatermark(query.get('watermark') ?? undefined);
      if ((this.open.get(conversationId) ?? 0) >= this.deps.maxStreamsPerConversation) {
        throw new HttpError(429, 'TooManyRequests', directLineErrors.tooManyStreams(this.deps.maxStreamsPerConversation));
      }
    } catch (error) {
      this.refuse(socket, error instanceof HttpError ? error : new HttpError(500, 'ServiceError', directLineErrors.internal));
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const count = (this.open.get(conversationId) ?? 0) + 1;
      // Upgrades that were checked at the same time may overshoot the cap: the last ones go.
      if (count > this.deps.maxStreamsPerConversation) {
        ws.close(CLOSE_TRY_LATER, 'too many streams');
        return;
      }
      this.open.set(conversationId, count);
      ws.once('close', () => {
        const left = (this.open.get(conversationId) ?? 1) - 1;
        if (left > 0) this.open.set(conversationId, left);
        else this.open.delete(conversationId);
      });
      void this.serve(ws, conversationId, watermark, holder);
    });
  }

  /** Sends the history after `watermark`, then every new activity, until either side closes. */
  private async serve(ws: WebSocket, conversationId: string, watermark: number | undefined, holder: { userId: string }): Promise<void> {
    const { store, keepAliveMs } = this.deps;
    let sent = watermark ?? -1;
    let replayed = false;
    const pending: ActivityPage[] = [];
    const send = (page: ActivityPage) => {
      const last = Number(page.watermark);
      if (last <= sent || ws.readyState !== ws.OPEN) return;
      sent = last;
      ws.send(JSON.stringify(page));
    };
    // Listen first, then read the history, so nothing appended in between is lost.
    const unsubscribe = store.subscribe(conversationId, (page) => (replayed ? send(page) : pending.push(page)));
    let alive = true;
    ws.on('pong', () => {
      alive = true;
    });
    const timer = setInterval(() => {
      void (async () => {
        if (!(await store.getConversation(conversationId, holder))) {
          ws.close(CLOSE_EXPIRED, 'conversation expired');
          return;
        }
        if (!alive) {
          ws.terminate();
          return;
        }
        alive = false;
        ws.ping();
        ws.send('');
      })();
    }, keepAliveMs);
    ws.on('close', () => {
      clearInterval(timer);
      unsubscribe();
    });
    ws.on('error', () => ws.terminate());
    const history = await store.listSince(conversationId, watermark);
    if (history && history.activities.length > 0) send(history);
    replayed = true;
    for (const page of pending) send(page);
  }

  /** Conversations with an open stream (a bounded map: entries go with their last stream). */
  get conversationsStreaming(): number {
    return this.open.size;
  }

  /** Closes every stream and stops listening to upgrades. */
  close(): void {
    for (const [server, listener] of this.servers) server.off('upgrade', listener);
    this.servers.clear();
    for (const ws of this.wss.clients) ws.close(1001, 'server shutting down');
    this.wss.close();
  }
}
