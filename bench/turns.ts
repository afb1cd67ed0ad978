/**
 * Bench section `turns`: in-process conversation turns through the real adapter and bot
 * (recogniser, dialogs, answers, state), with the shipped knowledge and with 30,000 generated
 * offers. Prints p50/p95/p99 per turn. Target: p99 ≤ 5 ms at 30,000 offers.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import path from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { assemble, type KnowledgeSource, type Tremplin } from '../src/assemble.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { BodyFile } from '../src/knowledge/body-file.js';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { calendarDate } from '../src/knowledge/open-status.js';
import type { Entry } from '../src/knowledge/schemas.js';
import { buildSnapshot } from '../src/knowledge/snapshot.js';
import { say } from '../src/terminal-chat.js';
import { searchOffersExtension } from '../src/teams/offer-search.js';
import { generateFaqs, generateOffers, generateOrganisations } from './generate.js';
import type { BenchOptions } from './run.js';
import { percentile, table } from './measure.js';

/** Target for the largest knowledge. */
const TARGET_P99_MS = 5;
/** Each question asked this many times after a warm-up round. */
const ROUNDS = 5;

/** The evaluation set's questions (single ones and conversation turns), in order. */
function questions(): string[] {
  const items = parse(readFileSync(path.join(PROJECT_ROOT, 'tests/eval/questions.yaml'), 'utf8')) as Array<{ q?: string; conversation?: { q: string }[] }>;
  return items.flatMap((i) => (i.conversation ? i.conversation.map((t) => t.q) : [i.q!]));
}

/** A knowledge source that never changes, from entries already in memory. */
async function staticKnowledge(entries: Entry[], bodiesDir: string): Promise<KnowledgeSource> {
  // Offers' bodies in a file, as the server keeps them (src/knowledge/body-file.ts).
  const bodies = BodyFile.open(bodiesDir);
  const { snapshot } = buildSnapshot({
    version: 1,
    served: entries.map((entry) => ({ entry: bodies.keep(entry), lines: {} })),
    fileProblems: [],
    today: calendarDate(new Date()),
    loadedAt: new Date(),
  });
  return { snapshot: () => snapshot, onChange: () => () => {}, close: async () => {} };
}

/** What recruiters type in the Teams compose box ('' is the initial run). */
const EXTENSION_QUERIES = ['', 'data', 'développeur', 'designer', 'Paris', 'sécurité', 'chef de projet', 'dta scientst', 'product owner', 'cloud'];

/**
 * The Teams message extension's answer time, in-process (Teams waits about 5 s): each query
 * once with nothing cached ("first"), then repeated (offer searches are remembered per
 * knowledge version).
 */
