/**
 * What an acronym the knowledge uses stands for, when no explanation of `terms/` has it ("RIE ça
 * veut dire quoi ?", "what does PMR mean?"): the words of an entry whose initials spell it
 * ("Réseau interministériel de l'État", "personnes à mobilité réduite"), quoted with the sentence
 * and the entry that say them. An acronym an entry uses without spelling it out ("FTAP" in an
 * offer's title) is said to be used there and not explained — never guessed.
 */
import type { Entry, Lang } from '../knowledge/schemas.js';
import { isStopword, normalise } from '../text/normalise.js';
import { answer, type Answer } from './answer.js';
import type { KnowledgeView } from './knowledge-view.js';

/** Letters an acronym has at least to be spelled out from initials: two letters match too many phrases. */
const SHORTEST_SPELLED = 3;

/** Function words skipped at most between two words of a spelled-out phrase ("réseau interministériel **de l'**État"). */
const SKIPPED_BETWEEN = 2;

/** Where an acronym is spelled out or used. */
export interface AcronymFinding {
  /** The words it stands for, as written ("Réseau interministériel de l'État"); none when only used. */
  spelled?: string;
  /** Whether the entry that spells it out uses the acronym too: else only its initials match, in a phrase several entries use. */
  usedBeside?: boolean;
  /** The sentence of the entry that spells it out or uses it. */
  sentence: string;
  entry: Entry;
}

/** The texts of an entry where an acronym may be used or spelled out. */
function textsOf(entry: Entry): string[] {
  switch (entry.kind) {
    case 'offer':
      return [entry.title, entry.body, (entry.tags ?? []).join(' ; ')];
    case 'faq':
      return [entry.question, entry.body];
    case 'organisation':
      return [entry.body];
    default:
      return [];
  }
}

/** The sentences of a text: cut at full stops, line ends and list items. */
const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.replace(/^[-*#>\s]+/u, '').replace(/\*\*/gu, '').trim())
    .filter(Boolean);

/** The words of a sentence as written, each with its folded form. */
const wordsOf = (sentence: string) => [...sentence.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ typed: m[0], folded: normalise(m[0]), at: m.index!, end: m.index! + m[0].length }));

/**
 * The letters of an acronym that each open a word: one letter each ("RIE"), or, in an acronym
 * written in mixed case, a capital and the small letters after it ("PEReN": p, e, re, n — the
 * « pôle d'expertise de la **ré**gulation numérique »).
 */
function groupsOf(acronym: string): string[] {
  const typed = acronym.replace(/[^\p{L}\p{N}]/gu, '');
  const mixed = /\p{Lu}/u.test(typed) && /\p{Ll}/u.test(typed) && /^\p{Lu}/u.test(typed);
  const groups = mixed ? (typed.match(/\p{Lu}[\p{Ll}]*|\p{N}/gu) ?? []) : [...typed];
  return groups.map((g) => g.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase());
}

