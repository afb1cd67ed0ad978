/**
 * One frozen view of the knowledge: what the bot serves between two reloads. Readers keep the
 * snapshot they got for the whole of an answer, so an edit landing mid-answer cannot mix two
 * versions of the knowledge.
 */
import { crossCheck, type LoadedEntry } from './cross-check.js';
import { withOpenStatus } from './open-status.js';
import { sortProblems, type KnowledgeProblem } from './problems.js';
import type { Entry, Faq, Offer, Organisation, Team, Term } from './schemas.js';

/** The knowledge as served at one moment. Deeply frozen: never changes once published. */
export interface KnowledgeSnapshot {
  /** Grows by one at every change (a file edited, added or removed, an offer passing its closing date). */
  readonly version: number;
  /** Every served entry, in path order. */
  readonly entries: readonly Entry[];
  /** Every offer, closed ones included (`open: false`): the bot can still say an offer is closed. */
  readonly offers: readonly Offer[];
  readonly faqs: readonly Faq[];
  readonly organisations: readonly Organisation[];
  /** Explanations of the public service's words (`terms/`). */
  readonly terms: readonly Term[];
  readonly teams: readonly Team[];
  /** Entries by id, per kind (ids are unique within a kind only). */
  readonly byId: {
    readonly offer: ReadonlyMap<string, Offer>;
    readonly faq: ReadonlyMap<string, Faq>;
    readonly organisation: ReadonlyMap<string, Organisation>;
    readonly term: ReadonlyMap<string, Term>;
    readonly team: ReadonlyMap<string, Team>;
  };
  /** Offer id → the team file its `team:` names (offers naming a team in words only are absent). */
  readonly offerTeams: ReadonlyMap<string, Team>;
  /** Every current problem, by file then line (a broken file's last good version may still be served). */
  readonly problems: readonly KnowledgeProblem[];
  /** Broken files whose last good version is served instead, by path. */
  readonly kept: readonly KeptVersion[];
  /** When this snapshot was published. */
  readonly loadedAt: Date;
  /** The calendar date (`YYYY-MM-DD`, Paris time by default) on which offers' `open` was computed. */
  readonly today: string;
}

/** A broken file served as it was last valid. */
export interface KeptVersion {
  /** Path relative to the knowledge folder. */
  readonly path: string;
  /** When the version served was saved (ISO 8601). */
  readonly since: string;
  /** `memory`: kept since the edit that broke it; `disk`: read back at start from DATA_DIR. */
  readonly from: 'memory' | 'disk';
}

/** What a snapshot is built from. */
export interface SnapshotInput {
  version: number;
  /** The last good version of every file that has one. */
  served: readonly LoadedEntry[];
  /** The problems of each file on its own (from `readEntry`). */
  fileProblems: readonly KnowledgeProblem[];
  /** Broken files served from their last good version. Default none. */
  kept?: readonly KeptVersion[];
  /** `YYYY-MM-DD`, for offers' `open`. */
  today: string;
  loadedAt: Date;
}

/**
 * Builds a frozen snapshot: offers' `open` for `today`, duplicates dropped, references checked.
 * @returns the snapshot, and the cross-file problems alone (for logging what is new).
 */
export function buildSnapshot(input: SnapshotInput): { snapshot: KnowledgeSnapshot; crossProblems: KnowledgeProblem[] } {
  const dated = input.served.map((item) =>
    item.entry.kind === 'offer' ? { ...item, entry: withOpenStatus(item.entry, input.today) } : item,
  );
  const { entries, problems: crossProblems, offerTeams } = crossCheck(dated);
  for (const entry of entries) deepFreeze(entry);
  const offers = entries.filter((e): e is Offer => e.kind === 'offer');
  const faqs = entries.filter((e): e is Faq => e.kind === 'faq');
  const organisations = entries.filter((e): e is Organisation => e.kind === 'organisation');
  const terms = entries.filter((e): e is Term => e.kind === 'term');
  const teams = entries.filter((e): e is Team => e.kind === 'team');
  const byIdOf = <T extends Entry>(list: T[]): ReadonlyMap<string, T> => new Map(list.map((e) => [e.id, e]));
  const snapshot: KnowledgeSnapshot = {
    version: input.version,
    entries: Object.freeze(entries),
    offers: Object.freeze(offers),
    faqs: Object.freeze(faqs),
    organisations: Object.freeze(organisations),
    terms: Object.freeze(terms),
    teams: Object.freeze(teams),
    byId: Object.freeze({ offer: byIdOf(offers), faq: byIdOf(faqs), organisation: byIdOf(organisations), term: byIdOf(terms), team: byIdOf(teams) }),
    offerTeams,
    problems: Object.freeze(sortProblems([...input.fileProblems, ...crossProblems]).map((p) => Object.freeze(p))),
    kept: Object.freeze((input.kept ?? []).map((k) => Object.freeze({ ...k }))),
    loadedAt: input.loadedAt,
    today: input.today,
  };
  return { snapshot: Object.freeze(snapshot), crossProblems };
}

/** Freezes an entry and everything in it (lists, salary bands…), once. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  // Values only: a getter (a body kept in a file or compactly) is not called for nothing.
  for (const property of Object.values(Object.getOwnPropertyDescriptors(value))) if ('value' in property) deepFreeze(property.value);
}
