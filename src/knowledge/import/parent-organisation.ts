/**
 * What a page says of the organisation its team belongs to, when that is not the organisation
 * the pages are imported for: "Nous sommes l'Incubateur des Territoires", "une startup incubée au
 * sein de l'Incubateur des Territoires", "le Programme mené par l'Incubateur des Territoires",
 * "est désormais un produit de l'Incubateur des Territoires", a title "… à l'Incubateur des
 * Territoires". A page only working with an organisation ("avec des équipes variées (Incubateur
 * des Territoires, …)") says nothing of its own.
 *
 * And the other names a page gives an organisation it names: "l'Incubateur des Territoires de
 * l'Agence Nationale de la Cohésion des Territoires (ANCT)" — the agency's name and its acronym,
 * the names candidates use for it ("le développeur de l'ANCT").
 */
import { fold } from './text.js';

/** An organisation a page may present its team as part of: its id and every name it is known by. */
export interface CandidateOrganisation {
  readonly id: string;
  readonly names: readonly string[];
}

/** A name made a pattern on folded text: its words, any run of spaces or punctuation between them. */
function namePattern(name: string): string | undefined {
  const words = fold(name)
    .replace(/^(?:l['’]|la |le |les )/, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // A name of one short word ("Pix", "ANCT") needs its own boundaries; too short a name says nothing.
  if (words.join('').length < 4) return undefined;
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^a-z0-9]+');
}

/** The words before an organisation's name that make a team part of it (folded text). */
const PART_OF = String.raw`(?:incubee?s?|hebergee?s?|portee?s?|nee?s?)\s+(?:au sein de|par|a|chez|dans)|menee?s?\s+par|(?:un|le)\s+(?:produit|service|projet)\s+(?:de|du)|nous\s+sommes|qui\s+sommes[\s-]+nous\s*:?|^\s*(?:[^\n]{0,80}\s)?(?:a|pour)`;

/**
 * The organisation, among `candidates`, that `text` (a page's title, a new line, then its body)
 * presents its team as part of; `undefined` when it names none, or several.
 */
export function presentedOrganisation(text: string, candidates: readonly CandidateOrganisation[]): string | undefined {
  const folded = fold(text);
  const found = new Set<string>();
  for (const org of candidates) {
    const names = org.names.map(namePattern).filter((p): p is string => p !== undefined);
    if (names.length === 0) continue;
    const pattern = new RegExp(String.raw`(?:${PART_OF})\s+(?:de\s+)?(?:l['’]\s*|la\s+|le\s+|les\s+)?(?:${names.join('|')})(?![a-z0-9])`);
    if (pattern.test(folded)) found.add(org.id);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The other names `text` gives the organisation called `name`: "<name> de l'<Long Name> (<ACRONYM>)"
 * gives the long name and the acronym. Empty when the text gives none.
 */
export function otherNamesOf(name: string, text: string): string[] {
  const pattern = namePattern(name);
  if (pattern === undefined) return [];
  // Folded character by character, so that a match's place is the same in the text as written (whose long name keeps its capitals).
  const written = text.normalize('NFC');
  const folded = [...written].map((ch) => (fold(ch).length === 1 ? fold(ch) : ch)).join('');
  const word = String.raw`(?:[a-z][a-z'-]*)`;
  const expansion = new RegExp(String.raw`(?:${pattern})\s+(?:de\s+l'\s*|de\s+la\s+|du\s+|des\s+)(${word}(?:\s+${word}){1,8})\s+\(([a-z]{2,8})\)`, 'gd');
  const out = new Set<string>();
  const chars = [...written];
  for (const m of folded.matchAll(expansion)) {
    const [longStart, longEnd] = m.indices![1]!;
    const [acronymStart, acronymEnd] = m.indices![2]!;
    const long = chars.slice(longStart, longEnd).join('');
    const acronym = chars.slice(acronymStart, acronymEnd).join('');
    // The acronym is written in capitals and is the initials of the long name's capitalised words (ANCT of Agence Nationale de la Cohésion des Territoires).
    const initials = long
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (acronym !== acronym.toUpperCase() || initials !== acronym) continue;
    out.add(long);
    out.add(acronym);
  }
  return [...out];
}

/**
 * The organisation each page is filed under, decided team by team: all the pages of a team (the
 * same `team` key) go to the organisation more than half of them present it as part of — one page
 * saying its team is incubated elsewhere does not split the team's offers between two employers —
 * and a page with no team goes where it says. `undefined`: the page stays where it is.
 */
export function filedUnder(pages: readonly { team?: string; presented?: string }[]): (string | undefined)[] {
  const votes = new Map<string, { total: number; counts: Map<string, number> }>();
  for (const { team, presented } of pages) {
    if (team === undefined) continue;
    const vote = votes.get(team) ?? { total: 0, counts: new Map<string, number>() };
    vote.total += 1;
    if (presented !== undefined) vote.counts.set(presented, (vote.counts.get(presented) ?? 0) + 1);
    votes.set(team, vote);
  }
  const majority = (team: string) => {
    const { total, counts } = votes.get(team)!;
    return [...counts].find(([, n]) => n * 2 > total)?.[0];
  };
  return pages.map(({ team, presented }) => (team === undefined ? presented : majority(team)));
}
