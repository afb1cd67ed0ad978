/**
 * The line of a YAML document where a value stands, for errors that name the file and the line
 * (the lexicons of messages and of pages, read with the `yaml` library and validated with zod).
 */
import { isMap, isSeq, type LineCounter, type Node, type parseDocument } from 'yaml';

/**
 * The 1-based line of the value at `at` (a zod issue's path), or of its nearest parent that is
 * in the document; 1 when none is.
 */
export function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, at: readonly PropertyKey[]): number {
  for (let n = at.length; n >= 0; n--) {
    const node = doc.getIn(at.slice(0, n) as (string | number)[], true) as Node | undefined;
    const range = node && (isMap(node) || isSeq(node) || 'range' in node) ? node.range : undefined;
    if (range) return counter.linePos(range[0]).line;
  }
  return 1;
}
