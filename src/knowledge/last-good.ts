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
import { isoClock } from './iso-clock.js';
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

/** How many files are saved at the same time: a first start saves every file of the folder. */
const SAVING_AT_ONCE = 8;

/** The last good versions of one knowledge folder's files. Open it with `LastGoodStore.open`. */
export class LastGoodStore {
  /** Versions asked to be saved and not written yet: their fingerprints. */
  private readonly wanted = new Map<string, string>();
  /** The last write asked for each file: writes of one file run in the order asked. */
  private readonly lastWriteOf = new Map<string, Promise<unknown>>();
  /** Every write not finished, and the manifest write that follows them. */
  private readonly unfinished = new Set<Promise<unknown>>();
  private running = 0;
  private writes = 0;
  private readonly waitingTurn: (() => void)[] = [];
  private manifestWriting: Promise<unknown> = Promise.resolve();
  private stopped = false;
  /** When a version is saved (one string per millisecond, see iso-clock.ts). */
  private readonly isoNow: () => string;

  private constructor(
    private readonly dir: string,
    private readonly knowledgeDir: string,
    /** What is on disk: the manifest lists these and nothing else. */
    private readonly records: Map<string, LastGoodRecord>,
    private readonly options: LastGoodOptions,
  ) {
    this.isoNow = isoClock(options.now);
  }

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

  /** The files something is saved, or being saved, for. */
  paths(): string[] {
    return [...new Set([...this.records.keys(), ...this.wanted.keys()])];
  }

  /** What is saved on disk for `relative`, if anything. */
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
   * valid, on its own). The store lists the file once its bytes are written, not before.
   */
  save(relative: string, source: string, fingerprint: string): Promise<void> {
    if (this.options.readOnly || this.stopped || !isStorable(relative)) return Promise.resolve();
    if ((this.wanted.get(relative) ?? this.records.get(relative)?.fingerprint) === fingerprint) return Promise.resolve();
    const savedAt = this.isoNow();
    this.wanted.set(relative, fingerprint);
    return this.queue(relative, async () => {
      if (this.wanted.get(relative) !== fingerprint) return;
      const bytes = await readFile(source).catch(() => undefined);
      if (bytes && fingerprintOf(bytes) === fingerprint) {
        const target = path.join(this.dir, 'files', relative);
        await mkdir(path.dirname(target), { recursive: true });
        await writeAtomically(target, bytes);
        this.records.set(relative, { fingerprint, savedAt });
      }
      if (this.wanted.get(relative) === fingerprint) this.wanted.delete(relative);
    });
  }

  /** Forgets `relative` (its file was removed from the knowledge folder). */
  remove(relative: string): Promise<void> {
    if (this.options.readOnly || this.stopped) return Promise.resolve();
    const asked = this.wanted.delete(relative);
    if (!this.records.has(relative) && !asked) return Promise.resolve();
    return this.queue(relative, async () => {
      await rm(path.join(this.dir, 'files', relative), { force: true });
      this.records.delete(relative);
    });
  }

  /** Waits for every write asked so far, and for the manifest that lists them. */
  async flush(): Promise<void> {
    while (this.unfinished.size > 0) await Promise.all(this.unfinished);
  }

  /**
   * Stops saving, between two files: the writes under way finish, the ones not started are
   * dropped, and the manifest lists what is written. For a server stopping while a first start
   * still saves thousands of files: the next start saves what was dropped (a file the manifest
   * does not list, or lists with another fingerprint, is saved again).
   */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.flush();
  }

  /**
   * Runs `task` after the writes of `relative` asked before, at most `SAVING_AT_ONCE` files at a
   * time; writes the manifest once no write is left (a first start saving 600 files writes it
   * once, not 600 times). Once the store is stopped, tasks not started are dropped.
   */
  private queue(relative: string, task: () => Promise<void>): Promise<void> {
    const run = (this.lastWriteOf.get(relative) ?? Promise.resolve()).then(async () => {
      await this.turn();
      try {
        if (!this.stopped) await task();
        else this.wanted.delete(relative);
      } finally {
        this.running -= 1;
        this.waitingTurn.shift()?.();
      }
    });
    const settled = run.catch(() => undefined);
    this.lastWriteOf.set(relative, settled);
    this.track(
      settled.then(() => {
        if (this.lastWriteOf.get(relative) === settled) this.lastWriteOf.delete(relative);
      }),
      true,
    );
    return run.then(
      () => undefined,
      (error: unknown) => {
        throw new Error(knowledgeErrors.lastGoodUnwritable(this.dir, (error as NodeJS.ErrnoException).code ?? String(error)));
      },
    );
  }

  /** Waits until fewer than `SAVING_AT_ONCE` writes run, and counts this one in. */
  private async turn(): Promise<void> {
    if (this.running >= SAVING_AT_ONCE) await new Promise<void>((resolve) => this.waitingTurn.push(resolve));
    this.running += 1;
  }

  /** Counts `work` as unfinished until it settles; the last write to finish writes the manifest. */
  private track(work: Promise<unknown>, isWrite: boolean): void {
    if (isWrite) this.writes += 1;
    const tracked: Promise<unknown> = work.finally(() => {
      this.unfinished.delete(tracked);
      if (isWrite && --this.writes === 0) this.track(this.writeManifest(), false);
    });
    this.unfinished.add(tracked);
  }

  /** Writes the manifest of what is on disk, one manifest write at a time. */
  private writeManifest(): Promise<unknown> {
    this.manifestWriting = this.manifestWriting.then(async () => {
      const files = Object.fromEntries([...this.records].sort(([a], [b]) => (a < b ? -1 : 1)));
      await mkdir(this.dir, { recursive: true });
      await writeAtomically(path.join(this.dir, 'manifest.json'), `${JSON.stringify({ knowledgeDir: this.knowledgeDir, files }, null, 1)}\n`);
    }).catch(() => undefined);
    return this.manifestWriting;
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
