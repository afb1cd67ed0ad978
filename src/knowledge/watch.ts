/**
 * Follows edits in the knowledge folder (chokidar) and reports which paths changed, a batch at
 * a time: an editor's save is often several events (write, rename, chmod), and HR may save
 * several files at once, so events are gathered for a short quiet period before reporting.
 * Editors that save by writing a temporary file and renaming it over the original are covered:
 * the folder is watched, not the file handles.
 */
import path from 'node:path';
import { watch } from 'chokidar';
import { isIgnoredPath, toPosix } from './files.js';

/** Options of `watchKnowledge`. */
export interface WatchOptions {
  /**
   * Quiet time after the last event before reporting, in ms. Default 100: long enough to
   * gather one save's events, short enough that an edit shows within a second.
   */
  debounceMs?: number;
  /** Longest wait after the first event of a batch, in ms, even if events keep coming. Default 500. */
  maxWaitMs?: number;
  /** Called when the watcher fails (e.g. too many files for the system's watch limit). Default: ignored. */
  onError?: (error: unknown) => void;
}

/** A running watch. */
export interface KnowledgeWatcher {
  /** Stops watching; no report is made after it resolves. */
  close(): Promise<void>;
}

/**
 * Watches `dir` and calls `onChanges` with the paths (relative to `dir`, `/` separators) of
 * the files and folders added, changed or removed since the last call. Drafts, hidden files,
 * editor leftovers and files outside the three kind folders are not reported.
 * Resolves once the initial scan is done, so that no later edit is missed.
 */
export async function watchKnowledge(
  dir: string,
  onChanges: (paths: string[]) => void,
  options: WatchOptions = {},
): Promise<KnowledgeWatcher> {
  const debounceMs = options.debounceMs ?? 100;
  const maxWaitMs = options.maxWaitMs ?? 500;
  const pending = new Set<string>();
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

  const watcher = watch(dir, {
    ignoreInitial: true,
    ignored: (absolute, stats) => isIgnoredPath(path.relative(dir, absolute), stats ? stats.isDirectory() : undefined),
  });
  watcher.on('all', (_event, absolute) => {
    const relative = toPosix(path.relative(dir, absolute));
    if (relative === '' || isIgnoredPath(relative)) return;
    pending.add(relative);
    firstEventAt ??= Date.now();
    clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(debounceMs, firstEventAt + maxWaitMs - Date.now())));
  });
  watcher.on('error', (error) => options.onError?.(error));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
