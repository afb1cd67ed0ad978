/**
 * `npm run load [-- --duration 60 --connections 200 --offers 30000 --profile]`: the load test.
 * Builds and starts the server as `npm start` does (`node dist/src/cli.js serve`, its flags) as a
 * child process on 127.0.0.1 (embedded defaults: state in memory, a temporary data folder; the
 * per-address rate limits raised, since every request comes from one address; with `--offers N`,
 * a knowledge folder of the shipped files plus N generated offers and 500 FAQ entries), then,
 * with `connections` concurrent clients:
 *
 * 1. warm-up, not measured: the /api/messages and Direct Line loads below, a sixth of the
 *    duration each (at least 5 s), so that the server's heap has grown to its working size;
 * 2. GET /healthz for `duration` seconds: the ceiling of this machine;
 * 3. the same /api/messages load on a bare botbuilder echo bot (bench/echo-bot.ts, its own
 *    process, run the same way, warmed up first): the framework's own price, measured in the same run;
 * 4. POST /api/messages (deliveryMode expectReplies), ~30 questions of tests/eval/questions.yaml,
 *    one conversation per connection at a time;
 * 5. Direct Line: one visitor per connection, token generated beforehand, posting a question
 *    then polling every 200 ms until the reply;
 * 6. abuse (issue 13), the server's memory measured before and after each: `--abuse-requests`
 *    (20,000) Direct Line POSTs without a token (half of them to 8,000-character ids), then as
 *    many distinct conversations (a token and a question each), then as many again whose
 *    message is 4,000 random letters (what would fill anything that remembers words). Every client comes from one
 *    address here, so the per-address caps are raised and what holds memory flat is the
 *    endpoint's overall bounds (conversations, bytes) and that nothing is stored or counted for
 *    a request without a valid token. Target: RSS after a full GC within ±60 MB.
 *
 * Prints requests/s, p50/p99 latency and errors of each phase, the server's memory at start,
 * after warm-up, after the /api/messages phase and at the end (RSS from /proc/<pid>/status, then
 * RSS and live heap after a full GC, asked through the server's inspector), its peak RSS
 * (sampled every 100 ms), and checks the targets: no error, RSS growth after warm-up ≤ 10 % (the
 * Direct Line history is reported apart), /api/messages at ≥ 1/4 of the /healthz rate, peak RSS
 * ≤ 300 MB (the target with 30,000 offers).
 * `--verbose` prints each request that times out. `--profile` runs the server with `--cpu-prof` and prints where its CPU time went; with
 * `--phases messages` (or `healthz`, `echo`, `directline`, `abuse`, comma-separated) only those phases run.
 * `TRACE_GC=--trace-gc-nvp` (any V8 flag) passes that flag to the server, to see its collections.
 * Each phase also says how much CPU the serving process spent per request (from /proc), a figure
 * less sensitive than requests/s to what else the machine runs at the time.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config.js';
import { freePort } from '../tests/support/free-port.js';
import {
  generateGrants,
  loadDirectLine,
  loadHealth,
  loadMessages,
  loadQuestions,
  asking,
  manyConversations,
  randomWords,
  reportFailures,
  tokenlessFlood,
  type PhaseResult,
  type StatusCounts,
} from './load-clients.js';
import { writeKnowledgeFolder } from './knowledge-folder.js';
import { benchServerEnv, echoBotArguments, healthy, peakRss, rssMb, serverArguments, startNode } from './server-process.js';
import { summariseCpuProfile } from './cpu-profile.js';
import { connectInspector, type Memory } from './inspector.js';
import { table } from './measure.js';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '200' },
    profile: { type: 'boolean', default: false },
    phases: { type: 'string', default: 'healthz,echo,messages,directline,abuse' },
    'abuse-requests': { type: 'string', default: '20000' },
    verbose: { type: 'boolean', default: false },
    offers: { type: 'string', default: '0' },
  },
});
const PHASES = new Set(args.phases.split(','));
reportFailures(args.verbose);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const WARMUP = Math.max(5, Math.round(DURATION / 6));
const OFFERS = Number(args.offers);
const TARGETS = { maxGrowth: 0.1, minRatio: 0.25, peakRssMb: 300 };
if (!(DURATION > 0) || !(CONNECTIONS > 0) || !(OFFERS >= 0)) {
  console.error('load: --duration and --connections must be positive numbers, --offers a number');
  process.exit(2);
}

const dataDir = fs.mkdtempSync(path.join(tmpdir(), 'tremplin-load-'));
const profileDir = path.join(dataDir, 'profile');
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const env = benchServerEnv(port, dataDir);
const knowledgeDir = OFFERS > 0 ? await writeKnowledgeFolder(OFFERS) : undefined;
if (knowledgeDir) env.KNOWLEDGE_DIR = knowledgeDir;
const nodeFlags = [...(process.env.TRACE_GC ? [process.env.TRACE_GC] : []), '--inspect=127.0.0.1:0', ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
const server = startNode(await serverArguments(nodeFlags), env);
const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));

/** The server's resident memory, in MB, as the system sees it. */
const rss = () => rssMb(server.pid);

