/**
 * `npm run bench [-- section…] [--knowledge DIR]`: runs the benchmark sections (all by default)
 * one after the other and prints their tables. A section is a module exporting `run(options)`;
 * add yours to SECTIONS. `--knowledge DIR` measures on top of another knowledge folder (an
 * imported catalogue) instead of the shipped one. The load average is printed with each
 * section: on a shared machine, wall-clock times grow with it.
 */
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

/** What every section is given. */
export interface BenchOptions {
  /** The knowledge folder measured (with the generated entries on top). Default: the configured one. */
  knowledgeDir?: string;
}

const SECTIONS: Record<string, () => Promise<{ run: (options: BenchOptions) => Promise<void> }>> = {
  search: () => import('./search.js'),
  turns: () => import('./turns.js'),
  understanding: () => import('./understanding.js'),
  memory: () => import('./memory.js'),
};

const { values, positionals: wanted } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { knowledge: { type: 'string' } } });
const options: BenchOptions = values.knowledge ? { knowledgeDir: path.resolve(values.knowledge) } : {};
const unknown = wanted.filter((name) => !(name in SECTIONS));
if (unknown.length) {
  console.error(`bench: unknown section(s) ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`);
  process.exit(2);
}
const machine = `node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`;
for (const name of wanted.length ? wanted : Object.keys(SECTIONS)) {
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`\n## ${name} (${machine}; load average before: ${load})\n`);
  const section = await SECTIONS[name]!();
  await section.run(options);
}
