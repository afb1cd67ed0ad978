/**
 * Real temporary knowledge folders for tests: written, edited and removed like HR would.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Creates a folder under the system's temp folder holding `files` (relative path → content). */
export async function makeKnowledgeDir(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tremplin-knowledge-'));
  for (const [relative, content] of Object.entries(files)) await writeKnowledgeFile(dir, relative, content);
  return dir;
}

/** Writes one file, creating its folders. */
export async function writeKnowledgeFile(dir: string, relative: string, content: string | Uint8Array): Promise<void> {
  const target = path.join(dir, relative);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content);
}

/** Removes a folder made by `makeKnowledgeDir`. */
export async function removeKnowledgeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A valid organisation file. */
export const organisationFile = (name: string) => `---\nname: ${name}\n---\nUne organisation.\n`;

/** A valid offer file, with a title and extra front-matter lines. */
export const offerFile = (title: string, extra = '') =>
  `---\ntitle: ${title}\norganisation: dinum\nstatus: open\nlocations: Paris\ncategory: A\ncontract: CDD\n${extra}---\nUne offre.\n`;