/** CPU time a process has used so far (user + system), in ms, from /proc/<pid>/stat (clock ticks of 10 ms). */
function cpuMs(pid: number | undefined): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** A phase's result with the CPU the serving process spent on it, per request (µs). */
async function measuringCpu(pid: number | undefined, phase: () => Promise<PhaseResult>): Promise<PhaseResult & { cpuPerRequest: number }> {
  const before = cpuMs(pid);
  const result = await phase();
  return { ...result, cpuPerRequest: ((cpuMs(pid) - before) * 1000) / result.requests };
}


/**
 * The same /api/messages load on a bare botbuilder echo bot (bench/echo-bot.ts) in its own
 * process, the SDK's price without Tremplin, measured in the same run.
 */
async function loadEchoBot(): Promise<PhaseResult & { cpuPerRequest: number }> {
  const echoPort = await freePort();
  const echoUrl = `http://127.0.0.1:${echoPort}`;
  const child = spawn(process.execPath, await echoBotArguments(), { env: { ...env, PORT: String(echoPort) }, stdio: ['ignore', 'inherit', 'inherit'] });
  const gone = new Promise((resolve) => child.once('exit', resolve));
  try {
    await healthy(echoUrl);
    await loadMessages(echoUrl, questions, CONNECTIONS, WARMUP);
    return await measuringCpu(child.pid, () => loadMessages(echoUrl, questions, CONNECTIONS, DURATION));
  } finally {
    child.kill('SIGTERM');
    await gone;
  }
}

/** One reading of the server's memory: RSS as it is, then RSS and live heap after a full GC. */
interface Reading {
  rss: number;
  afterGc: Memory;
}

/**
 * The abuse phase (see the module comment): the memory of the server before, after the
 * tokenless flood and after the distinct conversations; returns the lines to print.
 */
async function measureAbuse(before: Reading): Promise<string> {
  const count = Number(args['abuse-requests']);
  const statuses = (counts: StatusCounts) => Object.entries(counts).map(([status, n]) => `${status} ×${n.toLocaleString('en')}`).join(', ');
  const n = count.toLocaleString('en');
  process.stdout.write(`abuse: ${n} tokenless requests… `);
  const tokenless = await tokenlessFlood(url, count);
  const afterTokenless = await read();
  process.stdout.write(`${n} conversations… `);
  const conversations = await manyConversations(url, asking(questions), count);
  await new Promise((resolve) => setTimeout(resolve, 2000)); // the last turns end
  const afterConversations = await read();
  process.stdout.write(`${n} conversations of random words…\n\n`);
  const hostile = await manyConversations(url, randomWords, count);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const afterHostile = await read();
  const mb = (v: number) => `${v.toFixed(0)} MB`;
  const delta = (from: Reading, to: Reading) => {
    const d = to.afterGc.rss - from.afterGc.rss;
    return `${d >= 0 ? '+' : ''}${d.toFixed(0)} MB`;
  };
  const memoryRow = (name: string, r: Reading, from?: Reading) => [name, mb(r.rss), mb(r.afterGc.rss), mb(r.afterGc.heapUsed), from ? delta(from, r) : ''];
  const flat = [afterTokenless, afterConversations, afterHostile].every((r) => Math.abs(r.afterGc.rss - before.afterGc.rss) <= 60);
  return [
    table(['server memory under abuse', 'RSS', 'RSS after full GC', 'live heap', 'change after GC'], [
      memoryRow('before', before),
      memoryRow(`after ${n} tokenless POSTs`, afterTokenless, before),
      memoryRow(`after ${n} distinct conversations`, afterConversations, before),
      memoryRow(`after ${n} more, each 4,000 random letters`, afterHostile, before),
    ]),
    `\nTokenless POSTs answered: ${statuses(tokenless)}. Conversations (token, then a question): ${statuses(conversations)}; ` +
      `(token, then random words): ${statuses(hostile)}.`,
    `Target: RSS after full GC within ±60 MB under all three: ${flat ? 'met' : 'MISSED'}.\n`,
  ].join('\n');
}

