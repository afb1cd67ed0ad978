/**
 * Bench section `memory` (about 8 minutes): resident memory (RSS, from /proc) of servers started
 * side by side in the same run, each run as plain `node` on JavaScript built from the sources,
 * the way `npm start` runs Tremplin:
 *
 * 1. the SDK samples' echo bot (bench/echo-bot.ts: express, CloudAdapter, an ActivityHandler,
 *    conversation and user state) — the reference: what the framework alone holds, run with the
 *    environment `npm start` gives Tremplin (its allocator settings, `MALLOC_*`), so that
 *    the two are compared on equal terms; the same echo bot as the samples run it (glibc's
 *    default allocator); and through tsx, as the issue that set the target measured it (127 MB);
 * 2. Tremplin with the shipped knowledge, once per young-generation size
 *    (`--max-semi-space-size` 16 — V8's default —, 32, 64 MB; the one `npm start` uses is
 *    marked), which the README weighs against turn latency;
 *    all idle — RSS `IDLE_SECONDS` after they first answer /healthz, no request made: long
 *    enough for V8's memory reducer to give back what starting up used — then each in turn under
 *    `LOAD_SECONDS` of /api/messages from 200 clients (its highest RSS, sampled every 100 ms);
 * 3. Tremplin as `npm start` runs it with 30,000 generated offers and 500 FAQ entries written as
 *    files: idle, then its highest RSS under `LOAD_SECONDS` of /api/messages and as long of
 *    Direct Line traffic (200 clients), and once the load is over.
 *
 * Targets: Tremplin idle ≤ the echo bot + 50 MB; ≤ 300 MB under load with 30,000 offers.
 */
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../tests/support/free-port.js';
import { writeKnowledgeFolder } from './knowledge-folder.js';
import { generateGrants, loadDirectLine, loadMessages, loadQuestions } from './load-clients.js';
import { table } from './measure.js';
import { benchServerEnv, echoBotArguments, echoBotThroughTsxArguments, healthy, peakRss, rssMb, serverArguments, startEnv, startFlags, startNode } from './server-process.js';

const IDLE_SECONDS = 150;
const LOAD_SECONDS = 15;
const CLIENTS = 200;
const OFFERS = 30_000;
const TARGETS = { idleAboveEchoMb: 50, underLoadMb: 300 };
/** Young-generation sizes compared, in MB per semi-space; 16 is V8's default on 64-bit systems. */
const YOUNG_GENERATIONS = [16, 32, 64];
const V8_DEFAULT_YOUNG_GENERATION = 16;

