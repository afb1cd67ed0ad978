/**
 * Which FAQ entries and organisation presentations have no English version: an English question
 * about them is answered from the French text, under "only available in French". HR sees the
 * list in `tremplin knowledge check` (a reminder, not a problem: the check still passes).
 */
import type { Entry } from './schemas.js';

/** The kinds every candidate question may land on, which should exist in both languages. */
const BOTH_LANGUAGES: ReadonlySet<Entry['kind']> = new Set(['faq', 'organisation']);

/** The French FAQ entries and organisations no English entry translates (`translation_of`), by path. */
export function withoutEnglish(entries: readonly Entry[]): Entry[] {
  const translated = new Set(entries.filter((e) => e.lang === 'en' && e.translation_of).map((e) => `${e.kind}:${e.translation_of}`));
  return entries.filter((e) => BOTH_LANGUAGES.has(e.kind) && e.lang === 'fr' && !translated.has(`${e.kind}:${e.id}`)).sort((a, b) => a.path.localeCompare(b.path));
}

/** The report lines for `knowledge check`: none when every entry has its English version. */
export function withoutEnglishLines(entries: readonly Entry[]): string[] {
  const missing = withoutEnglish(entries);
  if (missing.length === 0) return [];
  return [`Sans version anglaise (${missing.length}) — une question en anglais reçoit le texte français :`, ...missing.map((e) => `  ${e.path}`)];
}
