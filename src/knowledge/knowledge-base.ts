/**
 * The knowledge a running bot serves, kept up to date while HR edits the files.
 *
 * Per file, the last good version is kept: when an edit breaks a file, the previous version of
 * THAT file keeps being served and its problems are logged once (not at every reload) until the
 * file changes again. With a `LastGoodStore` (under DATA_DIR), that version also survives a
 * restart: a file found broken at start is served as it was last saved valid, and
 * `snapshot.kept` says so. A removed file disappears; an added file appears. Offers passing their
 * closing date while the server runs become closed (checked when a snapshot is asked for, and
 * once a minute so that change listeners hear of it).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { knowledgeErrors } from '../errors.js';
import { referenceLines, type LoadedEntry } from './cross-check.js';
import { kindOfFile, listKnowledgeFiles } from './files.js';
import { assertFolder } from './load.js';
import { calendarDate } from './open-status.js';
import { formatProblem, type KnowledgeProblem } from './problems.js';
import { restoreLastGood, type LastGoodStore, type RestoredVersion } from './last-good.js';
import { readEntries, type ReadEntryResult } from './read-entry.js';
import { buildSnapshot, type KnowledgeSnapshot } from './snapshot.js';
import type { Entry } from './schemas.js';
import { BodyFile } from './body-file.js';
import { isoClock } from './iso-clock.js';
import { watchKnowledge, type KnowledgeWatcher } from './watch.js';

export type { KnowledgeSnapshot } from './snapshot.js';

/** The few logger methods the knowledge base uses; a pino logger fits. */
export interface KnowledgeLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** Options of `KnowledgeBase.close`. */
export interface CloseOptions {
  /** Finish saving the last good versions asked for, or stop between two files. Default 'finish'. */
  saving?: 'finish' | 'stop';
}

/** Options of `KnowledgeBase.open`. */
export interface KnowledgeBaseOptions {
  /** The knowledge folder (holding `offers/`, `faq/`, `organisations/`). */
  dir: string;
  /**
   * Follow edits to the files (live reload). Default false: the knowledge is read once (call
   * `reload()` to read it again). A watch costs one system watch per folder.
   */
  watch?: boolean;
  /** Where problems and reloads are logged. Default: nowhere. */
  logger?: KnowledgeLogger;
  /** The clock deciding which offers have passed their closing date. Default: the system clock. */
  now?: () => Date;
  /** Time zone of the files' dates. Default `Europe/Paris`. */
  timeZone?: string;
  /** Quiet time gathering a save's file events before reloading, in ms. Default 100. */
  debounceMs?: number;
  /**
   * Where the last good version of each file is kept across restarts. Default: nowhere (a file
   * broken at start is not served until fixed).
   */
  lastGood?: LastGoodStore;
  /**
   * A folder where offers' bodies are kept in a file (see body-file.ts) instead of in memory.
   * Default: in memory. In a file, 30,000 offers take ~55 MB less memory; reading a body costs a
   * read from the system's file cache (~18 µs on a busy machine).
   */
  bodiesDir?: string;
}

/** What is known of one file: its last version read, its problems, its last good entry. */
interface FileState {
  fingerprint: string;
  problems: readonly KnowledgeProblem[];
  served?: LoadedEntry;
  /** When the version served was read valid (ISO). */
  validAt?: string;
  /** While the file is broken: when the version served was saved (ISO), and where it comes from. */
  kept?: { since: string; from: 'memory' | 'disk' };
}

/** The problems of every valid file (one array for all). */
const NO_PROBLEMS: readonly KnowledgeProblem[] = Object.freeze([]);

const silentLogger: KnowledgeLogger = { info() {}, warn() {}, error() {} };

/** How often offers' closing dates are re-checked for change listeners, in ms. */
const DATE_CHECK_MS = 60_000;

/** The served knowledge, with live reload. Create it with `KnowledgeBase.open`. */
export class KnowledgeBase {
  private readonly files = new Map<string, FileState>();
  private readonly listeners = new Set<(snapshot: KnowledgeSnapshot) => void>();
  private readonly logger: KnowledgeLogger;
  private readonly now: () => Date;
  private readonly isoNow: () => string;
  private current: KnowledgeSnapshot | undefined;
  private loggedCrossProblems = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private watcher: KnowledgeWatcher | undefined;
  private dateTimer: NodeJS.Timeout | undefined;
  private readonly bodies: BodyFile | undefined;

  private constructor(private readonly options: KnowledgeBaseOptions) {
    this.logger = options.logger ?? silentLogger;
    this.now = options.now ?? (() => new Date());
    this.isoNow = isoClock(this.now);
    this.bodies = options.bodiesDir === undefined ? undefined : this.openBodyFile(options.bodiesDir);
  }

