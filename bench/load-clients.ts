/**
 * The clients of `npm run load`: virtual users on keep-alive `node:http` connections, each
 * sending its next request as soon as the previous one is answered (a closed loop, as
 * autocannon does), with realistic questions from the project's own evaluation set: GET
 * /healthz, Bot Framework messages (expectReplies), and Direct Line visitors who post a
 * question then poll until the bot's reply, as Web Chat does without WebSocket.
 *
 * Why not autocannon: under this load on a 2-CPU machine, autocannon 9 loses track of some
 * responses (its parser is not reset when it reconnects after a timeout) and reports them as
 * 10-second timeouts; the same happens against a bare Node server answering every request,
 * while server-side counters show every request answered. Node's own HTTP parser does not.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../src/config.js';
import { percentile } from './measure.js';

/** One measured phase. */
export interface PhaseResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Responses that were not 2xx. */
  non2xx: number;
  /** Requests without a response within 10 s, and connection errors. */
  timeouts: number;
  /** Turns the bot answered with its apology (intent `error`), or never answered: 200s that are failures all the same. */
  failedTurns: number;
  requests: number;
  /** Requests sent again after a keep-alive reset: not errors, but said. */
  retried: number;
  /** What the timeouts column counts, by kind. */
  failures: Record<string, number>;
}

/** A question and the locale Web Chat would send with it. */
export interface Question {
  text: string;
  locale: 'fr-FR' | 'en-US';
}

const ENGLISH = /\b(the|what|which|how|is|are|do|does|can|any|jobs?|salary|remote|apply|my|I)\b/;

/**
 * About `count` questions of tests/eval/questions.yaml, spread over the whole file (offers,
 * remote work, contracts, salaries, process, status…; French and English).
 */
export function loadQuestions(count = 30): Question[] {
  const file = path.join(PROJECT_ROOT, 'tests/eval/questions.yaml');
  const items = parse(fs.readFileSync(file, 'utf8')) as { q?: string }[];
  const all = items.flatMap((item) => (typeof item.q === 'string' ? [item.q] : []));
  const step = Math.max(1, Math.floor(all.length / count));
  return all
    .filter((_q, i) => i % step === 0)
    .slice(0, count)
    .map((text) => ({ text, locale: ENGLISH.test(text) && !/[éèàùç]/.test(text) ? 'en-US' : 'fr-FR' }));
}

let verbose = false;
/** Prints every request that times out or fails to connect (`npm run load -- --verbose`). */
export function reportFailures(on: boolean): void {
  verbose = on;
}

/** A response, or `undefined` after a timeout or a connection error (counted). */
type Send = (method: 'GET' | 'POST', route: string, options?: { body?: unknown; token?: string }) => Promise<{ status: number; body: string } | undefined>;

/** Counts and times every request of a phase. */
class Meter {
  readonly latencies: number[] = [];
  non2xx = 0;
  timeouts = 0;
  failedTurns = 0;
  private start = performance.now();
  private readonly agent: http.Agent;

