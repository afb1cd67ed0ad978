/**
 * Follows edits in the knowledge folder and reports which paths changed, a batch at a time: an
 * editor's save is often several events (write, rename, chmod), and HR may save several files
 * at once, so events are gathered for a short quiet period before reporting. Editors that save
 * by writing a temporary file and renaming it over the original are covered: the folders are
 * watched, not the file handles.
 *
 * One system watch per folder (`fs.watch` on a folder reports the files created, changed,
 * renamed or removed in it), never one per file: a watcher per file (chokidar's way) cost about
 * 3 KB of memory per file — 90 MB with 30,000 offers — and one of the system's limited inotify
 * watches each. A folder created later is watched as soon as it appears.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isIgnoredPath } from './files.js';

/** Options of `watchKnowledge`. */
export interface WatchOptions {
  /**
   * Quiet time after the last event before reporting, in ms. Default 100: long enough to
   * gather one save's events, short enough that an edit shows within a second.
   */
  debounceMs?: number;
  /** Longest wait after the first event of a batch, in ms, even if events keep coming. Default 500. */
  maxWaitMs?: number;
  /** Called when a folder cannot be watched (e.g. the system's watch limit is reached). Default: ignored. */
  onError?: (error: unknown) => void;
}

/** A running watch. */
export interface KnowledgeWatcher {
  /** Stops watching; no report is made after it resolves. */
  close(): Promise<void>;
}

/** Errors that only mean the folder is gone (removed between an event and its watch). */
const GONE = new Set(['ENOENT', 'ENOTDIR']);

/** `folder/name` with `/` separators; `folder` is `''` for the knowledge folder itself. */
const join = (folder: string, name: string) => (folder ? `${folder}/${name}` : name);

/**
 * Watches `dir` and calls `onChanges` with the paths (relative to `dir`, `/` separators) of
 * the files and folders added, changed or removed since the last call. Drafts, hidden files,
 * editor leftovers and files outside the three kind folders are not reported.
 * Resolves once every folder is watched, so that no later edit is missed.
 */
export async function watchKnowledge(
  dir: string,
  onChanges: (paths: string[]) => void,
  options: WatchOptions = {},
): Promise<KnowledgeWatcher> {
  const debounceMs = options.debounceMs ?? 100;
  const maxWaitMs = options.maxWaitMs ?? 500;
  const pending = new Set<string>();
  /** Watched folders, relative to `dir` (`''` is `dir` itself). */
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let firstEventAt: number | undefined;
  let closed = false;

  const flush = () => {
    timer = undefined;
    firstEventAt = undefined;
    const paths = [...pending];
    pending.clear();
    if (!closed && paths.length > 0) onChanges(paths);
  };

  const report = (relative: string) => {
    if (closed) return;
    pending.add(relative);
    firstEventAt ??= Date.now();
    clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(debounceMs, firstEventAt + maxWaitMs - Date.now())));
  };

  const forget = (relative: string) => {
    for (const [folder, watcher] of watchers) {
      if (folder === relative || folder.startsWith(`${relative}/`)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
  };

  /** Watches `relative` and the folders below it that may hold entries. */
  const watchFolder = async (relative: string): Promise<void> => {
    if (closed || watchers.has(relative)) return;
    const absolute = path.join(dir, relative);
    try {
      const watcher = watch(absolute, (_event, name) => onEvent(relative, name === null ? null : String(name)));
      watcher.on('error', (error) => {
        forget(relative);
        if (!GONE.has((error as NodeJS.ErrnoException).code ?? '')) options.onError?.(error);
      });
      watchers.set(relative, watcher);
    } catch (error) {
      if (!GONE.has((error as NodeJS.ErrnoException).code ?? '')) options.onError?.(error);
      return;
    }
    const items = await readdir(absolute, { withFileTypes: true }).catch(() => []);
    const folders = items.filter((item) => item.isDirectory()).map((item) => join(relative, item.name));
    await Promise.all(folders.filter((folder) => !isIgnoredPath(folder, true)).map(watchFolder));
  };

  const onEvent = (folder: string, name: string | null) => {
    // Without a name (some systems), the folder as a whole is read again.
    const relative = name === null ? folder : join(folder, name);
    if (relative === '' || isIgnoredPath(relative)) return;
    report(relative);
    // A folder that appeared is watched from now on (and read again once it is: files saved
    // in it before its watch started are not missed); one that went away is forgotten.
    void stat(path.join(dir, relative)).then(
      async (info) => {
        if (!info.isDirectory() || watchers.has(relative) || isIgnoredPath(relative, true)) return;
        await watchFolder(relative);
        report(relative);
      },
      () => forget(relative),
    );
  };

  await watchFolder('');
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
