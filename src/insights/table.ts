/**
 * Plain-text tables for the command line's reports: columns padded to their widest cell,
 * long cells cut with "…", numbers aligned right.
 */

/** One column: its heading, its widest width, and whether it holds numbers. */
export interface Column {
  heading: string;
  /** Cells longer than this are cut with "…". Default: no limit. */
  max?: number;
  /** Align right (numbers). Default false. */
  numeric?: boolean;
}

/** `text` cut to `max` characters, ending with "…" when cut. */
export function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The table as lines of text, heading first, then a rule, then one line per row. */
export function table(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const cells = rows.map((row) => columns.map((c, i) => (c.max ? cut(row[i] ?? '', c.max) : (row[i] ?? ''))));
  const widths = columns.map((c, i) => Math.max([...c.heading].length, ...cells.map((r) => [...r[i]!].length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (columns[i]!.numeric ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.heading)), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)];
}
