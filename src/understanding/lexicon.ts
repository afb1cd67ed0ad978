/**
 * What Tremplin knows about words, as data: `dialogs/lexicon/fr.yaml` and `en.yaml`, one per
 * language, next to the example utterances. Each file gives word classes — lists of words and
 * phrases the understanding reads messages with (the aspects asked, fillers, entity words, the
 * triggers of a closing date…). The classes are named and documented in ./lexicon-classes.ts;
 * a file naming an unknown class, or a class referring to one, is refused at load with its
 * file and line, like the knowledge.
 *
 * A phrase is written as people write it (accents, capitals, apostrophes: it is normalised at
 * load), with four marks:
 * - `word*`: any word starting so (`renouvel*`: renouvelable, renouvellement);
 * - `{class}`: any phrase of another class (`quels {job_nouns}`);
 * - `#`: one digit (`bac #`);
 * - `^word`: the word opens the message (`^is`: "Is the forum free?", not "What is the date?").
 * A class may also be written `{ phrases: [...], not_after: [...], not_before: [...] }`: a phrase
 * right after one of `not_after` does not count ("jeune diplômé" is a junior profile, not a
 * diploma), nor one right before one of `not_before` ("quand même" is no date).
 * Ordered classes (months, ordinals) list one position per line, its variants separated by `|`.
 *
 * Both files are merged: a message is read with the words of both languages, since candidates
 * mix them ("remote à la DINUM ?"). Compiled once per load into sets and regular expressions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { TremplinError, understandingErrors } from '../errors.js';
import { LANGS, type Lang } from '../text/lang.js';
import { normalise, stem } from '../text/normalise.js';
import { lineOf } from '../text/yaml-line.js';
import { CLASSES, ORDERED_CLASSES, type ClassName } from './lexicon-classes.js';

/** The folder shipped with Tremplin. */
export const DEFAULT_LEXICON_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dialogs/lexicon');

const phrase = z.string().min(1);
const classValue = z.union([
  z.array(phrase),
  z.object({ phrases: z.array(phrase).min(1), not_after: z.array(phrase).default([]), not_before: z.array(phrase).default([]) }).strict(),
]);
const classNames = Object.keys(CLASSES) as [ClassName, ...ClassName[]];
const fileSchema = z
  .object({
    lang: z.enum(LANGS),
    classes: z.partialRecord(z.enum(classNames), classValue),
  })
  .strict();

/** One class as the files give it, both languages merged. */
interface RawClass {
  phrases: string[];
  notAfter: string[];
  notBefore: string[];
}

/** Where a class was written, for errors about it. */
type Places = Map<string, string>;

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const escape = (s: string) => s.replace(ESCAPE, '\\$&');
const ACCENTS: Record<string, string> = { a: 'aàâä', c: 'cç', e: 'eéèêë', i: 'iîï', o: 'oôö', u: 'uùûü', y: 'yÿ' };

/** A raw-text pattern for a word written with or without its accents ("ministère", "ministere"). */
function rawPattern(word: string): string {
  const base = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return [...base]
    .map((ch) => {
      const lower = ch.toLowerCase();
      if (ACCENTS[lower]) return `[${ch === lower ? ACCENTS[lower] : ACCENTS[lower].toUpperCase()}]`;
      if (ch === "'") return "['’]";
      return escape(ch);
    })
    .join('');
}

/** The words the understanding reads messages with, compiled. Build with `loadLexicon`. */
export class Lexicon {
  private readonly sources = new Map<ClassName, string>();
  private readonly patterns = new Map<ClassName, RegExp>();
  private readonly sets = new Map<ClassName, ReadonlySet<string>>();
  private readonly stemSets = new Map<ClassName, ReadonlySet<string>>();
  private readonly ordered = new Map<ClassName, string[][]>();

