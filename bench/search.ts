/**
 * Benchmark section "search": index build time, memory and query latency of the knowledge
 * search at 300, 3,000 and 30,000 offers (+ 500 FAQ entries and the organisations), then the
 * best score of a few answerable and unanswerable questions at the largest size, to check
 * NO_ANSWER_THRESHOLD holds on a large knowledge base too.
 * Targets: p99 ≤ 5 ms per search and build ≤ 2 s at 30,000 offers.
 */
import { loadKnowledge } from '../src/knowledge/load.js';
import type { Entry } from '../src/knowledge/schemas.js';
import type { BenchOptions } from './run.js';
import { NO_ANSWER_THRESHOLD, SearchIndex } from '../src/knowledge/search/index.js';
import { generateFaqs, generateOffers, generateOrganisations } from './generate.js';
import { collectGarbage, liveMemory, percentile, table, time } from './measure.js';
import { BENCH_QUERIES, WARMUP_QUERIES } from './queries.js';

const SIZES = [300, 3000, 30000];
const TARGET_P99_MS = 5;
const TARGET_BUILD_MS = 2000;
/** Builds per size; the median is reported (the machine may be shared). */
const BUILDS = 3;
/** Searches of each query after its first one. */
const REPEATS = 4;

const CALIBRATION: ReadonlyArray<readonly [query: string, answerable: boolean]> = [
  ['data scientist', true],
  ['dta scientst', true],
  ['développeuse front', true],
  ['comment se passe l’entretien au PEReN', true],
  ['how does the interview work at PEReN', true],
  ['c koi le salaire', true],
  ['recette de la tarte aux pommes', false],
  ['quel temps fait-il à Lyon', false],
  ['météo à Paris demain', false],
  ['prix du pain à Rennes', false],
  ['capitale de la France', false],
  ['what is the weather in Paris', false],
];

const ms = (v: number) => `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms`;
const label = (e: Entry) => (e.kind === 'offer' ? e.title : e.kind === 'faq' ? e.question : e.kind === 'term' ? e.term : e.name);

interface Measured {
  index: SearchIndex;
  /** Wall-clock time. */
  ms: number;
  /** CPU time of this process (all threads): what the build costs when others share the machine. */
  cpu: number;
}

/** One build and its time, after a full garbage collection. */
function measureBuild(entries: readonly Entry[]): Measured {
  collectGarbage();
  const cpu = process.cpuUsage();
  const { ms, value: index } = time(() => SearchIndex.build(entries));
  const used = process.cpuUsage(cpu);
  return { index, ms, cpu: (used.user + used.system) / 1000 };
}

/** Latency of BENCH_QUERIES on `index` after a warm-up, and the calibration table if asked. */
function measureQueries(index: SearchIndex, withCalibration: boolean) {
  for (let r = 0; r < 3; r++) for (const q of WARMUP_QUERIES) index.search(q, r === 1 ? { lang: 'en', filters: { locations: ['Paris'] } } : {});
  const first: number[] = [];
  const repeat: number[] = [];
  let hits = 0;
  for (const q of BENCH_QUERIES) {
    const t = time(() => index.search(q));
    first.push(t.ms);
    hits += t.value.some((h) => h.score >= NO_ANSWER_THRESHOLD) ? 1 : 0;
  }
  for (let r = 0; r < REPEATS; r++) for (const q of BENCH_QUERIES) repeat.push(time(() => index.search(q, { lang: r % 2 ? 'fr' : 'en' })).ms);
  return { first, repeat, hits, entryCount: index.size, calibration: withCalibration ? calibrate(index) : undefined };
}

/**
 * Memory an index of `entries` holds: live memory with it minus live memory before it. Built
 * in a frame of its own and called before any other build of the same size, so that no stale
 * reference to another index is on the stack.
 */
async function retainedMemory(entries: readonly Entry[]): Promise<number> {
  const before = await liveMemory();
  const index = SearchIndex.build(entries);
  const after = await liveMemory();
  return index.size > 0 ? after - before : 0;
}