  constructor(
    private readonly url: URL,
    connections: number,
    private readonly verbose: boolean,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  /** Requests sent again after a keep-alive reset (see `send`). */
  retried = 0;
  /** Timeouts and connection errors, by kind (`timeout`, `ECONNRESET`…). */
  readonly failures = new Map<string, number>();

  /**
   * Sends one request. A request written on a kept-alive connection at the moment the server
   * closes it as idle (Node's keepAliveTimeout, 5 s) gets ECONNRESET: as browsers do, and as
   * Node's documentation advises (`request.reusedSocket`), it is sent once more, and counted.
   */
  readonly send: Send = (method, route, options = {}) => this.attempt(method, route, options, true);

  private attempt(...[method, route, options = {}, retry]: [...Parameters<Send>, boolean]): ReturnType<Send> {
    return new Promise((resolve) => {
      const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
      const headers: http.OutgoingHttpHeaders = {};
      if (payload !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      const t0 = performance.now();
      const req = http.request({ host: this.url.hostname, port: this.url.port, method, path: route, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          this.latencies.push(performance.now() - t0);
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) this.non2xx++;
          resolve({ status, body: Buffer.concat(chunks).toString('utf8') });
        });
      });
      req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
      req.on('error', (err: NodeJS.ErrnoException) => {
        if (retry && req.reusedSocket && err.code === 'ECONNRESET') {
          this.retried++;
          resolve(this.attempt(method, route, options, false));
          return;
        }
        const kind = err.code ?? err.message;
        this.failures.set(kind, (this.failures.get(kind) ?? 0) + 1);
        if (this.verbose) console.error(`load: ${err.message} after ${Math.round(performance.now() - t0)} ms: ${method} ${route} ${(payload ?? '').slice(0, 300)}`);
        this.timeouts++;
        resolve(undefined);
      });
      req.end(payload);
    });
  }

  /**
   * Opens `count` kept-alive connections before the clock starts (a GET /healthz each, all at
   * once, not measured), as a load balancer or the Bot Service keeps its pool open. Connecting
   * during the measure would time the server's accept queue instead of its answers: on Node 20
   * (libuv ≥ 1.46), a server kept busy by established connections accepts new ones only between
   * rounds of work, so a client connecting into a saturated server can wait more than 10 s
   * (nodejs/node#57364).
   */
  async connect(count: number): Promise<void> {
    const warm = await Promise.all(Array.from({ length: count }, () => this.attempt('GET', '/healthz', {}, true)));
    this.latencies.length = 0;
    this.non2xx = 0;
    this.timeouts = 0;
    this.retried = 0;
    this.failures.clear();
    const failed = warm.filter((res) => res?.status !== 200);
    if (failed.length) throw new Error(`load: the server did not answer GET /healthz on every connection before the measure (${failed.length} of ${count}: ${[...new Set(failed.map((res) => res?.status ?? 'no answer'))].join(', ')})`);
    this.start = performance.now();
  }

  result(): PhaseResult {
    const seconds = (performance.now() - this.start) / 1000;
    return {
      requestsPerSecond: this.latencies.length / seconds,
      p50: percentile(this.latencies, 50),
      p99: percentile(this.latencies, 99),
      non2xx: this.non2xx,
      timeouts: this.timeouts,
      failedTurns: this.failedTurns,
      requests: this.latencies.length,
      retried: this.retried,
      failures: Object.fromEntries(this.failures),
    };
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Runs `users` virtual users for `seconds`; each calls `turn` again and again until time is up. */
async function closedLoop(
  url: string,
  users: number,
  seconds: number,
  turn: (send: Send, meter: Meter, user: number, n: number) => Promise<void>,
): Promise<Meter> {
  const meter = new Meter(new URL(url), users, verbose);
  await meter.connect(users);
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: users }, async (_unused, user) => {
      for (let n = 0; performance.now() < deadline; n++) await turn(meter.send, meter, user, n);
    }),
  );
  meter.close();
  return meter;
}

/** GET /healthz from `connections` users: the ceiling of this machine. */
export async function loadHealth(url: string, connections: number, seconds: number): Promise<PhaseResult> {
  return (await closedLoop(url, connections, seconds, async (send) => void (await send('GET', '/healthz')))).result();
}

let conversations = 0;

/**
 * POST /api/messages (deliveryMode expectReplies) from `connections` users, each one a
 * conversation asking the questions in turn from its own starting point, then starting a new
 * conversation once it has asked them all.
 */
export async function loadMessages(url: string, questions: readonly Question[], connections: number, seconds: number): Promise<PhaseResult> {
  const current: string[] = [];
  const meter = await closedLoop(url, connections, seconds, async (send, m, user, n) => {
    if (n % questions.length === 0) current[user] = `load-${process.pid}-${++conversations}`;
    const conversation = current[user]!;
    const question = questions[(n + user) % questions.length]!;
    const res = await send('POST', '/api/messages', {
      body: {
        type: 'message',
        id: `${conversation}-${n}`,
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:9/unused',
        deliveryMode: 'expectReplies',
        from: { id: `${conversation}-user`, name: 'Candidate', role: 'user' },
        recipient: { id: 'tremplin', name: 'Tremplin', role: 'bot' },
        conversation: { id: conversation },
        locale: question.locale,
        text: question.text,
      },
    });
    if (res?.status === 200 && res.body.includes('"intent":"error"')) m.failedTurns++;
  });
  return meter.result();
}

/** Direct Line conversations, made before the measure (POST tokens/generate). */
export async function generateGrants(url: string, count: number): Promise<{ token: string; conversationId: string }[]> {
  const grants = [];
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' });
    if (res.status !== 200) throw new Error(`load: tokens/generate answered ${res.status}: ${await res.text()}`);
    grants.push((await res.json()) as { token: string; conversationId: string });
  }
  return grants;
}

/** What the Direct Line visitors measured: their HTTP calls, and their turns (question posted → reply read). */
export interface DirectLineResult {
  http: PhaseResult;
  turnsPerSecond: number;
  turnP50: number;
  turnP99: number;
  turns: number;
  /** Activities the visitors read (their questions, the replies, typing): what the store now keeps. */
  activities: number;
  /** Their size as JSON, in MB. */
  activitiesMb: number;
}

type ActivityPage = { activities: { replyToId?: string; type?: string; channelData?: { intent?: string } }[]; watermark?: string };

/**
 * One visitor per grant, for `seconds`: posts a question, polls GET activities every `pollMs`
 * until the bot's reply to it arrives (15 s at most: a failed turn), then asks the next.
 */