  /** @param classes each class's phrases, both languages merged; `where` names the file of each, for errors. */
  constructor(
    private readonly classes: ReadonlyMap<ClassName, RawClass>,
    private readonly where: Places = new Map(),
  ) {
    for (const name of classNames) {
      if (ORDERED_CLASSES.has(name)) this.ordered.set(name, (classes.get(name)?.phrases ?? []).map((p) => p.split('|').map((v) => normalise(v.trim())).filter(Boolean)));
      this.sets.set(name, new Set((classes.get(name)?.phrases ?? []).flatMap((p) => p.split('|').map((v) => normalise(v.trim())))));
    }
    for (const name of classNames) {
      const raw = classes.get(name);
      const notAfter = raw?.notAfter.length ? `(?<!\\b(?:${raw.notAfter.map((p) => this.phraseSource(p, name, [name])).join('|')}) )` : '';
      const source = this.source(name);
      const notBefore = raw?.notBefore.length ? `(?! (?:${raw.notBefore.map((p) => this.phraseSource(p, name, [name])).join('|')})\\b)` : '';
      const pattern = new RegExp(source ? `${notAfter}\\b(?:${source})\\b${notBefore}` : '(?!)');
      // V8 compiles a regular expression on its first use: compile it now, not on a user's first message.
      pattern.test('a b');
      this.patterns.set(name, pattern);
    }
  }

  /** The regular-expression alternatives of a class, on normalised text (for a grammar that embeds them). */
  source(name: ClassName, seen: readonly ClassName[] = []): string {
    let out = this.sources.get(name);
    if (out === undefined) {
      const phrases = (this.classes.get(name)?.phrases ?? []).flatMap((p) => p.split('|').map((v) => v.trim()));
      const alternatives = [...new Set(phrases.map((p) => this.phraseSource(p, name, [...seen, name])).filter(Boolean))];
      // Longest first: "combien de postes" before "combien", so that a match is the whole phrase.
      out = alternatives.sort((a, b) => b.length - a.length).join('|');
      this.sources.set(name, out);
    }
    return out;
  }

  private phraseSource(phrase: string, owner: ClassName, seen: readonly ClassName[]): string {
    return phrase
      .split(/\s+/)
      .filter(Boolean)
      .map((token) => {
        const ref = /^\{([a-z0-9_]+)\}$/.exec(token);
        if (ref) {
          const name = ref[1] as ClassName;
          if (!Object.hasOwn(CLASSES, name)) throw this.error(owner, `{${ref[1]}} is not a known word class`);
          if (seen.includes(name)) throw this.error(owner, `{${name}} refers back to itself`);
          return `(?:${this.source(name, seen)})`;
        }
        if (token === '#') return '\\d';
        if (token.startsWith('^') && token.length > 1) return `^${this.phraseSource(token.slice(1), owner, seen)}`;
        if (token.endsWith('*')) return `${escape(normalise(token.slice(0, -1)))}\\w*`;
        return escape(normalise(token));
      })
      .filter(Boolean)
      .join(' ');
  }

  private error(name: ClassName, problem: string): TremplinError {
    return new TremplinError('lexicon_invalid', understandingErrors.lexiconInvalid(this.where.get(name) ?? 'lexicon', `${name}: ${problem}`));
  }

  /** Whether normalised text holds a phrase of the class. */
  test(name: ClassName, normalised: string): boolean {
    return this.patterns.get(name)!.test(normalised);
  }

  /** The first phrase of the class found in normalised text, as found. */
  find(name: ClassName, normalised: string): string | undefined {
    return this.patterns.get(name)!.exec(normalised)?.[0];
  }

  /** Every phrase of the class found in normalised text, as found, in order. */
  findAll(name: ClassName, normalised: string): string[] {
    const pattern = this.patterns.get(name)!;
    return [...normalised.matchAll(new RegExp(pattern.source, 'g'))].map((m) => m[0]);
  }

  /** The class's phrases, normalised (for classes of single words, read token by token). */
  words(name: ClassName): ReadonlySet<string> {
    return this.sets.get(name)!;
  }

  /** The class's words with their French and English stems (to compare with stemmed text). */
  stems(name: ClassName): ReadonlySet<string> {
    let out = this.stemSets.get(name);
    if (!out) {
      out = new Set([...this.words(name)].flatMap((w) => [w, stem(w, 'fr'), stem(w, 'en')]));
      this.stemSets.set(name, out);
    }
    return out;
  }

  /** The class's phrases as written (accents and capitals kept), for display ("Saint-Étienne"). */
  phrases(name: ClassName): readonly string[] {
    return (this.classes.get(name)?.phrases ?? []).flatMap((p) => p.split('|').map((v) => v.trim())).filter(Boolean);
  }

