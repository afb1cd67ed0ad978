/**
 * Writes an imported entry as a knowledge file — YAML front matter then the markdown body —
 * always the same bytes for the same entry (fixed field order, every text double-quoted), and
 * fingerprints it: `source.hash` is the SHA-256 of the file with that value left empty, so a
 * later import can tell whether anyone edited the file since (`importedFileState`).
 */
import { createHash } from 'node:crypto';

/** A front-matter value the renderer writes. `undefined` fields are left out. */
export type YamlValue = string | number | boolean | null | undefined | Bare | readonly YamlValue[] | { readonly [key: string]: YamlValue };

/** A value written without quotes: enums, ids and dates never need them. */
export class Bare {
  constructor(readonly text: string) {}
}

const isPlainObject = (value: unknown): value is Record<string, YamlValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Bare);

/** A scalar: JSON's double-quoted strings are valid YAML. */
function scalar(value: unknown): string {
  if (value instanceof Bare) return value.text;
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** The YAML lines of `data` at `indent` spaces. */
function lines(data: Record<string, YamlValue>, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.every((v) => !isPlainObject(v))) out.push(`${pad}${key}: [${value.map(scalar).join(', ')}]`);
      else {
        out.push(`${pad}${key}:`);
        for (const item of value) {
          const inner = lines(item as Record<string, YamlValue>, indent + 4);
          out.push(`${pad}  - ${inner[0]!.trimStart()}`, ...inner.slice(1));
        }
      }
    } else if (isPlainObject(value)) {
      out.push(`${pad}${key}:`, ...lines(value, indent + 2));
    } else {
      out.push(`${pad}${key}: ${scalar(value)}`);
    }
  }
  return out;
}

/** Length of the fingerprint, in hex digits. */
export const HASH_LENGTH = 16;
/** The fingerprint's line, always quoted (an all-digit hash would otherwise read as a number). */
const HASH_LINE = /^( {2}hash: ")([0-9a-f]*)"$/m;

function sha(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_LENGTH);
}

/**
 * The file for `frontMatter` and `body`. `frontMatter.source.hash` must be `''`: it is
 * filled with the fingerprint.
 */
export function renderEntry(frontMatter: Record<string, YamlValue>, body: string): string {
  const draft = `---\n${lines(frontMatter, 0).join('\n')}\n---\n${body.trim() === '' ? '' : `${body.trim()}\n`}`;
  const unsigned = draft.replace(HASH_LINE, '$1"');
  return unsigned.replace(HASH_LINE, `$1${sha(unsigned)}"`);
}

/** What an existing file is, compared with what the import would write. */
export type ImportedFileState =
  /** Written by the import and not edited since. */
  | { readonly kind: 'imported'; readonly sourceFile?: string }
  /** Written by the import, edited since (the fingerprint no longer matches). */
  | { readonly kind: 'edited'; readonly sourceFile?: string }
  /** No fingerprint: HR's own file (or one HR made its own by removing `source`). */
  | { readonly kind: 'not-imported' };

/** Tells whether `text` (an existing knowledge file) is as the import wrote it. */
export function importedFileState(text: string): ImportedFileState {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const end = normalised.indexOf('\n---', 3);
  const frontMatter = end === -1 ? normalised : normalised.slice(0, end + 1);
  const hash = HASH_LINE.exec(frontMatter);
  if (!hash || !/^source:$/m.test(frontMatter)) return { kind: 'not-imported' };
  const sourceFile = /^ {2}file: (".*")$/m.exec(frontMatter)?.[1];
  let file: string | undefined;
  try {
    file = sourceFile ? (JSON.parse(sourceFile) as string) : undefined;
  } catch {
    file = undefined;
  }
  const unsigned = `${normalised.slice(0, hash.index)}${hash[1]}"${normalised.slice(hash.index + hash[0].length)}`;
  return { kind: sha(unsigned) === hash[2] ? 'imported' : 'edited', ...(file !== undefined ? { sourceFile: file } : {}) };
}
