/**
 * A clock reading as ISO 8601 text (`2026-12-07T12:46:41.366Z`) that gives back the same string
 * while the time is the same millisecond: the thousands of files a start reads within one
 * millisecond then share one string for when each was read or saved, not one each (30,000
 * files held ~1.2 MB of copies per use).
 */
export function isoClock(now: () => Date = () => new Date()): () => string {
  let lastMs = NaN;
  let lastText = '';
  return () => {
    const time = now();
    if (time.getTime() !== lastMs) {
      lastMs = time.getTime();
      lastText = time.toISOString();
    }
    return lastText;
  };
}