const machine = `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
const knowledgeText = OFFERS > 0 ? `shipped knowledge + ${OFFERS.toLocaleString('en')} generated offers + 500 FAQ` : 'shipped knowledge';
console.log(`\n## load (${CONNECTIONS} connections, ${DURATION} s per phase after ${WARMUP} + ${WARMUP} s of warm-up; ${knowledgeText}; ${machine})\n`);
const questions = loadQuestions(30);
const inspector = await connectInspector(server);
const read = async (): Promise<Reading> => ({ rss: rss(), afterGc: await inspector.memoryAfterGc() });
let peak: { stop(): number } | undefined;
try {
  await healthy(url, 600);
  const atStart = await read();
  peak = peakRss(server.pid);
  const grants = await generateGrants(url, CONNECTIONS);

  process.stdout.write('warm-up… ');
  await loadMessages(url, questions, CONNECTIONS, WARMUP);
  const warmDirectLine = await loadDirectLine(url, questions, grants, WARMUP);
  const afterWarmUp = await read();

  const skipped = { requestsPerSecond: NaN, p50: NaN, p99: NaN, non2xx: 0, timeouts: 0, failedTurns: 0, requests: 0, retried: 0, failures: {}, cpuPerRequest: NaN };
  process.stdout.write('/healthz… ');
  const health = PHASES.has('healthz') ? await measuringCpu(server.pid, () => loadHealth(url, CONNECTIONS, DURATION)) : skipped;
  process.stdout.write('echo bot… ');
  const echo = PHASES.has('echo') ? await loadEchoBot() : skipped;
  process.stdout.write('/api/messages… ');
  const messages = PHASES.has('messages') ? await measuringCpu(server.pid, () => loadMessages(url, questions, CONNECTIONS, DURATION)) : skipped;
  const afterMessages = await read();
  process.stdout.write('Direct Line…\n\n');
  const directLine = PHASES.has('directline')
    ? await loadDirectLine(url, questions, grants, DURATION)
    : { http: skipped, turnsPerSecond: NaN, turnP50: NaN, turnP99: NaN, turns: 0, activities: 0, activitiesMb: 0 };
  const atEnd = await read();
  const peakMb = peak.stop();
  const abuse = PHASES.has('abuse') ? await measureAbuse(atEnd) : undefined;

  const ms = (v: number) => `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`;
  const kinds = (r: PhaseResult) => Object.entries(r.failures).map(([kind, n]) => `${kind} ×${n}`).join(', ');
  const errors = (r: PhaseResult) => `${r.non2xx} / ${r.timeouts}${r.timeouts ? ` (${kinds(r)})` : ''}${r.failedTurns ? ` (+${r.failedTurns} failed turns)` : ''}`;
  const cpu = (r: { cpuPerRequest?: number }) => (r.cpuPerRequest === undefined ? '' : `${r.cpuPerRequest.toFixed(0)} µs`);
  const row = (name: string, r: PhaseResult & { cpuPerRequest?: number }): string[] => [
    name,
    r.requestsPerSecond.toFixed(0),
    ms(r.p50),
    ms(r.p99),
    errors(r),
    r.requests.toLocaleString('en'),
    cpu(r),
  ];
  console.log(
    table(
      ['phase', 'req/s', 'p50', 'p99', 'errors: non-2xx / timeouts', 'requests', 'server CPU / request'],
      [
        row('GET /healthz (ceiling)', health),
        row('POST /api/messages, bare botbuilder echo bot (reference)', echo),
        row('POST /api/messages (expectReplies)', messages),
        row('Direct Line POST + GET (poll 200 ms)', directLine.http),
        ['Direct Line turns (question → reply read)', `${directLine.turnsPerSecond.toFixed(0)} turns/s`, ms(directLine.turnP50), ms(directLine.turnP99), '', directLine.turns.toLocaleString('en'), ''],
      ],
    ),
  );

  const mb = (v: number) => `${v.toFixed(0)} MB`;
  const pct = (from: number, to: number) => `${to >= from ? '+' : ''}${((100 * (to - from)) / from).toFixed(1)} %`;
  const memoryRow = (name: string, r: Reading) => [name, mb(r.rss), mb(r.afterGc.rss), mb(r.afterGc.heapUsed)];
  console.log(
    `\n${table(['server memory', 'RSS', 'RSS after full GC', 'live heap'], [
      memoryRow('at start', atStart),
      memoryRow('after warm-up', afterWarmUp),
      memoryRow('after /healthz and /api/messages', afterMessages),
      memoryRow('at the end (after Direct Line)', atEnd),
      ['highest RSS seen (every 100 ms, from start to end)', mb(peakMb), '', ''],
    ])}`,
  );
  const kept = warmDirectLine.activities + directLine.activities;
  const perActivityKb = directLine.activities ? ((atEnd.afterGc.heapUsed - afterMessages.afterGc.heapUsed) * 1024) / directLine.activities : NaN;
  console.log(
    `\nRSS after warm-up → end: ${pct(afterWarmUp.rss, atEnd.rss)} (after full GC: ${pct(afterWarmUp.afterGc.rss, atEnd.afterGc.rss)}); ` +
      `without the Direct Line phase (after warm-up → after /api/messages): ${pct(afterWarmUp.afterGc.rss, afterMessages.afterGc.rss)} after full GC.\n` +
      `The Direct Line phase adds history the memory store keeps by design (up to 500 activities and 256 KiB a conversation, 16 MiB in all, for an hour): ` +
      `${kept.toLocaleString('en')} activities kept, ${directLine.activities.toLocaleString('en')} of them added in that phase ` +
      `(${(warmDirectLine.activitiesMb + directLine.activitiesMb).toFixed(0)} MB as JSON), about ${perActivityKb.toFixed(1)} KB of live heap each.`,
  );
  const ratio = messages.requestsPerSecond / health.requestsPerSecond;
  const retried = [health, messages, directLine.http].reduce((n, r) => n + r.retried, 0);
  if (retried) console.log(`${retried} request(s) sent again after the server closed an idle kept-alive connection as they left (ECONNRESET), as browsers do.`);
  console.log(
    `/api/messages / /healthz: ${ratio.toFixed(2)}; the bare echo bot / /healthz: ${(echo.requestsPerSecond / health.requestsPerSecond).toFixed(2)}; ` +
      `Tremplin / the echo bot: ${(messages.requestsPerSecond / echo.requestsPerSecond).toFixed(2)}. ` +
      `Server CPU per request: /healthz ${cpu(health)}, echo bot ${cpu(echo)}, Tremplin ${cpu(messages)}.\n`,
  );

  if (abuse) console.log(abuse);
  const failures = [health, messages, directLine.http].reduce((n, r) => n + r.non2xx + r.timeouts + r.failedTurns, 0);
  const growth = (afterMessages.afterGc.rss - afterWarmUp.afterGc.rss) / afterWarmUp.afterGc.rss;
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(
    `Targets: no error: ${verdict(failures === 0)} (${failures}); memory flat (RSS after full GC ≤ +${TARGETS.maxGrowth * 100} % after warm-up, ` +
      `Direct Line history aside): ${verdict(growth <= TARGETS.maxGrowth)} (${pct(afterWarmUp.afterGc.rss, afterMessages.afterGc.rss)}); ` +
      `/api/messages ≥ ${TARGETS.minRatio} × /healthz: ${verdict(ratio >= TARGETS.minRatio)} (${ratio.toFixed(2)}); ` +
      `highest RSS ≤ ${TARGETS.peakRssMb} MB${OFFERS >= 30_000 ? '' : ' (the target is set for 30,000 offers: --offers 30000)'}: ${verdict(peakMb <= TARGETS.peakRssMb)} (${mb(peakMb)}).`,
  );
} finally {
  peak?.stop();
  inspector.close();
  server.kill('SIGTERM');
  const code = await exited;
  if (code !== 0) console.error(`load: the server exited with ${code}`);
  if (args.profile) {
    const file = fs.readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (file) console.log(`\n${summariseCpuProfile(path.join(profileDir, file), 20)}\n(profile: ${path.join(profileDir, file)})`);
  } else {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (knowledgeDir) fs.rmSync(knowledgeDir, { recursive: true, force: true });
}