function measureExtension(label: string, tremplin: Tremplin): string[] {
  const first: number[] = [];
  const repeat: number[] = [];
  for (let round = 0; round <= ROUNDS * 4; round++) {
    for (const q of EXTENSION_QUERIES) {
      const parameters = q ? [{ name: 'query', value: q }] : [{ name: 'initialRun', value: 'true' }];
      const start = process.hrtime.bigint();
      searchOffersExtension(tremplin.core.current(), { commandId: 'searchOffers', parameters, queryOptions: { skip: 0, count: 25 } }, 'fr');
      (round === 0 ? first : repeat).push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const fmt = (v: number) => `${v.toFixed(2)} ms`;
  return [label, String(first.length + repeat.length), fmt(percentile(repeat, 50)), fmt(percentile(repeat, 95)), fmt(percentile(repeat, 99)), `${fmt(Math.max(...first))} (first)`, '', '', ''];
}

/** Per knowledge measured: its label and the questions whose turns cost most CPU (median of the rounds). */
const costliest: Array<{ label: string; questions: Array<{ q: string; cpu: number }> }> = [];

async function measure(label: string, tremplin: Tremplin): Promise<string[]> {
  const asked = questions();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const cpuByQuestion = asked.map(() => [] as number[]);
  const scavenges = countScavenges();
  for (let round = 0; round <= ROUNDS; round++) {
    let n = 0;
    for (const [i, q] of asked.entries()) {
      // A conversation per ten questions: turns with and without context.
      const conversation = `bench-${round}-${Math.floor(n++ / 10)}`;
      const cpu = process.cpuUsage();
      const start = process.hrtime.bigint();
      await say(tremplin, conversation, q, 'fr-FR');
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const used = process.cpuUsage(cpu);
      if (round > 0) {
        times.push(ms);
        // CPU time of the process during the turn: on a shared machine, what the turn cost, without the waits for a core.
        cpuTimes.push((used.user + used.system) / 1000);
        cpuByQuestion[i]!.push((used.user + used.system) / 1000);
      }
      // Between two messages the event loop turns, as in a server between two requests: what a
      // turn leaves for after its reply (recording an unanswered question) runs here, not
      // inside the next turn's measure.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const gc = scavenges.stop();
  const byCost = asked.map((q, i) => ({ q, cpu: percentile(cpuByQuestion[i]!, 50) })).sort((a, b) => b.cpu - a.cpu);
  costliest.push({ label, questions: byCost.slice(0, 3) });
  const p99 = percentile(times, 99);
  const fmt = (v: number) => `${v.toFixed(2)} ms`;
  return [
    label,
    String(times.length),
    fmt(percentile(times, 50)),
    fmt(percentile(times, 95)),
    fmt(p99),
    fmt(Math.max(...times)),
    `${fmt(percentile(cpuTimes, 50))} / ${fmt(percentile(cpuTimes, 99))}`,
    (p99 / TARGET_P99_MS).toFixed(2),
    `${gc.count} × ${gc.count ? (gc.total / gc.count).toFixed(1) : '0'} ms`,
  ];
}

/**
 * Counts young-generation collections (scavenges) from now until `stop()`, from V8's own GC
 * events: how many, and their total pause. A turn that pays one waits for it; how often they
 * come is what the young generation's size (`--max-semi-space-size`) trades against memory.
 */
function countScavenges(): { stop(): { count: number; total: number } } {
  let count = 0;
  let total = 0;
  const add = (entries: PerformanceEntry[]) => {
    for (const entry of entries) {
      if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind !== constants.NODE_PERFORMANCE_GC_MINOR) continue;
      count += 1;
      total += entry.duration;
    }
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      add(observer.takeRecords());
      observer.disconnect();
      return { count, total };
    },
  };
}

export async function run(options: BenchOptions = {}): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tremplin-bench-'));
  const config = { ...loadConfig({ DATA_DIR: dataDir }), logLevel: 'silent' as const, ...(options.knowledgeDir ? { knowledgeDir: options.knowledgeDir } : {}) };
  const rows: string[][] = [];
  try {
    const shipped = await assemble(config, { watch: false, rememberUnderstandings: 0, lastGood: 'none' });
    const base = options.knowledgeDir ? path.basename(options.knowledgeDir) : 'shipped';
    rows.push(await measure(`${base} knowledge (${shipped.knowledge.snapshot().offers.length} offers)`, shipped));
    rows.push(measureExtension('— Teams message extension, same knowledge', shipped));
    await shipped.close();

    const shippedBase = await KnowledgeBase.open({ dir: config.knowledgeDir });
    const shippedEntries = [...shippedBase.snapshot().entries];
    await shippedBase.close();
    const generated: Entry[] = [...generateOrganisations().filter((o) => !shippedEntries.some((e) => e.kind === 'organisation' && e.id === o.id)), ...generateFaqs(500), ...generateOffers(30_000)];
    const large = await assemble(config, { watch: false, rememberUnderstandings: 0, knowledge: await staticKnowledge([...shippedEntries, ...generated], dataDir) });
    rows.push(await measure(`${base} + 30,000 generated offers + 500 FAQ`, large));
    rows.push(measureExtension('— Teams message extension, same knowledge', large));
    await large.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(table(['knowledge', 'turns', 'p50', 'p95', 'p99', 'max', 'CPU p50 / p99', `p99 / target (${TARGET_P99_MS} ms)`, 'scavenges'], rows));
  for (const { label, questions } of costliest) console.log(`\nCostliest questions, ${label} (CPU, median of the rounds): ${questions.map((x) => `“${x.q}” ${x.cpu.toFixed(2)} ms`).join(', ')}`);
  console.log(`\nEach question of tests/eval/questions.yaml asked ${ROUNDS} times after a warm-up round, through the real adapter (expectReplies) and bot, in-process; a conversation per ten questions; every message understood afresh (the recogniser's memory of repeated messages off).\nScavenges: young-generation collections during the measure, warm-up round included (count × mean pause): the turns that pay one wait for it; their count is what the young generation's size trades against memory, and does not depend on how busy the machine is.\n`);
}