/** Runs the section and prints its tables; with `knowledgeDir`, its entries (an imported catalogue) are in every size. */
export async function run(options: BenchOptions = {}): Promise<void> {
  const catalogue = options.knowledgeDir ? (await loadKnowledge(options.knowledgeDir)).entries : [];
  const known = new Set(catalogue.map((e) => `${e.kind}:${e.id}`));
  const common: Entry[] = [...catalogue, ...[...generateOrganisations(), ...generateFaqs(500)].filter((e) => !known.has(`${e.kind}:${e.id}`))];
  if (options.knowledgeDir) console.log(`With the knowledge of ${options.knowledgeDir}: ${catalogue.length} entries (${catalogue.filter((e) => e.kind === 'offer').length} offers) in every size.\n`);
  const rows: string[][] = [];
  let calibration = '';
  for (const size of SIZES) {
    const result = await measureSize(size, common);
    rows.push(result.row);
    calibration = result.calibration ?? calibration;
  }
  console.log(
    table(
      ['offers', 'entries', 'build, median of 3', 'index memory', 'p50', 'p95', 'p99', 'p99 first time', 'max', `answered (≥ ${NO_ANSWER_THRESHOLD})`, 'vs target (p99 / build)'],
      rows,
    ),
  );
  console.log(
    `\n${BENCH_QUERIES.length} queries (FR/EN, typos, no accents, chat spelling), each searched once ("first time": typo and prefix expansions not yet cached) then ${REPEATS} more times; p50/p95/p99/max over all ${BENCH_QUERIES.length * (REPEATS + 1)} searches.` +
      `\nTargets at ${SIZES.at(-1)!.toLocaleString('en')} offers: p99 ≤ ${TARGET_P99_MS} ms, build ≤ ${TARGET_BUILD_MS / 1000} s; "vs target" below 1 means met. Build: wall-clock (CPU time of the process in brackets). Memory: JS heap + typed arrays held by the index.\n`,
  );
  console.log(calibration);
}

/** Everything measured at one size: a row of the table, and the calibration table at the largest size. */
async function measureSize(size: number, common: readonly Entry[]): Promise<{ row: string[]; calibration?: string }> {
  const entries: Entry[] = [...common, ...generateOffers(size)];
  const memory = await retainedMemory(entries);
  const builds: number[] = [];
  const cpus: number[] = [];
  let measured: Measured | undefined;
  for (let b = 0; b < BUILDS; b++) {
    measured = undefined;
    measured = measureBuild(entries);
    builds.push(measured.ms);
    cpus.push(measured.cpu);
  }
  const largest = size === SIZES.at(-1);
  const { first, repeat, hits, entryCount, calibration } = measureQueries(measured!.index, largest);
  const all = [...first, ...repeat];
  const p99 = percentile(all, 99);
  const build = percentile(builds, 50);
  const row = [
    size.toLocaleString('en'),
    entryCount.toLocaleString('en'),
    `${ms(build)} (CPU ${ms(percentile(cpus, 50))})`,
    `${(memory / 1048576).toFixed(1)} MB`,
    ms(percentile(all, 50)),
    ms(percentile(all, 95)),
    ms(p99),
    ms(percentile(first, 99)),
    ms(Math.max(...all)),
    `${hits}/${BENCH_QUERIES.length}`,
    largest ? `${(p99 / TARGET_P99_MS).toFixed(2)} / ${(build / TARGET_BUILD_MS).toFixed(2)}` : '',
  ];
  return { row, calibration };
}

/** The best hit of each CALIBRATION question, as a table. */
function calibrate(index: SearchIndex): string {
  const rows = CALIBRATION.map(([query, answerable]) => {
    const best = index.search(query, { minScore: 0, limit: 1 })[0];
    const ok = (best?.score ?? 0) >= NO_ANSWER_THRESHOLD === answerable;
    return [query, answerable ? 'yes' : 'no', best ? best.score.toFixed(2) : '—', best ? label(best.entry).slice(0, 60) : '', ok ? 'ok' : 'WRONG'];
  });
  return table(['question (30,000 offers)', 'answerable', 'best score', 'best entry', `vs threshold ${NO_ANSWER_THRESHOLD}`], rows);
}