  /** The body file in `dir`, or none (bodies stay in memory) when it cannot be written. */
  private openBodyFile(dir: string): BodyFile | undefined {
    try {
      return BodyFile.open(dir);
    } catch (error) {
      this.logger.warn({ err: error }, (error as Error).message);
      return undefined;
    }
  }

  /**
   * Reads the knowledge folder and, with `watch: true`, follows its edits. Resolves once the
   * first snapshot is ready (and the watcher too, so no edit made after it is missed).
   * @throws TremplinError `knowledge_dir_not_found` when `dir` is not a folder.
   */
  static async open(options: KnowledgeBaseOptions): Promise<KnowledgeBase> {
    await assertFolder(options.dir);
    const base = new KnowledgeBase(options);
    if (options.watch) {
      base.watcher = await watchKnowledge(options.dir, (paths) => void base.enqueue(() => base.refresh(paths)), {
        debounceMs: options.debounceMs,
        onError: (error) => base.logger.error({ err: error }, knowledgeErrors.logWatchFailed),
      });
    }
    await base.enqueue(() => base.rescan());
    base.dateTimer = setInterval(() => base.snapshot(), DATE_CHECK_MS);
    base.dateTimer.unref();
    const snapshot = base.snapshot();
    base.logger.info({ version: snapshot.version, entries: snapshot.entries.length, problems: snapshot.problems.length }, 'knowledge: loaded');
    return base;
  }

  /**
   * The knowledge as served now: frozen, safe to keep for the whole of an answer. Cheap: the
   * same object until something changes (an offer passing its closing date counts).
   */
  snapshot(): KnowledgeSnapshot {
    if (!this.current || calendarDate(this.now(), this.options.timeZone) !== this.current.today) this.publish();
    return this.current!;
  }

