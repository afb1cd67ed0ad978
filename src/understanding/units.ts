/**
 * Teams and products of organisations (`teams/`: Dora, Mobilic, Trackdéchets at beta.gouv.fr)
 * named in messages, like employers: by their name, id or aliases, and by a site's address
 * without its ending ("demarches-simplifiees.fr" is also "démarches simplifiées"). Built from
 * the knowledge, so a new catalogue needs no code.
 *
 * Some names are ordinary words ("Transport", "Signalement", "Potentiel", "Avril"): read as a
 * team only where a name is expected — after a word such as "chez", "startup", "équipe",
 * before "recrute" (the lexicon's `unit_cues` and `hiring_verbs`) — or typed with a capital
 * inside the sentence. A name is ordinary when the bot's own vocabulary (utterances, lexicon,
 * FAQ) knows its words, when it is three letters or fewer, or when the pages of other teams use
 * it (`OTHER_TEAMS_USE`): "transport" appears in 28 other teams' offers, "dora" in none.
 *
 * A long name is often said by its rarest word ("le dev covoiturage" for the Registre de preuve
 * de covoiturage): a word of a name of two words or more that no other team's name has, not short
 * (`SHORTEST_NAME_WORD`), also names the team — as an ordinary word: next to a cue, with a
 * capital, or with the rest of the message describing one of the team's own offers.
 */
import type { Offer, Team } from '../knowledge/schemas.js';
import { isStopword, normalise, tokenize } from '../text/normalise.js';
import type { OrganisationUnit } from './reading.js';

/** Offers of other teams whose text may use a one-word name before it counts as an ordinary word. */
export const OTHER_TEAMS_USE = 2;

/** Shortest word of a longer name that names its team alone: shorter ones ("bord", "aide") are too common. */
export const SHORTEST_NAME_WORD = 6;

/** Endings of a site's address that people leave out when they name the product. */
const SITE_ENDINGS = [['beta', 'gouv', 'fr'], ['gouv', 'fr'], ['fr']];

interface UnitName {
  tokens: string[];
  unit: OrganisationUnit;
  /** True when the name is also ordinary words: it needs a cue or a capital. */
  ordinary: boolean;
}

/** The ways one team is written, normalised: name, id, aliases, and site addresses without their ending. */
function namesOf(team: Team): string[][] {
  const out = new Map<string, string[]>();
  for (const raw of [team.name, team.id.replace(/-/g, ' '), ...team.aliases]) {
    const tokens = normalise(raw).split(' ').filter(Boolean);
    if (tokens.length === 0) continue;
    out.set(tokens.join(' '), tokens);
    for (const ending of SITE_ENDINGS) {
      const kept = tokens.slice(0, tokens.length - ending.length);
      if (kept.length > 0 && tokens.slice(-ending.length).join(' ') === ending.join(' ') && kept.join('').length >= 5) out.set(kept.join(' '), kept);
    }
  }
  return [...out.values()];
}

/** Names of teams and products, indexed for the recogniser. */
export class UnitNames {
  private readonly names: UnitName[] = [];
  /** Names of GLUED_NAME letters or more, their words put together ("ellesfontlaculture") → their team. */
  private readonly glued = new Map<string, { unit: OrganisationUnit; words: number }>();
  /** Every word the names are made of (the spelling corrector's vocabulary). */
  readonly words = new Set<string>();