  /** The groups of a class whose phrases list variants separated by `|` ("data | donnée | données"), normalised. */
  groups(name: ClassName): readonly (readonly string[])[] {
    return (this.classes.get(name)?.phrases ?? []).map((p) => p.split('|').map((v) => normalise(v.trim())).filter(Boolean));
  }

  /** The positions of an ordered class (months, ordinals), each with its variants, normalised. */
  positions(name: ClassName): readonly (readonly string[])[] {
    return this.ordered.get(name) ?? [];
  }

  /**
   * The alternatives of a class on raw text, as typed: each word with or without its accents,
   * any apostrophe (for grammars that need the user's capitals, such as an employer's name).
   */
  raw(name: ClassName): string {
    return [...new Set((this.classes.get(name)?.phrases ?? []).map((p) => p.trim().split(/\s+/).map(rawPattern).join('\\s+')))]
      .sort((a, b) => b.length - a.length)
      .join('|');
  }
}

/** Reads one language's file: its classes, or a TremplinError naming the file and the line. */
function readFile(file: string): { lang: Lang; classes: Partial<Record<ClassName, z.infer<typeof classValue>>> } {
  const counter = new LineCounter();
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter: counter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new TremplinError('lexicon_invalid', understandingErrors.lexiconInvalid(`${file}:${e.linePos?.[0]?.line ?? 1}`, e.message));
  }
  const parsed = fileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.code === 'invalid_key' || issue.code === 'unrecognized_keys' ? [...issue.path, ...('keys' in issue ? issue.keys : [])] : issue.path;
    const message = issue.code === 'unrecognized_keys' && issue.path.join('.') === 'classes' ? 'not a known word class (see src/understanding/lexicon-classes.ts)' : issue.message;
    throw new TremplinError('lexicon_invalid', understandingErrors.lexiconInvalid(`${file}:${lineOf(doc, counter, at)}`, `${at.join('.')}: ${message}`));
  }
  for (const name of ORDERED_CLASSES) {
    const value = parsed.data.classes[name];
    const expected = CLASSES[name].positions;
    if (value && Array.isArray(value) && expected !== undefined && value.length !== expected) {
      throw new TremplinError('lexicon_invalid', understandingErrors.lexiconInvalid(`${file}:${lineOf(doc, counter, ['classes', name])}`, `${name}: expected ${expected} positions, found ${value.length}`));
    }
  }
  return parsed.data;
}

/**
 * Reads and compiles every `*.yaml` file of the folder (one per language). Throws a
 * `TremplinError` naming the file and the line when one is invalid: the recogniser cannot start
 * on broken words.
 * @param dir defaults to the shipped `dialogs/lexicon`.
 */
export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  // French first: the first phrase of a class, and the first variant of a position, are French.
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort((a, b) => Number(b === 'fr.yaml') - Number(a === 'fr.yaml') || a.localeCompare(b));
  const merged = new Map<ClassName, RawClass>();
  const where: Places = new Map();
  for (const file of files) {
    const full = path.join(dir, file);
    const { classes } = readFile(full);
    for (const [name, value] of Object.entries(classes) as [ClassName, z.infer<typeof classValue>][]) {
      const into = merged.get(name) ?? { phrases: [], notAfter: [], notBefore: [] };
      if (Array.isArray(value) && ORDERED_CLASSES.has(name)) {
        // One position per line in each language: the languages' variants meet at each position.
        value.forEach((variants, i) => (into.phrases[i] = into.phrases[i] ? `${into.phrases[i]} | ${variants}` : variants));
      } else if (Array.isArray(value)) into.phrases.push(...value);
      else {
        into.phrases.push(...value.phrases);
        into.notAfter.push(...value.not_after);
        into.notBefore.push(...value.not_before);
      }
      merged.set(name, into);
      where.set(name, where.has(name) ? `${where.get(name)}, ${full}` : full);
    }
  }
  return new Lexicon(merged, where);
}

let shipped: Lexicon | undefined;

/** The shipped lexicon, loaded once (for modules that have no lexicon handed to them). */
export function shippedLexicon(): Lexicon {
  shipped ??= loadLexicon();
  return shipped;
}
