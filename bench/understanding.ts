/**
 * Bench section `understanding`: the time to read one message (language, intent, entities,
 * aspects) — `Recogniser.recognise` with nothing remembered — over every question of the
 * evaluation sets, on the shipped knowledge and with 30,000 generated offers. Prints the
 * median and tail per message, and the CPU time per message (steadier on a shared machine).
 * Target: median ≤ 0.2 ms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.js';
import type { Faq, Offer, Organisation } from '../src/knowledge/schemas.js';
import { Recogniser } from '../src/understanding/recogniser.js';
import { loadUtterances } from '../src/understanding/utterances.js';
import { generateFaqs, generateOffers, generateOrganisations } from './generate.js';
import { percentile, table } from './measure.js';

/** Target median per message. */
const TARGET_MEDIAN_MS = 0.2;
/** Each question read this many times after a warm-up round. */
const ROUNDS = 5;

/** Every question of every evaluation set, in order. */
function questions(): string[] {
  const dir = path.join(PROJECT_ROOT, 'tests/eval');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const items = parse(readFileSync(path.join(dir, f), 'utf8')) as Array<{ q?: string; conversation?: { q: string }[] }>;
      return items.flatMap((i) => (i.conversation ? i.conversation.map((t) => t.q) : [i.q!]));
    });
}

function measure(label: string, recogniser: Recogniser, texts: readonly string[]): string[] {
  for (const t of texts) recogniser.recognise(t);
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of texts) {
      const start = process.hrtime.bigint();
      recogniser.recognise(t);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuPerMessage = (cpu.user + cpu.system) / 1000 / times.length;
  const ms = (v: number) => `${v.toFixed(3)} ms`;
  return [label, String(times.length), ms(percentile(times, 50)), ms(percentile(times, 95)), ms(percentile(times, 99)), ms(cpuPerMessage)];
}

export async function run(): Promise<void> {
  const texts = questions();
  const knowledge = await KnowledgeBase.open({ dir: loadConfig({}).knowledgeDir });
  const shipped = knowledge.snapshot();
  await knowledge.close();
  const utterances = loadUtterances();
  const rows = [measure('shipped knowledge', new Recogniser(utterances, shipped, { remember: 0 }), texts)];
  const organisations: Organisation[] = [...shipped.organisations, ...generateOrganisations().filter((o) => !shipped.organisations.some((s) => s.id === o.id))];
  const offers: Offer[] = [...shipped.offers, ...generateOffers(30_000)];
  const faqs: Faq[] = [...shipped.faqs, ...generateFaqs(500)];
  rows.push(measure('shipped + 30,000 generated offers + 500 FAQ', new Recogniser(utterances, { organisations, offers, faqs }, { remember: 0 }), texts));
  console.log(table(['knowledge', 'messages', 'p50', 'p95', 'p99', 'CPU / message'], rows));
  console.log(`\nTarget: median ≤ ${TARGET_MEDIAN_MS} ms per message.`);
}
