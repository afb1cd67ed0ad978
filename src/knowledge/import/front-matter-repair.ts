/**
 * Reads the front matter of a published page as leniently as the site generator did, and
 * repairs what people commonly get wrong, saying each time what was repaired:
 *
 * - blank lines before the opening `---`;
 * - a front matter never closed (it ends at the first blank line, or at an indented `---`);
 * - a front matter indented as a whole (every line starting with a space);
 * - tabs used for indentation;
 * - a key written twice (the last value wins, as in Jekyll);
 * - an unquoted value containing `: ` (quoted).
 *
 * TOML front matter (`+++`, Hugo) is read when flat (`key = value`, lists of scalars). A page
 * without front matter is not an error here: it has no fields, and the whole text is its body.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { importErrors } from '../../errors.js';

/** The fields and body of a page. */
export interface PageFrontMatter {
  /** The fields as written (strings, numbers, booleans, lists, maps); `{}` without front matter. */
  readonly data: Record<string, unknown>;
  /** The text after the front matter (the whole text without one). */
  readonly body: string;
  /** How the fields were written. */
  readonly syntax: 'yaml' | 'toml' | 'none';
  /** What was repaired, in French, one sentence each (with its line). */
  readonly repairs: readonly string[];
}

/** The front matter, or why it cannot be read (with the page's line). */
export type FrontMatterResult =
  | { readonly ok: true; readonly page: PageFrontMatter }
  | { readonly ok: false; readonly line: number; readonly reason: string };

const FENCE = /^---\s*$/;
const YAML_LINE = /^\s*(?:[\p{L}\w"'][^:\n]*:(?:\s|$)|-\s|-$|#)|^\s+\S/u;

/**
 * Splits `text` (LF line ends, no BOM) into front matter and body, repairing what can be.
 */
export function readFrontMatter(text: string): FrontMatterResult {
  const lines = text.split('\n');
  const repairs: string[] = [];
  let start = 0;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  const first = lines[start]?.trim();
  if (first === '+++') return readToml(lines, start);
  if (first !== '---') return { ok: true, page: { data: {}, body: text, syntax: 'none', repairs } };
  if (start > 0) repairs.push(importErrors.repairedLeadingBlank(start));

  let end = lines.findIndex((line, i) => i > start && (FENCE.test(line) || line === '...'));
  let yamlLines: string[];
  let bodyStart: number;
  if (end !== -1) {
    yamlLines = lines.slice(start + 1, end);
    bodyStart = end + 1;
  } else {
    end = lines.findIndex((line, i) => i > start && /^\s+---\s*$/.test(line));
    if (end !== -1) {
      repairs.push(importErrors.repairedIndentedFence(end + 1));
      yamlLines = lines.slice(start + 1, end);
      bodyStart = end + 1;
    } else {
      let stop = start + 1;
      while (stop < lines.length && lines[stop]!.trim() !== '' && YAML_LINE.test(lines[stop]!)) stop++;
      if (stop === start + 1) return { ok: false, line: start + 1, reason: importErrors.unclosedFrontMatter };
      repairs.push(importErrors.repairedUnclosed(stop));
      yamlLines = lines.slice(start + 1, stop);
      bodyStart = stop;
    }
  }
  const firstYamlLine = start + 2;

  const indent = commonIndent(yamlLines);
  if (indent > 0) {
    yamlLines = yamlLines.map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)));
    repairs.push(importErrors.repairedIndentation);
  }
  if (yamlLines.some((line) => /^ *\t/.test(line))) {
    yamlLines = yamlLines.map((line) => line.replace(/^[ \t]+/, (lead) => lead.replace(/\t/g, '  ')));
    repairs.push(importErrors.repairedTabs);
  }

  let parsed = parseYaml(yamlLines.join('\n'), firstYamlLine);
  if (!parsed.ok) {
    const quoted = quoteColonValues(yamlLines);
    if (quoted.changed.length > 0) {
      const retry = parseYaml(quoted.lines.join('\n'), firstYamlLine);
      if (retry.ok) {
        repairs.push(importErrors.repairedQuoted(quoted.changed.map((i) => i + firstYamlLine)));
        parsed = retry;
      }
    }
  }
  if (!parsed.ok) return parsed;
  repairs.push(...parsed.duplicates.map(({ key, line }) => importErrors.repairedDuplicateKey(key, line)));
  const body = lines.slice(bodyStart).join('\n');
  return { ok: true, page: { data: parsed.data, body, syntax: 'yaml', repairs } };
}

