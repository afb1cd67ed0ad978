/**
 * `npm run bench [-- section…]`: runs the benchmark sections (all by default) one after
 * the other and prints their tables. A section is a module exporting `run()`; add yours to
 * SECTIONS. The load average is printed with each section: on a shared machine, wall-clock
 * times grow with it.
 */
import { cpus, loadavg } from 'node:os';

const SECTIONS: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  search: () => import('./search.js'),
  turns: () => import('./turns.js'),
  understanding: () => import('./understanding.js'),
};

const wanted = process.argv.slice(2);
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
  await section.run();
}