  /**
   * Calls `listener` with each new snapshot (after an edit is loaded, or a day passes).
   * A listener that throws is logged and does not stop the others.
   * @returns a function that unsubscribes.
   */
  onChange(listener: (snapshot: KnowledgeSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Reads the whole folder again (unchanged files are kept as they are) and returns the snapshot. */
  async reload(): Promise<KnowledgeSnapshot> {
    await this.enqueue(() => this.rescan());
    return this.snapshot();
  }

  /**
   * Stops watching and checking dates, and finishes saving last good versions, or, with
   * `saving: 'stop'` (a server asked to stop), stops saving them between two files (the next
   * start saves the rest). The last snapshot stays readable.
   */
  async close(options: CloseOptions = {}): Promise<void> {
    clearInterval(this.dateTimer);
    await this.watcher?.close();
    this.watcher = undefined;
    if (options.saving === 'stop') await this.options.lastGood?.stop();
    await this.queue;
    await this.options.lastGood?.flush();
  }

  /** Runs reloads one after another, so two batches of edits never interleave. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch((error) => this.logger.error({ err: error }, knowledgeErrors.logRefreshFailed));
    return run;
  }

  private today(): string {
    return calendarDate(this.now(), this.options.timeZone);
  }

  /** Reads every file, forgets the files that are gone. */
  private async rescan(): Promise<void> {
    const listed = await listKnowledgeFiles(this.options.dir);
    const results = await readEntries(this.options.dir, listed, this.today());
    const present = new Set(listed);
    const gone = [...this.files.keys()].filter((relative) => !present.has(relative));
    // Files removed while the server was down are forgotten by the store too.
    for (const relative of this.options.lastGood?.paths() ?? []) if (!present.has(relative)) this.keep(this.options.lastGood!.remove(relative));
    this.applyChanges(results, gone, !this.current, await this.restore(results));
  }

  /** The last good versions on disk of the files read broken that have none in memory. */
  private async restore(results: ReadonlyMap<string, ReadEntryResult>): Promise<Map<string, RestoredVersion>> {
    const restored = new Map<string, RestoredVersion>();
    const store = this.options.lastGood;
    if (!store) return restored;
    for (const [relative, result] of results) {
      if (result.entry || result.gone || this.files.get(relative)?.served) continue;
      const version = await restoreLastGood(store, relative, this.today());
      if (version) restored.set(relative, version);
    }
    return restored;
  }

  /** Re-reads only the given paths (files, or folders added or removed as a whole). */
  private async refresh(paths: readonly string[]): Promise<void> {
    const toRead = new Set<string>();
    const gone: string[] = [];
    for (const relative of paths) {
      const info = await stat(path.join(this.options.dir, relative)).catch(() => undefined);
      if (!info) {
        gone.push(...this.knownUnder(relative));
      } else if (info.isDirectory()) {
        const listed = await listKnowledgeFiles(this.options.dir, relative);
        listed.forEach((file) => toRead.add(file));
        gone.push(...this.knownUnder(relative).filter((file) => !listed.includes(file)));
      } else if (kindOfFile(relative) !== undefined) {
        toRead.add(relative);
      }
    }
    const results = await readEntries(this.options.dir, [...toRead], this.today());
    this.applyChanges(results, gone, false, await this.restore(results));
  }

  /** Known files at `relative` or below it. */
  private knownUnder(relative: string): string[] {
    return [...this.files.keys()].filter((file) => file === relative || file.startsWith(`${relative}/`));
  }

  /** Records what was read (synchronously, so a snapshot never sees half a batch), then publishes. */
  private applyChanges(results: ReadonlyMap<string, ReadEntryResult>, gone: readonly string[], force: boolean, restored: ReadonlyMap<string, RestoredVersion>): void {
    const changed: string[] = [];
    const forget = (relative: string) => {
      if (!this.files.delete(relative)) return;
      changed.push(relative);
      this.keep(this.options.lastGood?.remove(relative));
    };
    for (const relative of gone) forget(relative);
    for (const [relative, result] of results) {
      if (result.gone) {
        forget(relative);
      } else if (this.files.get(relative)?.fingerprint !== result.fingerprint) {
        this.record(relative, result, restored.get(relative));
        changed.push(relative);
      }
    }
    if (changed.length > 0 || force) {
      this.publish();
      if (!force) this.logger.info({ version: this.current!.version, files: changed.sort() }, 'knowledge: reloaded');
    }
  }

  /** Reports a failed write of the store (the version stays served from memory). */
  private keep(write: Promise<void> | undefined): void {
    write?.catch((error: unknown) => this.logger.error({ err: error }, (error as Error).message));
  }

  /** Keeps a new version of one file, logging its problems (once: only new versions get here). */
  private record(relative: string, result: ReadEntryResult, restored?: RestoredVersion): void {
    const previous = this.files.get(relative);
    let served: LoadedEntry | undefined;
    let kept: FileState['kept'];
    let validAt = previous?.validAt;
    if (result.entry) {
      served = { entry: this.kept(result.entry), lines: referenceLines(result.lines) };
      validAt = this.isoNow();
      this.keep(this.options.lastGood?.save(relative, path.join(this.options.dir, relative), result.fingerprint));
    } else if (previous?.served) {
      served = previous.served;
      kept = previous.kept ?? { since: this.options.lastGood?.record(relative)?.savedAt ?? validAt ?? this.isoNow(), from: 'memory' };
    } else if (restored) {
      served = { entry: this.kept(restored.served.entry), lines: referenceLines(restored.served.lines) };
      validAt = restored.savedAt;
      kept = { since: restored.savedAt, from: 'disk' };
      this.logger.warn({ path: relative, savedAt: restored.savedAt }, knowledgeErrors.logServingLastGood(relative, restored.savedAt));
    }
    this.files.set(relative, { fingerprint: result.fingerprint, problems: result.problems.length > 0 ? result.problems : NO_PROBLEMS, served, ...(validAt ? { validAt } : {}), ...(kept ? { kept } : {}) });
    for (const problem of result.problems) {
      this.logger.error({ path: problem.path, line: problem.line, field: problem.field }, knowledgeErrors.logProblem(formatProblem(problem), served !== undefined));
    }
    if (result.problems.length === 0 && previous && previous.problems.length > 0) {
      this.logger.info({ path: relative }, knowledgeErrors.logFixed(relative));
    }
  }

  /** The entry as it is served: its body in the body file, when there is one. */
  private kept<T extends Entry>(entry: T): T {
    return this.bodies ? this.bodies.keep(entry) : entry;
  }

  /** Builds and publishes a new snapshot from the files' states, then tells the listeners. */
  private publish(): void {
    const sorted = [...this.files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const states = sorted.map(([, state]) => state);
    const { snapshot, crossProblems } = buildSnapshot({
      version: (this.current?.version ?? 0) + 1,
      served: states.flatMap((state) => (state.served ? [state.served] : [])),
      fileProblems: states.flatMap((state) => state.problems),
      kept: sorted.flatMap(([path, state]) => (state.kept && state.problems.length > 0 ? [{ path, since: state.kept.since, from: state.kept.from }] : [])),
      today: this.today(),
      loadedAt: this.now(),
    });
    this.current = snapshot;
    const nowLogged = new Set(crossProblems.map(formatProblem));
    for (const problem of crossProblems) {
      const text = formatProblem(problem);
      if (!this.loggedCrossProblems.has(text)) {
        this.logger.warn({ path: problem.path, line: problem.line, field: problem.field }, knowledgeErrors.logProblem(text, false));
      }
    }
    this.loggedCrossProblems = nowLogged;
    for (const listener of this.listeners) {
      try {
        listener(snapshot);
      } catch (error) {
        this.logger.error({ err: error }, knowledgeErrors.logListenerFailed);
      }
    }
  }
}
