/** Three rows of the distance matrix, reused by every call (search is synchronous). */
const ROWS = [new Uint8Array(256), new Uint8Array(256), new Uint8Array(256)] as const;

/**
 * Optimal string alignment distance (Levenshtein plus the transposition of two neighbouring
 * letters, the commonest typo: "teletravial"), stopping early once it exceeds `max`.
 * Returns `max + 1` when the distance is larger than `max`. Cost O(|a|·|b|) on short words;
 * words longer than 254 letters are reported as too far.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  if (a.length > 254 || n > 254) return max + 1;
  let [before, previous, current] = ROWS;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[n]!, max + 1);
}
