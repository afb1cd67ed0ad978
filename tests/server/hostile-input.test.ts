/**
 * The fuzz run: thousands of malformed or random requests (see tests/support/hostile-requests.ts)
 * against the whole Tremplin over real HTTP, in this process so that its Object.prototype can
 * be inspected. No crash, no 5xx, no response missing, nothing polluted, and a real question is
 * still answered afterwards, over both channels. Fixed seed: a failure replays identically.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { check } from '../support/conversation.js';
import { describeRequest, hostileRequests, sendAll, type Outcome } from '../support/hostile-requests.js';
import {
  generateToken,
  pollReplies,
  postDirectLine,
  sayOverHttp,
  startHttpTremplin,
  type DirectLineGrant,
  type RunningTremplin,
} from '../support/tremplin-http.js';

/** Requests of the run; `npm run fuzz` runs the same file with more (FUZZ_RUNS). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_808);

/** Every limit out of the way, so that hostile requests reach the code behind the limiters. */
const NO_RATE_LIMITS = {
  RATE_LIMIT_MESSAGES_PER_MINUTE: '1000000',
  RATE_LIMIT_OFFERS_PER_MINUTE: '1000000',
  RATE_LIMIT_DIRECTLINE_STARTS_PER_MINUTE: '1000000',
  RATE_LIMIT_DIRECTLINE_ACTIVITIES_PER_MINUTE: '1000000',
  RATE_LIMIT_DIRECTLINE_REQUESTS_PER_MINUTE: '1000000',
};

/** What the server logged at level error or above, one parsed line each. */
const errors: { msg: string; err?: { message?: string } }[] = [];

let instance: RunningTremplin;
beforeAll(async () => {
  const logger = createLogger('error', { write: (line: string) => void errors.push(JSON.parse(line)) });
  instance = await startHttpTremplin(NO_RATE_LIMITS, { logger });
});
afterAll(() => instance?.close());

/**
 * The one 5xx the Bot Framework protocol asks for: 501 to an `invoke` the bot does not
 * implement (Teams reads an invoke's status; botbuilder's ActivityHandler answers so).
 */
function byDesign(o: Outcome): boolean {
  return o.status === 501 && o.request.path === '/api/messages' && typeof o.request.body === 'string' && o.request.body.startsWith('{"type":"invoke"');
}

/** Object.prototype's own properties and their values: what a pollution would change. */
function prototypeShape(): [string, unknown][] {
  return Reflect.ownKeys(Object.prototype).map((key) => [String(key), Object.getOwnPropertyDescriptor(Object.prototype, key)?.value]);
}

describe('hostile input', () => {
  it(`survives ${RUNS.toLocaleString('en')} malformed or random requests (seed ${SEED})`, async () => {
    const before = prototypeShape();
    const grants: DirectLineGrant[] = [];
    for (let n = 0; n < 20; n++) grants.push(await generateToken(instance.url));

    // 30 s per request: an activity without expectReplies sends its replies to its serviceUrl,
    // here unreachable, and the SDK retries for about 10 s before the turn ends.
    const outcomes = await sendAll(instance.url, hostileRequests(RUNS, SEED), grants, { concurrency: 20, timeoutMs: 30_000 });

    const byStatus = new Map<number, number>();
    for (const o of outcomes) byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
    const failures = outcomes.filter((o) => (o.status === 0 || o.status >= 500) && !byDesign(o));
    const report = failures.slice(0, 5).map((o) => `${o.status}${o.error ? ` (${o.error})` : ''} ← ${describeRequest(o.request)}`);
    expect(failures.length, `statuses: ${JSON.stringify(Object.fromEntries(byStatus))}; first failures:\n${report.join('\n')}`).toBe(0);

    // Every kind of answer happened: the run reached the bot as well as the refusals.
    expect(byStatus.get(200)).toBeGreaterThan(RUNS / 20);
    expect(byStatus.get(400)).toBeGreaterThan(RUNS / 10);

    // What is malformed is refused at the door: no turn of the bot failed on it. The one
    // failure allowed is sending replies to the unreachable serviceUrl some activities give
    // (deliveryMode other than expectReplies).
    const unexpected = errors.filter((e) => !/ECONNREFUSED 127\.0\.0\.1:9\b/.test(e.err?.message ?? ''));
    expect(unexpected.map((e) => `${e.msg}: ${e.err?.message ?? ''}`)).toEqual([]);

    expect(prototypeShape()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000 + RUNS * 10); // a bound for a loaded machine; 10,000 take ~12 s on 2 CPUs

  it('still answers a real question afterwards, over both channels', async () => {
    const salary = "Quel est le salaire d'un développeur chez beta.gouv.fr ?";
    check(salary, await sayOverHttp(instance.url, 'after-the-fuzz', salary), { intent: 'salary', say: "dépend de l'expérience" });
    const grant = await generateToken(instance.url);
    const id = await postDirectLine(instance.url, grant, salary);
    check(salary, await pollReplies(instance.url, grant, id), { intent: 'salary', say: "dépend de l'expérience" });
  });
});
