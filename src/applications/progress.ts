/**
 * Progress of a long import, on standard error so standard output keeps only the summary: a
 * live bar (cli-progress) in a terminal, a plain line every tenth otherwise (logs of a cron job
 * or CI stay readable). Small imports show nothing: they end before anyone would look.
 */
import cliProgress from 'cli-progress';

/** Where progress goes: a stream that may be a terminal. */
export type ProgressStream = NodeJS.WritableStream & { isTTY?: boolean };

/** Receives how many of `total` rows are done; `stop` ends the display. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** Rows from which progress is shown. Default 2 000: about a second of import. */
export const PROGRESS_THRESHOLD = 2000;

const number = new Intl.NumberFormat('fr-FR');

/**
 * A progress display for `total` rows on `stream`, or a silent one below `threshold`.
 * @param unit what is counted, plural, in the messages. Default `lignes`; the knowledge import counts `fichiers`.
 */
export function createProgress(stream: ProgressStream, total: number, threshold = PROGRESS_THRESHOLD, unit = 'lignes'): Progress {
  if (total < threshold) return { update: () => undefined, stop: () => undefined };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `Import [{bar}] {percentage} % | {value}/{total} ${unit} | reste {eta_formatted}`,
        hideCursor: true,
        clearOnComplete: true,
        fps: 10,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { update: (done) => bar.update(done), stop: () => bar.stop() };
  }
  let nextTenth = 1;
  return {
    update(done) {
      if (done * 10 < nextTenth * total) return;
      nextTenth = Math.floor((done * 10) / total) + 1;
      stream.write(`Import : ${number.format(done)} / ${number.format(total)} ${unit} (${Math.floor((done * 100) / total)} %)\n`);
    },
    stop: () => undefined,
  };
}
