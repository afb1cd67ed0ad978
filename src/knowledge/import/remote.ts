/**
 * Remote-work policy from what a page says ("Télétravail possible", "2 jours de télétravail
 * par semaine", "Full remote", "Remote friendly", "Pas de télétravail"), keeping the sentence
 * itself as `text` so the bot can quote it. The words are data (dialogs/lexicon/pages/*.yaml,
 * classes `remote_*`, read through ./page-words.ts); this module is the grammar that joins them.
 */
import type { Remote } from '../schemas.js';
import { pageWords, type PageWords } from './page-words.js';
import type { PageClassName } from './page-word-classes.js';
import { fold, plainText, shorten } from './text.js';

/** The patterns of remote work, compiled once from the page words. */
interface Patterns {
  about: RegExp;
  none: RegExp;
  full: RegExp;
  wholly: RegExp;
  partly: RegExp;
  remoteDays: RegExp;
  daysOfRemote: RegExp;
  labelledDays: RegExp;
  occasional: RegExp;
  occasionalOpening: RegExp;
  possible: RegExp;
  numbers: ReadonlyMap<string, number>;
}

/** A list mark opening a line: "- ", "* ", "• ". */
const LIST_MARK = String.raw`(?:[-*•+]\s+)?`;

function compile(words: PageWords): Patterns {
  const w = (name: PageClassName) => `(?:${words.source(name)})`;
  const numbers = new Map(words.positions('small_numbers').flatMap((variants, i) => variants.map((v) => [v, i + 1] as const)));
  const count = String.raw`(\d|${[...numbers.keys()].sort((a, b) => b.length - a.length).join('|')})`;
  const days = String.raw`${count}\s*(?:\(\d\)\s*)?${w('day_words')}`;
  const nouns = w('remote_nouns');
  const home = String.raw`^${LIST_MARK}${w('remote_home_openings')}\b`;
  const now = w('remote_now_and_then');
  // "Télétravail possible ponctuellement", "ponctuellement, du télétravail".
  const remoteWord = `(?:${words.source('remote_nouns')}|${words.source('remote_allowed')})`;
  return {
    about: new RegExp(String.raw`${home}|\b${w('remote_words')}\b`),
    none: new RegExp(
      String.raw`\b${w('remote_refused_before')}\s+${nouns}\b|\b${nouns}\s*:?\s*${w('remote_refused_after')}\b|\b${w('remote_on_site')}\b|^${w('remote_refused_openings')}\b`,
    ),
    // "Télétravail complet", "100 % télétravail", "full remote": entirely remote.
    full: new RegExp(String.raw`\b${w('remote_entire_before')}\s*(?:${w('remote_in')}\s+)?${nouns}\b|\b${nouns}\s+${w('remote_entire_after')}\b|\b${w('remote_entire')}\b`),
    // "Le poste est en télétravail": the job itself is remote.
    wholly: new RegExp(String.raw`\b${w('remote_job_nouns')}\s+(?:${w('remote_job_verbs')}\s+)?(?:${w('remote_wholly')}\s+)?${w('remote_in')} ${nouns}\b`),
    // "En télétravail partiel": not the whole job.
    partly: new RegExp(String.raw`\b${w('remote_in')} ${nouns}\s+${w('remote_partly')}`),
    // "2 jours de télétravail", "two days of remote work"; a count of days without those words
    // ("4 jours par semaine", the working time of a contract) is not remote work.
    remoteDays: new RegExp(String.raw`\b${days}\s+(?:${w('remote_day_links')} ?)?${nouns}`),
    // "Télétravail : 2 jours par semaine", "remote up to 3 days a week"; not "2 jours sur site".
    daysOfRemote: new RegExp(String.raw`\b${nouns}\s*(?:${w('remote_day_fillers')}|\s)*\s${days}\b(?!\s+${w('remote_office_days')})`),
    // A remote-work label's value: "2 jours par semaine", "jusqu'à 3 jours".
    labelledDays: new RegExp(String.raw`^(?:${w('remote_up_to')} )?${days}\b`),
    occasional: new RegExp(String.raw`\b${remoteWord}[\s,;:]+(?:\S+[\s,;:]+){0,2}${now}\b|\b${now}[\s,;:]+(?:\S+[\s,;:]+){0,3}${remoteWord}\b`),
    occasionalOpening: new RegExp(`^${now}`),
    // Allowed without saying how much ("télétravail possible", "remote OK"), or remote as the
    // usual way ("principalement à distance", "le télétravail est la norme", "Organisation en télétravail").
    possible: new RegExp(
      [
        String.raw`\b${w('remote_possible')}\b`,
        home,
        String.raw`\b(?:${w('remote_in')} )?${nouns}\s+${w('remote_mostly_rest')}\b`,
        String.raw`\b${w('remote_mostly_adverbs')}\s+(?:${w('remote_in')} )?${nouns}\b`,
        String.raw`\b${nouns}\s+${w('remote_norm')}\b`,
        String.raw`^${w('remote_organisation')}\s*${w('remote_organisation_links')}\s*${nouns}\b`,
      ].join('|'),
    ),
    numbers,
  };
}

let compiled: Patterns | undefined;
const patterns = (): Patterns => (compiled ??= compile(pageWords()));

/** True when a line speaks of remote work. */
export function mentionsRemote(line: string): boolean {
  return patterns().about.test(fold(plainText(line)));
}

/** Longest remote-work sentence kept as `text`. */
const MAX_TEXT = 300;

/**
 * The policy a statement gives, or `undefined` when it says nothing definite about remote work.
 * @param statement a line that mentions remote work, or the value of a remote-work label.
 * @param labelled true for a label's value ("Télétravail : oui"): the label says what it is about.
 */
export function remoteFrom(statement: string, labelled = false): Remote | undefined {
  const p = patterns();
  const sentence = plainText(statement.replace(/^\s*(?:[-*•+]|\d{1,2}[.)])\s+/, ''));
  const text = fold(sentence);
  if (!labelled && !p.about.test(text)) return undefined;
  const result = (policy: Remote['policy'], days?: number): Remote => ({
    policy,
    ...(days !== undefined ? { days_per_week: days } : {}),
    text: shorten(sentence, MAX_TEXT),
  });
  if (p.none.test(text)) return result('none');
  if (p.full.test(text) || (p.wholly.test(text) && !p.partly.test(text))) return result('full');
  // Under a remote-work label ("Télétravail — 2 jours par semaine") the count alone is about remote work.
  const days = p.remoteDays.exec(text) ?? p.daysOfRemote.exec(text) ?? (labelled ? p.labelledDays.exec(text) : null);
  if (days) {
    const n = p.numbers.get(days[1]!) ?? Number(days[1]);
    if (n >= 0 && n <= 5) return result('partial', n);
  }
  if (p.occasional.test(text) || (labelled && p.occasionalOpening.test(text))) return result('occasional');
  if (p.possible.test(text)) return result('possible');
  return undefined;
}
