/**
 * The teams and products a message names (./units.ts), and the offers of a team: a team named
 * narrows the offers its message names to its own ("designer ux ui zéro logement vacant"), and
 * right after an answer about one offer of a team, a short message naming an offer by a job word
 * and nothing else ("and the developer one?", "et le dev ?") is about that team's offer, not
 * every developer offer of the catalogue.
 *
 * Plain TypeScript, no I/O; build one per knowledge version (per-turn work is bounded by one
 * team's offers).
 */
import type { Offer, Team } from '../knowledge/schemas.js';
import { isStopword } from '../text/normalise.js';
import { DESCRIBED, NAMED_PLAINLY } from '../tuning.js';
import type { Catalogue } from './catalogue.js';
import type { JobWords } from './job-words.js';
import type { OfferMention } from './catalogue.js';
import type { ConversationContext } from './reading.js';
import { typedWords } from './aspects.js';
import type { UnitNames } from './units.js';

/** A team named in a message, with the tokens that name it. */
export type NamedUnit = ReturnType<UnitNames['find']>;

/** Teams named in messages, and their offers. */
export class TeamNames {
  /** Team id → its offers' ids. */
  private readonly offersOfUnit = new Map<string, string[]>();
  /** Offer id → its team's id. */
  private readonly teamOf = new Map<string, string>();
  /** The offers, by id: their pages tell apart offers their titles do not (see Catalogue.findOffers). */
  private readonly teamOffers = new Map<string, Offer>();
  /** Offer id → its team, when it has one. */
  private readonly teams: ReadonlyMap<string, Team>;

  /**
   * @param units the teams' names.
   * @param unitCues words that say a name follows or precedes ("chez", "recrute").
   * @param notTopic words that say nothing of a subject (lexicon `not_topic`).
   */
  constructor(
    private readonly units: UnitNames,
    private readonly unitCues: ReadonlySet<string>,
    private readonly notTopic: ReadonlySet<string>,
    private readonly jobWords: JobWords,
    private readonly catalogue: Catalogue,
    offers: readonly Offer[],
    offerTeams: ReadonlyMap<string, Team>,
  ) {
    for (const [offerId, team] of offerTeams) {
      this.offersOfUnit.set(team.id, [...(this.offersOfUnit.get(team.id) ?? []), offerId]);
      this.teamOf.set(offerId, team.id);
    }
    for (const offer of offers) this.teamOffers.set(offer.id, offer);
    this.teams = offerTeams;
  }

  /** The ids of a team's offers. */
  offersOf(teamId: string): readonly string[] {
    return this.offersOfUnit.get(teamId) ?? [];
  }

  /** An offer's page words: its team's names, its tags, then its body (not with `namesOnly`). */
  readonly pageOf = (id: string, namesOnly = false): string | undefined => {
    const offer = this.teamOffers.get(id);
    const team = this.teams.get(id);
    return offer && `${team ? [team.name, ...team.aliases].join(' ') : ''} ${offer.tags.join(' ')}${namesOnly ? '' : `\n${offer.body}`}`;
  };

  /**
   * The team or product the message names (see ./units.ts): a name that is also an ordinary word
   * counts next to a cue ("chez", "recrute") or typed with a capital inside the sentence.
   */
  find(tokens: readonly string[], text: string): NamedUnit {
    const typed = typedWords(text);
    const capitalised = new Set(
      typed
        .slice(1)
        .filter((w) => /^\p{Lu}/u.test(w.typed))
        .map((w) => w.folded.split(' ')[0]!),
    );
    // A name typed in one piece ("ma-cantine-egalim", "trajectoires-pro") is written as a name, as a capital says.
    const joined = new Set(typed.map((w) => w.folded).filter((f) => f.includes(' ')));
    return this.units.find(tokens, (start, end) => this.unitCues.has(tokens[start - 1] ?? '') || this.unitCues.has(tokens[end] ?? '') || capitalised.has(tokens[start]!) || joined.has(tokens.slice(start, end).join(' ')));
  }

  /**
   * A team whose name is made of ordinary words ("data inclusion"), named without a cue, when the
   * rest of the message describes one of its own offers ("data engineer data inclusion"): the
   * offer vouches for the name. The ordinary name alone still needs a cue ("le transport est-il remboursé ?").
   * Places are left out of `tokens` by the caller ("le dev covoiturage pouvait bosser depuis Lyon ?").
   */
  namedWithItsOffer(tokens: readonly string[]): NamedUnit {
    // Each team the words may name, in turn ("insertion" may name data.insertion, "itou" Itou): the one whose offer the rest describes.
    return this.units.findAll(tokens).find((loose) => {
      const start = tokens.findIndex((_, i) => loose.tokens.every((t, j) => tokens[i + j] === t));
      const rest = [...tokens.slice(0, start), ...tokens.slice(start + loose.tokens.length)].filter((t) => !isStopword(t) && !this.notTopic.has(t)).map((t) => this.jobWords.key(t));
      const own = this.catalogue.findOffers(rest, this.offersOf(loose.unit.id));
      // Most of a title, or two of its words ("growth hacker snu": the title also holds the team's long name).
      return own.some((m) => m.queryCoverage >= NAMED_PLAINLY && (m.titleCoverage >= DESCRIBED || m.matched >= 2));
    });
  }

  /**
   * "And the developer one?" right after an answer about an offer of a team (`context.focusOfferId`), in a
   * short message that names no employer, team or place: the offers of that team its title words name
   * plainly, if any (none: the message is read against the whole catalogue). Not while the bot waits for an answer.
   */
  offersOfTheFocusTeam(titleWords: readonly string[], context: ConversationContext, short: boolean): OfferMention[] | undefined {
    const team = context.focusOfferId === undefined || context.awaiting || !short ? undefined : this.teamOf.get(context.focusOfferId);
    if (!team || titleWords.length === 0) return undefined;
    const own = this.catalogue.findOffers(titleWords, this.offersOf(team)).filter((m) => m.queryCoverage >= NAMED_PLAINLY);
    return own.length > 0 ? own : undefined;
  }
}

/** The tokens without the first run of `words` in them (a team's name is a name, not the words it is made of). */
export function withoutSequence(tokens: readonly string[], words: readonly string[]): string[] {
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((w, j) => tokens[i + j] === w)) return [...tokens.slice(0, i), ...tokens.slice(i + words.length)];
  }
  return [...tokens];
}

/** Whether `words` appear in a row in `name`. */
export function includesWords(name: readonly string[], words: readonly string[]): boolean {
  return words.length > 0 && withoutSequence(name, words).length === name.length - words.length;
}