/** The phrase of a sentence whose words open with the acronym's letter groups in order (see groupsOf), function words between skipped. */
function spelledIn(sentence: string, letters: readonly string[]): string | undefined {
  const words = wordsOf(sentence);
  for (let i = 0; i < words.length; i++) {
    if (isStopword(words[i]!.folded) || !words[i]!.folded.startsWith(letters[0]!)) continue;
    let at = i;
    let k = 1;
    while (k < letters.length) {
      let next = at + 1;
      while (next < words.length && next - at - 1 < SKIPPED_BETWEEN && isStopword(words[next]!.folded) && !words[next]!.folded.startsWith(letters[k]!)) next++;
      const word = words[next];
      if (!word || isStopword(word.folded) || !word.folded.startsWith(letters[k]!)) break;
      // One phrase: words apart by spaces, apostrophes or hyphens only ("partenaires (ministères, opérateurs" is none).
      if (words.slice(at, next).some((w, j) => !/^[\s'’-]+$/u.test(sentence.slice(w.end, words[at + j + 1]!.at)))) break;
      at = next;
      k++;
    }
    if (k === letters.length) return sentence.slice(words[i]!.at, words[at]!.end);
  }
  return undefined;
}

/**
 * Where the knowledge spells out an acronym or uses it, entries in `lang` first: an entry that
 * uses the acronym and spells it out beats one that only spells it; one that only uses it comes last.
 */
export function findAcronym(view: KnowledgeView, acronym: string, lang: Lang): AcronymFinding | undefined {
  const letters = acronym.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  if (letters.length < 2) return undefined;
  const usedAlone = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/[^\p{L}\p{N}]/gu, '\\W?')}(?![\\p{L}\\p{N}])`, 'u');
  // A cheap test of a whole text before its sentences are read: the initials in order, a few words apart at most.
  const initial = (letter: string) => `[${INITIALS[letter] ?? letter}]`;
  const groups = groupsOf(acronym);
  const loose = new RegExp('(?<![\\p{L}\\p{N}])' + groups.map((g) => initial(g[0]!)).join(`[\\p{L}\\p{N}]*(?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}]+){0,${SKIPPED_BETWEEN}}?[^\\p{L}\\p{N}]+`) , 'iu');
  /** Phrases spelling it out in entries that do not use it, by folded form: the first finding and how many entries have it. */
  const spelledOnly = new Map<string, { finding: AcronymFinding; entries: number }>();
  let usedOnly: AcronymFinding | undefined;
  const entries = [...view.snapshot.entries].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang));
  for (const entry of entries) {
    const texts = textsOf(entry);
    const uses = texts.some((t) => usedAlone.test(t)) ? texts.flatMap(sentencesOf).find((s) => usedAlone.test(s)) : undefined;
    const spells = letters.length >= SHORTEST_SPELLED && texts.some((t) => loose.test(t));
    for (const sentence of spells ? texts.flatMap(sentencesOf) : []) {
      const spelled = spelledIn(sentence, groups);
      if (!spelled) continue;
      if (uses) return { spelled, sentence, entry, usedBeside: true };
      const key = normalise(spelled);
      const known = spelledOnly.get(key);
      if (known) known.entries++;
      else spelledOnly.set(key, { finding: { spelled, sentence, entry }, entries: 1 });
      break;
    }
    if (uses) usedOnly ??= { sentence: uses, entry };
  }
  // A phrase several entries use, not initials met by chance in one sentence.
  const [recurring] = [...spelledOnly.values()].filter((p) => p.entries >= RECURRING).sort((a, b) => b.entries - a.entries);
  return recurring?.finding ?? usedOnly;
}

/** Entries that must spell an acronym out the same way, when none uses it, for the phrase to be taken as what it stands for. */
const RECURRING = 2;

/** The letters an initial may be written with. */
const INITIALS: Record<string, string> = { a: 'aàâä', c: 'cç', e: 'eéèêë', i: 'iîï', o: 'oôö', u: 'uùûü' };

const WORDING = {
  fr: {
    spelled: (acronym: string, spelled: string, where: string) => `Dans mes fiches, « ${acronym} » est le sigle de « ${spelled} » (${where}) :`,
    initials: (acronym: string, spelled: string, where: string) =>
      `Mes fiches n'emploient pas le sigle « ${acronym} » tel quel, mais ses initiales sont celles de « ${spelled} », qu'elles emploient (par exemple ${where}) :`,
    used: (acronym: string, where: string) =>
      `Mes fiches ne développent pas le sigle « ${acronym} » : ${where} l'emploie sans l'expliquer. Pour une réponse sûre, demandez au recruteur de l'offre ou au service RH de l'employeur.`,
  },
  en: {
    spelled: (acronym: string, spelled: string, where: string) => `In my knowledge, “${acronym}” stands for “${spelled}” (${where}):`,
    initials: (acronym: string, spelled: string, where: string) =>
      `My knowledge does not use “${acronym}” as such, but its initials are those of “${spelled}”, which it uses (for instance ${where}):`,
    used: (acronym: string, where: string) =>
      `My knowledge does not spell out “${acronym}”: ${where} uses it without explaining it. For a reliable answer, ask the offer's recruiter or the employer's HR department.`,
  },
} as const;

/** How an entry is named in a sentence: "l'offre « X »", "the offer “X”", or its title. */
function entryNamed(view: KnowledgeView, entry: Entry, lang: Lang): string {
  const title = view.source(entry).title;
  if (entry.kind === 'offer') return lang === 'fr' ? `l'offre « ${title} »` : `the offer “${title}”`;
  return lang === 'fr' ? `« ${title} »` : `“${title}”`;
}

/** The answer to "what does ACRONYM mean?" from the knowledge's own text, or undefined when no entry uses or spells it out. */
export function acronymAnswer(view: KnowledgeView, acronym: string, lang: Lang): Answer | undefined {
  const found = findAcronym(view, acronym, lang);
  if (!found) return undefined;
  const where = entryNamed(view, found.entry, lang);
  const head = !found.spelled
    ? WORDING[lang].used(acronym, where)
    : found.usedBeside
      ? WORDING[lang].spelled(acronym, found.spelled, where)
      : WORDING[lang].initials(acronym, found.spelled, where);
  // A title is named already: quoting it again says nothing more.
  const quote = 'title' in found.entry && found.sentence === found.entry.title ? '' : `\n\n> ${found.sentence}`;
  return answer({ intent: 'definition', lang, text: `${head}${quote}`, sources: [view.source(found.entry)], answered: found.spelled !== undefined });
}