interface Running {
  label: string;
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/** Starts `node args` on a free port with its own data folder (`extraEnv` on top of the bench's; `undefined` removes a variable); resolves once /healthz answers. */
async function start(label: string, args: string[], extraEnv: Record<string, string | undefined> = {}): Promise<Running> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(tmpdir(), 'tremplin-memory-'));
  const env = Object.assign(benchServerEnv(port, dataDir), extraEnv);
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const child = startNode(args, env);
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  await healthy(url, 600);
  return {
    label,
    url,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The young generation `npm start` gives the server, in MB per semi-space. */
function startYoungGeneration(): number {
  const flag = startFlags().find((f) => f.startsWith('--max-semi-space-size='));
  return flag ? Number(flag.split('=')[1]) : V8_DEFAULT_YOUNG_GENERATION;
}

/** The server's arguments with the young generation set to `mb` (whatever `npm start` gives). */
async function withYoungGeneration(mb: number): Promise<string[]> {
  const args = (await serverArguments()).filter((a) => !a.startsWith('--max-semi-space-size'));
  return [`--max-semi-space-size=${mb}`, ...args];
}

const mb = (v: number) => `${v.toFixed(0)} MB`;
const signed = (v: number) => `${v >= 0 ? '+' : '−'}${mb(Math.abs(v))}`;
const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/** The highest RSS of `p` while `load` runs. */
async function highestDuring(p: Running, load: () => Promise<unknown>): Promise<number> {
  const peak = peakRss(p.pid);
  try {
    await load();
  } finally {
    peak.stop();
  }
  return peak.stop();
}

export async function run(): Promise<void> {
  const questions = loadQuestions(30);
  const rows: string[][] = [];
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const npmStart = startYoungGeneration();
  const allocator = Object.entries(startEnv()).map(([name, value]) => `${name}=${value}`).join(' ') || 'no setting';
  const withoutStartEnv = Object.fromEntries(Object.keys(startEnv()).map((name) => [name, undefined]));
  const echoes = 3;

  // 1 and 2: side by side, idle, then each under load in turn.
  const servers: Running[] = [];
  let echoIdle = NaN;
  let echoThroughTsxIdle = NaN;
  let echoAsSamplesIdle = NaN;
  let tremplinIdle = NaN;
  try {
    servers.push(await start(`echo bot (bench/echo-bot.ts), the reference: run as npm start runs Tremplin (${allocator})`, await echoBotArguments()));
    servers.push(await start('— the same as the SDK samples run it (plain node, glibc\'s default allocator)', await echoBotArguments(), withoutStartEnv));
    servers.push(await start('— the same through tsx (node --import tsx, as the issue measured it)', echoBotThroughTsxArguments(), withoutStartEnv));
    for (const size of YOUNG_GENERATIONS) {
      servers.push(await start(`Tremplin, shipped knowledge, --max-semi-space-size=${size}${size === npmStart ? ' (npm start)' : ''}`, await withYoungGeneration(size)));
    }
    await sleep(IDLE_SECONDS);
    const idle = servers.map((p) => rssMb(p.pid));
    echoIdle = idle[0]!;
    echoAsSamplesIdle = idle[1]!;
    echoThroughTsxIdle = idle[2]!;
    tremplinIdle = idle[echoes + YOUNG_GENERATIONS.indexOf(npmStart)] ?? NaN;
    for (const [i, p] of servers.entries()) {
      const highest = await highestDuring(p, () => loadMessages(p.url, questions, CLIENTS, LOAD_SECONDS));
      rows.push([p.label, mb(idle[i]!), i < echoes ? '' : signed(idle[i]! - echoIdle), mb(highest)]);
    }
  } finally {
    await Promise.all(servers.map((p) => p.stop()));
  }
  console.log(table(['server', `idle (${IDLE_SECONDS} s)`, 'idle vs the echo bot', `highest under ${LOAD_SECONDS} s of /api/messages`], rows));

  // 3: 30,000 offers.
  const knowledgeDir = await writeKnowledgeFolder(OFFERS);
  let large: Running | undefined;
  try {
    large = await start('30,000 offers', await serverArguments(), { KNOWLEDGE_DIR: knowledgeDir });
    await sleep(IDLE_SECONDS);
    const idle = rssMb(large.pid);
    const grants = await generateGrants(large.url, CLIENTS);
    const server = large;
    const highest = await highestDuring(server, async () => {
      await loadMessages(server.url, questions, CLIENTS, LOAD_SECONDS);
      await loadDirectLine(server.url, questions, grants, LOAD_SECONDS);
    });
    const after = rssMb(large.pid);
    console.log(
      `\n${table(
        ['Tremplin as npm start runs it, shipped knowledge + 30,000 generated offers + 500 FAQ', 'RSS'],
        [
          [`idle (${IDLE_SECONDS} s)`, mb(idle)],
          [`highest under load (${LOAD_SECONDS} s of /api/messages, then ${LOAD_SECONDS} s of Direct Line, ${CLIENTS} clients)`, mb(highest)],
          ['right after the load', mb(after)],
        ],
      )}`,
    );
    console.log(
      `\nTargets: Tremplin idle ≤ the echo bot + ${TARGETS.idleAboveEchoMb} MB: ${verdict(tremplinIdle <= echoIdle + TARGETS.idleAboveEchoMb)} ` +
        `(${mb(tremplinIdle)}, the echo bot ${mb(echoIdle)}; against the echo bot as the samples run it, ${mb(echoAsSamplesIdle)}: ` +
        `${verdict(tremplinIdle <= echoAsSamplesIdle + TARGETS.idleAboveEchoMb)}; through tsx, ${mb(echoThroughTsxIdle)}: ` +
        `${verdict(tremplinIdle <= echoThroughTsxIdle + TARGETS.idleAboveEchoMb)}); ≤ ${TARGETS.underLoadMb} MB under load with ${OFFERS.toLocaleString('en')} offers: ` +
        `${verdict(highest <= TARGETS.underLoadMb)} (${mb(highest)}).`,
    );
    console.log(
      `\nRSS from /proc/<pid>/status. The servers of the first table ran at the same time; "idle" is ${IDLE_SECONDS} s after /healthz first ` +
        'answered, no request made (V8 gives back what starting up used after one to two minutes without traffic).\n',
    );
  } finally {
    await large?.stop();
    fs.rmSync(knowledgeDir, { recursive: true, force: true });
  }
}
