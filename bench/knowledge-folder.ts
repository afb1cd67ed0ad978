/**
 * A knowledge folder on disk for benchmarks that run the real server (`npm run load --
 * --offers 30000`, the memory section of `npm run bench`): the shipped knowledge plus generated
 * offers and FAQ entries (generate.ts), written as the markdown files HR would write, so that
 * the server loads, indexes and watches them as it does in production.
 */
import { cp, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { PROJECT_ROOT } from '../src/config.js';
import type { Entry } from '../src/knowledge/schemas.js';
import { generateFaqs, generateOffers, generateOrganisations } from './generate.js';

/** The front matter of an entry: every field but what the loader adds. */
function frontMatter(entry: Entry): Record<string, unknown> {
  const { kind: _kind, path: _path, body: _body, id: _id, ...fields } = entry as Entry & { open?: boolean };
  delete fields.open;
  return fields;
}

/** The markdown file of an entry. */
export function entryFile(entry: Entry): string {
  return `---\n${stringify(frontMatter(entry), { lineWidth: 0 })}---\n${entry.body}\n`;
}

/**
 * A new temporary folder holding the shipped knowledge plus `offers` generated offers and
 * `faqs` generated FAQ entries; returns its path (the caller removes it).
 */
export async function writeKnowledgeFolder(offers: number, faqs = 500): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tremplin-knowledge-'));
  await cp(path.join(PROJECT_ROOT, 'knowledge'), dir, { recursive: true });
  const shipped = new Set((await readdir(path.join(dir, 'organisations'))).map((f) => f.replace(/\.md$/, '')));
  const organisations = generateOrganisations().filter((o) => !shipped.has(o.id));
  const entries: Entry[] = [...organisations, ...generateOffers(offers), ...generateFaqs(faqs)];
  await Promise.all(['offers', 'faq'].map((folder) => mkdir(path.join(dir, folder), { recursive: true })));
  // In batches: 30,000 files opened at once would exceed the process's file descriptors.
  for (let i = 0; i < entries.length; i += 500) {
    await Promise.all(entries.slice(i, i + 500).map((e) => writeFile(path.join(dir, e.path.replace(/^faq\//, 'faq/generated-').replace(/^offers\//, 'offers/generated-')), entryFile(e))));
  }
  return dir;
}
