/**
 * The last good version of every knowledge file, kept on disk (under `DATA_DIR`) so that a
 * broken edit is not lost at restart: while the server runs, a broken file keeps its previous
 * version served from memory; after a restart, that version comes from here, and the bot keeps
 * answering from the offer HR last saved correctly instead of silently dropping it.
 *
 * Layout: `<dir>/files/<relative path>` holds the bytes of the last valid version of each file,
 * `<dir>/manifest.json` their fingerprints and the day they were saved, and the knowledge
 * folder they belong to (a store is only used for that folder). Writes go through a temporary
 * file and a rename, so a crash never leaves half a file. A file removed from the knowledge
 * folder is removed here too: deleting an offer deletes it.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { knowledgeErrors } from '../errors.js';
import type { LoadedEntry } from './cross-check.js';
import { kindOfFile } from './files.js';
import { fingerprintOf, parseEntry } from './read-entry.js';

/** Folder of the store under the data folder. */
export const LAST_GOOD_FOLDER = 'knowledge-last-good';

/** Options of `LastGoodStore.open`. */
export interface LastGoodOptions {
  /** The clock saving dates. Default: the system clock. */
  now?: () => Date;
  /**
   * Read the store, never write it. Default false. For a second program reading what the server
   * keeps (`knowledge check`, `knowledge diff`): only the server writes.
   */
  readOnly?: boolean;
}

/** What the store remembers of one file. */
export interface LastGoodRecord {
  /** The fingerprint `readEntry` gives the saved bytes. */
  readonly fingerprint: string;
  /** When they were saved (ISO 8601). */
  readonly savedAt: string;
}

const manifestSchema = z.object({
  knowledgeDir: z.string(),
  files: z.record(z.string(), z.object({ fingerprint: z.string(), savedAt: z.string() })),
});

/** The last good versions of one knowledge folder's files. Open it with `LastGoodStore.open`. */
export class LastGoodStore {
  private writing: Promise<unknown> = Promise.resolve();
  private pending = 0;

  private constructor(
    private readonly dir: string,
    private readonly knowledgeDir: string,
    private readonly records: Map<string, LastGoodRecord>,
    private readonly options: LastGoodOptions,
  ) {}

  /**
   * Opens the store in `dir` for the knowledge folder `knowledgeDir`. A store written for another
   * folder, or unreadable, starts empty (it is rewritten as files are read).
   */
  static async open(dir: string, knowledgeDir: string, options: LastGoodOptions = {}): Promise<LastGoodStore> {
    const folder = path.resolve(knowledgeDir);
    let records = new Map<string, LastGoodRecord>();
    try {
      const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')));
      if (manifest.knowledgeDir === folder) records = new Map(Object.entries(manifest.files).filter(([relative]) => isStorable(relative)));
    } catch {
      // No store yet, or not ours: start empty.
    }
    return new LastGoodStore(dir, folder, records, options);
  }

  /** The files something is saved for. */
  paths(): string[] {
    return [...this.records.keys()];
  }

  /** What is saved for `relative`, if anything. */
  record(relative: string): LastGoodRecord | undefined {
    return this.records.get(relative);
  }

  /** The saved bytes of `relative`, or `undefined` when none are (or they cannot be read). */
  async read(relative: string): Promise<Buffer | undefined> {
    if (!this.records.has(relative) || !isStorable(relative)) return undefined;
    return readFile(path.join(this.dir, 'files', relative)).catch(() => undefined);
  }

  /**
   * Saves the version of `relative` read valid with `fingerprint`, copied from `source` (the
   * knowledge file) when its turn comes: the bytes are not held until then (a first start
   * saving 30,000 files would hold them all). Nothing is written when the same version is saved
   * already, nor when the file has changed meanwhile (its new version is read, and saved if
   * valid, on its own).
   */
  save(relative: string, source: string, fingerprint: string): Promise<void> {
    if (this.options.readOnly || !isStorable(relative) || this.records.get(relative)?.fingerprint === fingerprint) return Promise.resolve();
    const previous = this.records.get(relative);
    this.records.set(relative, { fingerprint, savedAt: (this.options.now ?? (() => new Date()))().toISOString() });
    return this.queue(async () => {
      const bytes = await readFile(source).catch(() => undefined);
      if (!bytes || fingerprintOf(bytes) !== fingerprint) {
        if (this.records.get(relative)?.fingerprint !== fingerprint) return;
        if (previous) this.records.set(relative, previous);
        else this.records.delete(relative);
        return;
      }
      const target = path.join(this.dir, 'files', relative);
      await mkdir(path.dirname(target), { recursive: true });
      await writeAtomically(target, bytes);
    });
  }

  /** Forgets `relative` (its file was removed from the knowledge folder). */
  remove(relative: string): Promise<void> {
    if (this.options.readOnly || !this.records.delete(relative)) return Promise.resolve();
    return this.queue(() => rm(path.join(this.dir, 'files', relative), { force: true }));
  }

  /** Waits for every write asked so far. */
  async flush(): Promise<void> {
    await this.writing;
  }

  /**
   * Runs `task` after the writes asked before, then writes the manifest once no other write is
   * waiting (a first start saving 600 files writes it once, not 600 times).
   */
  private queue(task: () => Promise<unknown>): Promise<void> {
    this.pending += 1;
    const run = this.writing.then(task).finally(() => (this.pending -= 1)).then(() => (this.pending === 0 ? this.writeManifest() : undefined));
    this.writing = run.catch(() => undefined);
    return run.then(
      () => undefined,
      (error: unknown) => {
        throw new Error(knowledgeErrors.lastGoodUnwritable(this.dir, (error as NodeJS.ErrnoException).code ?? String(error)));
      },
    );
  }

  private async writeManifest(): Promise<void> {
    const files = Object.fromEntries([...this.records].sort(([a], [b]) => (a < b ? -1 : 1)));
    await mkdir(this.dir, { recursive: true });
    await writeAtomically(path.join(this.dir, 'manifest.json'), `${JSON.stringify({ knowledgeDir: this.knowledgeDir, files }, null, 1)}\n`);
  }
}

/** Only knowledge files are stored, and never outside the store (no `..`, no absolute path). */
function isStorable(relative: string): boolean {
  return !path.isAbsolute(relative) && !relative.split(/[\\/]/).some((s) => s === '..' || s === '') && kindOfFile(relative) !== undefined;
}

async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

/** A last good version read back and checked: the entry to serve, and when it was saved. */
export interface RestoredVersion {
  readonly served: LoadedEntry;
  readonly savedAt: string;
}

/**
 * The last good version of `relative` from `store`, checked again (it must still be a valid
 * entry today), or `undefined` when there is none.
 * @param today `YYYY-MM-DD` on which offers' `open` is computed.
 */
export async function restoreLastGood(store: LastGoodStore, relative: string, today: string): Promise<RestoredVersion | undefined> {
  const record = store.record(relative);
  const kind = kindOfFile(relative);
  const bytes = await store.read(relative);
  if (!record || !kind || !bytes) return undefined;
  const { entry, lines } = parseEntry(relative, kind, bytes, today);
  return entry ? { served: { entry, lines }, savedAt: record.savedAt } : undefined;
}