export async function loadDirectLine(
  url: string,
  questions: readonly Question[],
  grants: readonly { token: string; conversationId: string }[],
  seconds: number,
  pollMs = 200,
): Promise<DirectLineResult> {
  const turnTimes: number[] = [];
  let activities = 0;
  let activityBytes = 0;
  const watermarks: (string | undefined)[] = [];
  const start = performance.now();
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const meter = await closedLoop(url, grants.length, seconds, async (send, m, user, n) => {
    const grant = grants[user]!;
    const base = `/v3/directline/conversations/${encodeURIComponent(grant.conversationId)}/activities`;
    const question = questions[(n + user) % questions.length]!;
    const asked = performance.now();
    const posted = await send('POST', base, { token: grant.token, body: { type: 'message', from: { id: 'visitor' }, text: question.text, locale: question.locale } });
    if (posted?.status !== 200) return;
    const id = (JSON.parse(posted.body) as { id: string }).id;
    while (performance.now() - asked < 15_000) {
      await sleep(pollMs);
      const watermark = watermarks[user];
      const res = await send('GET', `${base}${watermark ? `?watermark=${watermark}` : ''}`, { token: grant.token });
      if (res?.status !== 200) continue;
      const page = JSON.parse(res.body) as ActivityPage;
      activities += page.activities.length;
      if (page.activities.length > 0) activityBytes += res.body.length;
      watermarks[user] = page.watermark ?? watermark;
      const replies = page.activities.filter((a) => a.replyToId === id && a.type === 'message');
      if (replies.length > 0) {
        turnTimes.push(performance.now() - asked);
        if (replies.some((r) => r.channelData?.intent === 'error')) m.failedTurns++;
        return;
      }
    }
    m.failedTurns++;
  });
  const elapsed = (performance.now() - start) / 1000;
  return {
    http: meter.result(),
    turnsPerSecond: turnTimes.length / elapsed,
    turnP50: percentile(turnTimes, 50),
    turnP99: percentile(turnTimes, 99),
    turns: turnTimes.length,
    activities,
    activitiesMb: activityBytes / 1024 / 1024,
  };
}

/** What an abuse phase sent, by HTTP status (0: no response). */
export type StatusCounts = Record<number, number>;

/** Sends `count` requests made by `request(n)`, `concurrency` at a time, on kept-alive connections; counts the statuses. */
async function flood(
  url: string,
  count: number,
  concurrency: number,
  request: (n: number, send: Send) => Promise<number | undefined>,
): Promise<StatusCounts> {
  const meter = new Meter(new URL(url), concurrency, verbose);
  await meter.connect(concurrency);
  const statuses: StatusCounts = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const status = (await request(next++, meter.send)) ?? 0;
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  meter.close();
  return statuses;
}

const ID_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_';
const randomId = (length: number) => Array.from({ length }, () => ID_CHARACTERS[Math.floor(Math.random() * 64)]).join('');

/**
 * Issue 13's memory attack: `count` Direct Line POSTs without a token, half to conversation ids
 * of 8,000 random characters, half to well-formed random ids, each with a message body.
 */
export function tokenlessFlood(url: string, count: number, concurrency = 50): Promise<StatusCounts> {
  return flood(url, count, concurrency, async (n, send) => {
    const id = n % 2 === 0 ? randomId(8000) : randomId(24);
    const res = await send('POST', `/v3/directline/conversations/${id}/activities`, { body: { type: 'message', text: 'bonjour' } });
    return res?.status;
  });
}

/** What a visitor of `manyConversations` says: its text and locale. */
export type Said = (n: number) => { text: string; locale: string };

/** Questions candidates ask, in turn. */
export const asking = (questions: readonly Question[]): Said => (n) => questions[n % questions.length]!;

/**
 * 4,000 random letters (the longest message the bot reads) in words of 1 to 2,000 letters,
 * never twice the same: what an attacker sends to fill whatever remembers words.
 */
export const randomWords: Said = () => {
  const words: string[] = [];
  for (let length = 0; length < 4000; ) {
    const word = Array.from({ length: Math.min(4000 - length, 1 + Math.floor(Math.random() ** 3 * 2000)) }, () => ID_CHARACTERS[Math.floor(Math.random() * 52)]).join('');
    words.push(word);
    length += word.length + 1;
  }
  return { text: words.join(' ').slice(0, 4000), locale: 'fr-FR' };
};

/** `count` distinct Direct Line conversations: a token each, and one message (its answer is not awaited). */
export function manyConversations(url: string, said: Said, count: number, concurrency = 50): Promise<StatusCounts> {
  return flood(url, count, concurrency, async (n, send) => {
    const generated = await send('POST', '/v3/directline/tokens/generate');
    if (generated?.status !== 200) return generated?.status;
    const grant = JSON.parse(generated.body) as { token: string; conversationId: string };
    const body = { type: 'message', from: { id: 'visitor' }, ...said(n) };
    const posted = await send('POST', `/v3/directline/conversations/${grant.conversationId}/activities`, { token: grant.token, body });
    return posted?.status;
  });
}
