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

/** A write waiting for its turn, as plain fields (a first start queues thousands): a version to save, or a file to forget (no `source`). */
interface Job {
  readonly relative: string;
  readonly source?: string;
  readonly fingerprint?: string;
  readonly savedAt?: string;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/** The last good versions of one knowledge folder's files. Open it with `LastGoodStore.open`. */
export class LastGoodStore {
  /** Versions asked to be saved and not written yet: their fingerprints. */
  private readonly wanted = new Map<string, string>();
  /**
   * Writes not started, in the order asked, from `next` on. A plain record each: a first start
   * queues every file of the folder (at 30,000 offers a chain of promises and closures per file
   * held 56 MB of heap until saved, these records 34 MB).
   */
  private jobs: Job[] = [];
  private next = 0;
  /** Files a write runs for: a file's writes run one after the other, in the order asked. */
  private readonly writing = new Set<string>();
  /** Whether a write finished since the manifest was last written. */
  private written = false;
  /** Who waits for the last write and the manifest that follows (see `flush`). */
  private waitingIdle: (() => void)[] = [];
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
    return this.queue({ relative, source, fingerprint, savedAt });
  }

  /** Copies `source` into the store when it still is the version wanted, read with the same fingerprint. */
  private async copy(relative: string, source: string, fingerprint: string, savedAt: string): Promise<void> {
    if (this.wanted.get(relative) !== fingerprint) return;
    const bytes = await readFile(source).catch(() => undefined);
    if (bytes && fingerprintOf(bytes) === fingerprint) {
      const target = path.join(this.dir, 'files', relative);
      await mkdir(path.dirname(target), { recursive: true });
      await writeAtomically(target, bytes);
      this.records.set(relative, { fingerprint, savedAt });
    }
    if (this.wanted.get(relative) === fingerprint) this.wanted.delete(relative);
  }

  /** Forgets `relative` (its file was removed from the knowledge folder). */
  remove(relative: string): Promise<void> {
    if (this.options.readOnly || this.stopped) return Promise.resolve();
    const asked = this.wanted.delete(relative);
    if (!this.records.has(relative) && !asked) return Promise.resolve();
    return this.queue({ relative });
  }

  /** Waits for every write asked so far, and for the manifest that lists them. */
  async flush(): Promise<void> {
    while (this.writing.size > 0 || this.next < this.jobs.length) await new Promise<void>((resolve) => this.waitingIdle.push(resolve));
    await this.manifestWriting;
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
   * Queues a write, run after the writes of its file asked before, at most `SAVING_AT_ONCE` files at a
   * time; writes the manifest once no write is left (a first start saving 600 files writes it
   * once, not 600 times). Once the store is stopped, tasks not started are dropped.
   */
  private queue(job: Omit<Job, 'resolve' | 'reject'>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.jobs.push({ ...job, resolve, reject });
      this.startWrites();
    });
  }

  /** Starts the writes waiting whose file no write runs for, up to `SAVING_AT_ONCE`; once none is left, the manifest. */
  private startWrites(): void {
    for (let i = this.next; i < this.jobs.length && this.writing.size < SAVING_AT_ONCE; i++) {
      const job = this.jobs[i]!;
      if (this.writing.has(job.relative)) continue;
      // Taken out of the queue: the first waiting one moves up, or it is cut out (its file's earlier write runs).
      if (i === this.next) this.next += 1;
      else this.jobs.splice(i--, 1);
      void this.write(job);
    }
    if (this.next > 1024 && this.next * 2 > this.jobs.length) {
      this.jobs = this.jobs.slice(this.next);
      this.next = 0;
    }
    if (this.writing.size > 0 || this.next < this.jobs.length) return;
    if (this.written) {
      this.written = false;
      this.writeManifest();
    }
    const waiting = this.waitingIdle;
    this.waitingIdle = [];
    for (const resolve of waiting) resolve();
  }

  /** Runs one write (or drops it, once stopped), tells who asked, and starts the next ones. */
  private async write(job: Job): Promise<void> {
    this.writing.add(job.relative);
    let failure: unknown;
    try {
      if (this.stopped) this.wanted.delete(job.relative);
      else if (job.source !== undefined) await this.copy(job.relative, job.source, job.fingerprint!, job.savedAt!);
      else {
        await rm(path.join(this.dir, 'files', job.relative), { force: true });
        this.records.delete(job.relative);
      }
    } catch (error) {
      failure = error ?? new Error('unknown');
    } finally {
      this.writing.delete(job.relative);
      this.written = true;
    }
    if (failure === undefined) job.resolve();
    else job.reject(new Error(knowledgeErrors.lastGoodUnwritable(this.dir, (failure as NodeJS.ErrnoException).code ?? String(failure))));
    this.startWrites();
  }

  /** Writes the manifest of what is on disk, one manifest write at a time. */
  private writeManifest(): void {
    this.manifestWriting = this.manifestWriting.then(async () => {
      const files = Object.fromEntries([...this.records].sort(([a], [b]) => (a < b ? -1 : 1)));
      await mkdir(this.dir, { recursive: true });
      await writeAtomically(path.join(this.dir, 'manifest.json'), `${JSON.stringify({ knowledgeDir: this.knowledgeDir, files }, null, 1)}\n`);
    }).catch(() => undefined);
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
