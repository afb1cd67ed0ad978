/**
 * The Node HTTP server every Tremplin listens with (`tremplin serve`, the tests, the benches),
 * with the connection-level limits a public server needs and Node's defaults lack:
 *
 * - **slow clients are cut off**: the request's headers must arrive within `headersTimeoutMs`
 *   and the whole request (body included) within `requestTimeoutMs`, checked every second;
 *   Node's defaults (60 s, 300 s, checked every 30 s) let 3,000 sockets trickling a body hold
 *   the server for minutes;
 * - **connections per client address are capped** (`maxConnectionsPerAddress`): the next one
 *   is refused at once with a bare 503, before any byte of it is parsed;
 * - **kept-alive connections are closed by the client, never under its feet.** A client that
 *   reuses an idle connection at the instant the server closes it gets ECONNRESET (the cause of
 *   the resets `npm run fuzz` and `npm run load` counted). Clients time idle connections out
 *   from the server's `Keep-Alive: timeout=N` hint, minus a margin (Node's agent 1 s, undici
 *   2 s); but their clocks run late under load (undici counts idle time in 0.5 s ticks that
 *   fall behind when the event loop is busy; Node's agent checks its timers only between
 *   rounds of I/O), and with Node's default — hint 5 s, close at 5 s — a late client reuses a
 *   connection the server has just closed. Here the hint stays at `keepAliveHintSeconds` (5)
 *   while the server keeps idle connections `keepAliveTimeoutMs` (65 s): clients drop them
 *   long before the server does, however late their clocks. 65 s is also above the idle timeout of
 *   the usual load balancers (60 s), which must likewise close first. Node 24's
 *   `keepAliveTimeoutBuffer` does the same; Node 20 has no such option.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import { addressKey } from './rate-limit.js';

/** Connection-level limits of the server. */
export interface ConnectionLimits {
  /** Time for a request's headers to arrive, in ms. Default 10,000 (a browser sends them at once). */
  headersTimeoutMs: number;
  /** Time for a whole request, body included, to arrive, in ms. Default 30,000. */
  requestTimeoutMs: number;
  /** How long an idle kept-alive connection is kept, in ms. Default 65,000 (see the module comment). */
  keepAliveTimeoutMs: number;
  /** The idle time announced to clients (`Keep-Alive: timeout=N`), in seconds. Default 5. */
  keepAliveHintSeconds: number;
  /**
   * Open connections per client address (the TCP peer: IPv4 address, IPv6 /56); 0 for no cap.
   * Default 100: a browser opens 6, a NAT of a hundred people fewer than that at once. Behind a
   * load balancer every connection comes from it: `MAX_CONNECTIONS_PER_ADDRESS` then defaults to 0.
   */
  maxConnectionsPerAddress: number;
}

/** The defaults of `ConnectionLimits`. */
export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 65_000,
  keepAliveHintSeconds: 5,
  maxConnectionsPerAddress: 100,
};

/** Whether the connection of `req` stays open after its response (HTTP/1.1 unless `close`, 1.0 only with `keep-alive`). */
function keptAlive(req: http.IncomingMessage): boolean {
  const connection = String(req.headers.connection ?? '').toLowerCase();
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 0) return /\bkeep-alive\b/.test(connection);
  return !/\bclose\b/.test(connection);
}

const REFUSED = 'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\nRetry-After: 5\r\n\r\n';

/**
 * Counts the open connections of each address and refuses those over `max` (a 503, then the
 * socket is closed). The count map holds only addresses with open connections.
 */
function capConnections(server: http.Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const key = addressKey(socket.remoteAddress);
    const count = (open.get(key) ?? 0) + 1;
    if (count > max) {
      socket.on('error', () => {});
      socket.end(REFUSED);
      socket.destroySoon();
      return;
    }
    open.set(key, count);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
  });
}

/**
 * An `http.Server` for `listener` with the limits above (`limits` overrides the defaults).
 * WebSocket upgrades (`server.on('upgrade')`) are counted against the cap like any connection.
 */
export function createHttpServer(listener: http.RequestListener, limits: Partial<ConnectionLimits> = {}): http.Server {
  const l = { ...DEFAULT_CONNECTION_LIMITS, ...limits };
  const hint = `timeout=${l.keepAliveHintSeconds}`;
  const server = http.createServer(
    {
      headersTimeout: l.headersTimeoutMs,
      requestTimeout: l.requestTimeoutMs,
      keepAliveTimeout: l.keepAliveTimeoutMs,
      // How often the two timeouts above are checked (Node's default, 30 s, would let a slow
      // request run up to 30 s past them).
      connectionsCheckingInterval: Math.min(1000, l.headersTimeoutMs),
    },
    (req, res) => {
      // Set by hand, Node writes neither header itself: the announced idle time is the short one.
      if (keptAlive(req)) res.setHeader('Connection', 'keep-alive').setHeader('Keep-Alive', hint);
      listener(req, res);
    },
  );
  if (l.maxConnectionsPerAddress > 0) capConnections(server, l.maxConnectionsPerAddress);
  return server;
}

/** Makes a response close its connection once sent (a stopping server). */
export function closeAfterResponse(res: http.ServerResponse): void {
  if (res.headersSent) return;
  res.removeHeader('Keep-Alive');
  res.setHeader('Connection', 'close');
}