  /**
   * @param teams the teams of the knowledge.
   * @param offers its offers, and `offerTeams` (offer id → team): where other teams use a name.
   * @param ordinaryWords words the bot itself uses (utterances, lexicon, FAQ).
   */
  constructor(teams: readonly Team[], offers: readonly Offer[], offerTeams: ReadonlyMap<string, Team>, ordinaryWords: ReadonlySet<string>) {
    const named = teams.filter((t) => !t.translation_of).map((team) => ({ team, names: namesOf(team) }));
    // Words of longer names that no other team's name has: candidates to name their team alone.
    const teamsOfWord = new Map<string, Set<string>>();
    for (const { team, names } of named) for (const tokens of names) for (const t of tokens) teamsOfWord.set(t, (teamsOfWord.get(t) ?? new Set()).add(team.id));
    const nameWords = (names: readonly string[][]) =>
      [...new Set(names.filter((tokens) => tokens.length > 1).flat())].filter((t) => t.length >= SHORTEST_NAME_WORD && !isStopword(t) && !/\d/.test(t) && teamsOfWord.get(t)!.size === 1);
    const oneWord = new Set(named.flatMap((n) => n.names.filter((tokens) => tokens.length === 1).map((tokens) => tokens[0]!)));
    // How many offers of each team use each one-word name: only offers of a team are read (the
    // catalogue's pages), once, whatever the size of the rest of the knowledge.
    const usedBy = new Map<string, Map<string, number>>();
    for (const offer of offers) {
      const team = offerTeams.get(offer.id);
      if (!team || oneWord.size === 0) continue;
      for (const token of new Set(tokenize(`${offer.title} ${offer.body}`))) {
        if (!oneWord.has(token)) continue;
        const counts = usedBy.get(token) ?? new Map<string, number>();
        counts.set(team.id, (counts.get(team.id) ?? 0) + 1);
        usedBy.set(token, counts);
      }
    }
    const otherUses = (token: string, own: string) => [...(usedBy.get(token) ?? [])].reduce((n, [id, count]) => (id === own ? n : n + count), 0);
    for (const { team, names } of named) {
      for (const tokens of names) {
        const meaningful = tokens.filter((t) => !isStopword(t));
        const ordinary =
          meaningful.length === 0 ||
          meaningful.every((t) => ordinaryWords.has(t)) ||
          (tokens.length === 1 && (tokens[0]!.length <= 3 || otherUses(tokens[0]!, team.id) > OTHER_TEAMS_USE));
        this.names.push({ tokens, unit: { id: team.id, organisation: team.organisation }, ordinary });
        const joined = tokens.join('');
        if (!ordinary && joined.length >= GLUED_NAME && !this.glued.has(joined)) this.glued.set(joined, { unit: { id: team.id, organisation: team.organisation }, words: tokens.length });
        for (const t of tokens) this.words.add(t);
      }
      const said = new Set(names.filter((tokens) => tokens.length === 1).map((tokens) => tokens[0]!));
      for (const word of nameWords(names)) if (!said.has(word)) this.names.push({ tokens: [word], unit: { id: team.id, organisation: team.organisation }, ordinary: true });
    }
    this.names.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /**
   * The team or product a message names: the longest name found wins. An ordinary name counts
   * only where `cued(start, end)` says a name is expected (token indexes of the match).
   */
  find(tokens: readonly string[], cued: (start: number, end: number) => boolean): { unit: OrganisationUnit; tokens: string[] } | undefined {
    const glued = this.gluedIn(tokens);
    for (const name of this.names) {
      if (glued && glued.length >= name.tokens.length) break;
      const start = indexOfSequence(tokens, name.tokens);
      if (start < 0) continue;
      if (name.ordinary && !cued(start, start + name.tokens.length)) continue;
      return { unit: name.unit, tokens: name.tokens };
    }
    return glued ? { unit: glued.unit, tokens: glued.tokens } : undefined;
  }

  /** Every team a message names, ordinary names too, longest name first (see `find`). */
  findAll(tokens: readonly string[]): { unit: OrganisationUnit; tokens: string[] }[] {
    const found = new Map<string, { unit: OrganisationUnit; tokens: string[] }>();
    const glued = this.gluedIn(tokens);
    if (glued) found.set(glued.unit.id, { unit: glued.unit, tokens: glued.tokens });
    for (const name of this.names) if (!found.has(name.unit.id) && indexOfSequence(tokens, name.tokens) >= 0) found.set(name.unit.id, { unit: name.unit, tokens: name.tokens });
    return [...found.values()];
  }

  /**
   * A name written in one piece by its team ("EllesfontlaCulture", "mon-entreprise") and in
   * words by the message ("Elles font la culture"), or the reverse: several words of the message
   * that, put together, spell a name of GLUED_NAME letters or more that is no ordinary word.
   */
  private gluedIn(tokens: readonly string[]): { unit: OrganisationUnit; tokens: string[]; length: number } | undefined {
    let best: { unit: OrganisationUnit; tokens: string[]; length: number } | undefined;
    for (let i = 0; i < tokens.length; i++) {
      let joined = '';
      for (let n = 1; n <= MAX_GLUED_WORDS && i + n <= tokens.length; n++) {
        joined += tokens[i + n - 1];
        const name = this.glued.get(joined);
        // The same words as the name's are its plain match, found (or not, when ordinary) by `find`.
        if (name && n !== name.words && (!best || n > best.length)) best = { unit: name.unit, tokens: tokens.slice(i, i + n), length: n };
      }
    }
    return best;
  }
}

/** Fewest letters of a name matched written in one piece or in words (see `UnitNames.gluedIn`). */
const GLUED_NAME = 8;
/** Most words of a message put together to spell a name. */
const MAX_GLUED_WORDS = 6;

function indexOfSequence(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
