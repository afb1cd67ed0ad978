/**
 * Imports small pages written by a test into a fresh folder, and reads the offers it wrote.
 * The folders are removed after each test.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach } from 'vitest';
import { parse } from 'yaml';
import { importPages } from '../../../src/knowledge/import/index.js';
import { makeKnowledgeDir, removeKnowledgeDir } from '../temp-knowledge.js';

const now = () => new Date('2026-06-15T10:00:00Z');
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => removeKnowledgeDir(d)));
});

/**
 * Imports `pages` (path in the folder → text) for beta-gouv.
 * @param sourceUrl the checked `--source-url` template, if any.
 * @returns the report, a reader of an offer's front matter by id, the pages' folder and the output folder.
 */
export async function importOf(pages: Record<string, string>, sourceUrl?: string) {
  const source = await makeKnowledgeDir(pages);
  const out = await makeKnowledgeDir();
  dirs.push(source, out);
  const report = await importPages({ sources: [source], out, now, organisation: 'beta-gouv', ...(sourceUrl ? { sourceUrl } : {}) });
  const offer = async (id: string) => {
    const text = await readFile(path.join(out, 'offers', `${id}.md`), 'utf8');
    return parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
  };
  return { report, offer, source, out };
}

/** A beta.gouv.fr job page (closed, 2022) with `body`. */
export const jobPage = (body: string, title = 'Développeuse ou développeur') => `---\nroles: ${title}\nopen: false\ndate: 2022-05-02\nstartup: exemple\n---\n${body}\n`;
