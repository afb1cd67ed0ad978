/**
 * The words pages are written with, as data: `dialogs/lexicon/pages/fr.yaml` and `en.yaml`,
 * read by the import (what a remote-work line says, the counts in words…). Like the lexicon of
 * messages (src/understanding/lexicon.ts), each file fills named word classes (./page-word-classes.ts),
 * validated at load with the file and the line of a mistake; both languages are merged, since
 * pages mix them ("Télétravail : full remote"). A plain data module: the import reads it
 * without the understanding, the bot or any server.
 *
 * A phrase is written as pages write it (accents, capitals: it is folded at load, as the import
 * folds pages, see `fold`), with one mark: `word*`, any word starting so (`télétravaill*`).
 * Ordered classes list one position per line, its variants separated by `|`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { importErrors, TremplinError } from '../../errors.js';
import { PROJECT_ROOT } from '../../project-root.js';
import { LANGS } from '../../text/lang.js';
import { lineOf } from '../../text/yaml-line.js';
import { PAGE_CLASSES, type PageClassDoc, type PageClassName } from './page-word-classes.js';
import { fold } from './text.js';

/** The folder shipped with Tremplin. */
export const DEFAULT_PAGE_WORDS_DIR = path.join(PROJECT_ROOT, 'dialogs/lexicon/pages');

const classNames = Object.keys(PAGE_CLASSES) as [PageClassName, ...PageClassName[]];
const fileSchema = z
  .object({
    lang: z.enum(LANGS),
    classes: z.partialRecord(z.enum(classNames), z.array(z.string().min(1))),
  })
  .strict();

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const escape = (s: string) => s.replace(ESCAPE, '\\$&');

/** One phrase as a regular expression on folded text: `word*` is any word starting so. */
function phraseSource(phrase: string): string {
  return fold(phrase)
    .trim()
    .split(/\s+/)
    .map((token) => (token.length > 1 && token.endsWith('*') ? `${escape(token.slice(0, -1))}\\w*` : escape(token)))
    .join(' ');
}

/** The words of pages, compiled. Build with `loadPageWords`. */
export class PageWords {
  private readonly sources = new Map<PageClassName, string>();

  /** @param classes each class's phrases as written, both languages merged. */
  constructor(private readonly classes: ReadonlyMap<PageClassName, readonly string[]>) {}

  /**
   * The regular-expression alternatives of a class, on folded text, longest first, without
   * word boundaries (the grammar that embeds them places its own).
   */
  source(name: PageClassName): string {
    let out = this.sources.get(name);
    if (out === undefined) {
      const alternatives = [...new Set(this.variants(name).map(phraseSource))];
      out = alternatives.length ? alternatives.sort((a, b) => b.length - a.length).join('|') : '(?!)';
      this.sources.set(name, out);
    }
    return out;
  }

  /** The class's phrases, folded (every variant of every position). */
  words(name: PageClassName): readonly string[] {
    return this.variants(name).map((p) => fold(p).trim());
  }

  /** The positions of an ordered class, each with its variants, folded. */
  positions(name: PageClassName): readonly (readonly string[])[] {
    return (this.classes.get(name) ?? []).map((p) => p.split('|').map((v) => fold(v).trim()).filter(Boolean));
  }

  private variants(name: PageClassName): string[] {
    return (this.classes.get(name) ?? []).flatMap((p) => p.split('|').map((v) => v.trim())).filter(Boolean);
  }
}

const invalid = (where: string, problem: string) => new TremplinError('page_words_invalid', importErrors.wordsInvalid(where, problem));

/** Reads one language's file: its classes, or a TremplinError naming the file and the line. */
function readFile(file: string): Partial<Record<PageClassName, string[]>> {
  const counter = new LineCounter();
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter: counter });
  if (doc.errors.length) throw invalid(`${file}:${doc.errors[0]!.linePos?.[0]?.line ?? 1}`, doc.errors[0]!.message);
  const parsed = fileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.code === 'invalid_key' || issue.code === 'unrecognized_keys' ? [...issue.path, ...('keys' in issue ? issue.keys : [])] : issue.path;
    const message = issue.code === 'unrecognized_keys' && issue.path.join('.') === 'classes' ? 'not a known word class (see src/knowledge/import/page-word-classes.ts)' : issue.message;
    throw invalid(`${file}:${lineOf(doc, counter, at)}`, `${at.join('.')}: ${message}`);
  }
  for (const [name, value] of Object.entries(parsed.data.classes) as [PageClassName, string[]][]) {
    const expected = (PAGE_CLASSES[name] as PageClassDoc).positions;
    if (expected !== undefined && value.length !== expected) {
      throw invalid(`${file}:${lineOf(doc, counter, ['classes', name])}`, `${name}: expected ${expected} positions, found ${value.length}`);
    }
  }
  return parsed.data.classes;
}

/**
 * Reads every `*.yaml` file of the folder (one per language), French first. Throws a
 * `TremplinError` naming the file and the line when one is invalid.
 * @param dir defaults to the shipped `dialogs/lexicon/pages`.
 */
export function loadPageWords(dir: string = DEFAULT_PAGE_WORDS_DIR): PageWords {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort((a, b) => Number(b === 'fr.yaml') - Number(a === 'fr.yaml') || a.localeCompare(b));
  const merged = new Map<PageClassName, string[]>();
  for (const file of files) {
    for (const [name, phrases] of Object.entries(readFile(path.join(dir, file))) as [PageClassName, string[]][]) {
      const into = merged.get(name) ?? [];
      // An ordered class: the languages' variants meet at each position.
      if ((PAGE_CLASSES[name] as PageClassDoc).positions !== undefined) phrases.forEach((p, i) => (into[i] = into[i] ? `${into[i]} | ${p}` : p));
      else into.push(...phrases);
      merged.set(name, into);
    }
  }
  return new PageWords(merged);
}

let shipped: PageWords | undefined;

/** The shipped page words, loaded once. */
export function pageWords(): PageWords {
  shipped ??= loadPageWords();
  return shipped;
}