type YamlParse =
  | { ok: true; data: Record<string, unknown>; duplicates: { key: string; line: number }[] }
  | { ok: false; line: number; reason: string };

/** Parses YAML written from page line `firstLine` on; duplicated keys keep their last value. */
function parseYaml(source: string, firstLine: number): YamlParse {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const error = doc.errors[0];
  if (error) {
    return { ok: false, line: lineAt(error.pos[0]), reason: importErrors.yamlSyntax(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')) };
  }
  if (doc.contents === null) return { ok: true, data: {}, duplicates: [] };
  if (!isMap(doc.contents)) return { ok: false, line: firstLine, reason: importErrors.notAMapping };
  const seen = new Set<string>();
  const duplicates: { key: string; line: number }[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (seen.has(key)) {
      const range = (pair.key as { range?: [number, number, number] } | null)?.range;
      duplicates.push({ key, line: range ? lineAt(range[0]) : firstLine });
    }
    seen.add(key);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    return { ok: false, line: firstLine, reason: importErrors.yamlSyntax((err as Error).message) };
  }
  return { ok: true, data: data as Record<string, unknown>, duplicates };
}

/** Indentation shared by every non-blank line (0 when one line starts at the margin). */
function commonIndent(lines: readonly string[]): number {
  let indent = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    indent = Math.min(indent, line.length - line.trimStart().length);
  }
  return indent === Infinity ? 0 : indent;
}

/**
 * Top-level `key: value` lines whose plain value holds `: ` (which YAML reads as a nested
 * map) rewritten with the value quoted. Returns the rewritten lines and the indexes changed.
 */
function quoteColonValues(lines: readonly string[]): { lines: string[]; changed: number[] } {
  const changed: number[] = [];
  const out = lines.map((line, i) => {
    const m = /^([\p{L}\w-]+):[ \t]+(.+?)\s*$/u.exec(line);
    if (!m) return line;
    const value = m[2]!;
    if (/^["'[{|>&*!]/.test(value) || !/:\s|\s#/.test(value)) return line;
    changed.push(i);
    return `${m[1]}: ${JSON.stringify(value)}`;
  });
  return { lines: out, changed };
}

/** Flat TOML front matter between two `+++` lines: `key = "text"`, numbers, booleans, dates, lists. */
function readToml(lines: readonly string[], start: number): FrontMatterResult {
  const end = lines.findIndex((line, i) => i > start && line.trim() === '+++');
  if (end === -1) return { ok: false, line: start + 1, reason: importErrors.unclosedToml };
  const data: Record<string, unknown> = {};
  for (let i = start + 1; i < end; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([A-Za-z0-9_-]+|"[^"]+")\s*=\s*(.+)$/.exec(line);
    const value = m ? tomlValue(m[2]!.trim()) : undefined;
    if (!m || value === undefined) return { ok: false, line: i + 1, reason: importErrors.tomlUnsupported };
    data[m[1]!.replace(/^"|"$/g, '')] = value;
  }
  return { ok: true, page: { data, body: lines.slice(end + 1).join('\n'), syntax: 'toml', repairs: [] } };
}

/** One flat TOML value, or `undefined` when it is not one this reader knows. */
function tomlValue(raw: string): unknown {
  const text = raw.replace(/\s+#.*$/, '');
  if (/^"(?:[^"\\]|\\.)*"$/.test(text)) {
    try {
      return JSON.parse(text) as string;
    } catch {
      return undefined;
    }
  }
  if (/^'[^']*'$/.test(text)) return text.slice(1, -1);
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(text)) return text;
  if (text.startsWith('[') && text.endsWith(']')) {
    const inner = text.slice(1, -1).trim();
    if (inner === '') return [];
    const items = inner.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((item) => tomlValue(item.trim()));
    return items.some((item) => item === undefined || Array.isArray(item)) ? undefined : items;
  }
  return undefined;
}
