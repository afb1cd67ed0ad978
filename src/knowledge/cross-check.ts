/**
 * The checks that need every file at once: two files of a kind with the same id, and
 * references to entries that do not exist (an offer's, FAQ's, term's or team's `organisation`,
 * an organisation's `parent`, a term's `related`, any `translation_of`, an offer's `team`
 * written as an id). Also links each offer to its team (`team:` naming a team file by id,
 * name or alias).
 *
 * A duplicate is not served (the first file by path keeps the id). A dangling reference is
 * reported but the entry is still served: its own content is valid, and deleting one
 * organisation file should not make all its offers vanish from the bot.
 */
import { knowledgeErrors } from '../errors.js';
import type { KnowledgeProblem } from './problems.js';
import { entryId, KINDS, type Entry, type Kind, type Offer, type Team } from './schemas.js';
import { closestMatch } from './suggest.js';

/** An entry with the line of each of its top-level fields, as `readEntry` gives them. */
export interface LoadedEntry {
  readonly entry: Entry;
  readonly lines: Readonly<Record<string, number>>;
}

/** The fields whose line a cross-file problem points at (see `crossCheck`). */
const REFERENCE_FIELDS = ['id', 'organisation', 'parent', 'related', 'translation_of', 'team'] as const;
/** One object per distinct set of reference lines (most files share theirs: `organisation` on line 3…). */
const sharedLines = new Map<string, Readonly<Record<string, number>>>();

/**
 * The lines of `lines` that `crossCheck` may report, the only ones a served entry needs: every
 * field's line, kept per file, held 5 MB with 30,000 offers. Shared between files with the
 * same, and frozen.
 */
export function referenceLines(lines: Readonly<Record<string, number>>): Readonly<Record<string, number>> {
  const kept = REFERENCE_FIELDS.filter((field) => lines[field] !== undefined);
  const key = kept.map((field) => `${field}:${lines[field]}`).join(',');
  let shared = sharedLines.get(key);
  if (!shared) sharedLines.set(key, (shared = Object.freeze(Object.fromEntries(kept.map((field) => [field, lines[field]!])))));
  return shared;
}

const KIND_LABELS: Record<Kind, string> = { offer: 'offer', faq: 'FAQ entry', organisation: 'organisation', term: 'term entry', team: 'team' };

/** A team name made comparable: lowercase, no accents, letters and digits only. */
export function teamKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Finds teams by what offers write in `team:` (id, name or alias), within the offer's
 * organisation first, then anywhere (a team's name is rarely shared).
 */
export class TeamDirectory {
  private readonly byKey = new Map<string, Team[]>();

  constructor(teams: readonly Team[]) {
    for (const team of teams) {
      if (team.translation_of) continue;
      for (const key of new Set([team.id, team.name, ...team.aliases].map(teamKey))) {
        if (key === '') continue;
        const list = this.byKey.get(key);
        if (list) list.push(team);
        else this.byKey.set(key, [team]);
      }
    }
  }

  /** The team `offer.team` designates, if a file has it. */
  find(offer: Pick<Offer, 'team' | 'organisation'>): Team | undefined {
    if (offer.team === undefined) return undefined;
    const found = this.byKey.get(teamKey(offer.team));
    if (!found) return undefined;
    return found.find((t) => t.organisation === offer.organisation) ?? (found.length === 1 ? found[0] : undefined);
  }
}

/**
 * Keeps one entry per id and kind and reports what does not hold together.
 * @returns the entries to serve, in path order, and the problems found.
 */
export function crossCheck(loaded: readonly LoadedEntry[]): { entries: Entry[]; problems: KnowledgeProblem[]; offerTeams: Map<string, Team> } {
  const sorted = [...loaded].sort((a, b) => (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0));
  const problems: KnowledgeProblem[] = [];
  const ids = Object.fromEntries(KINDS.map((kind) => [kind, new Map<string, string>()])) as Record<Kind, Map<string, string>>;
  const kept: LoadedEntry[] = [];
  for (const item of sorted) {
    const { id, kind, path } = item.entry;
    const firstPath = ids[kind].get(id);
    if (firstPath === undefined) {
      ids[kind].set(id, path);
      kept.push(item);
    } else {
      problems.push({ path, line: item.lines.id ?? 1, field: 'id', message: knowledgeErrors.duplicateId(id, firstPath) });
    }
  }

  const organisations = ids.organisation;
  const report = (item: LoadedEntry, field: string, message: string) =>
    problems.push({ path: item.entry.path, line: item.lines[field] ?? 1, field, message });
  for (const item of kept) {
    const { entry } = item;
    const organisation = entry.kind === 'organisation' ? entry.parent : entry.organisation;
    if (organisation !== undefined && organisation !== 'all' && !organisations.has(organisation)) {
      const field = entry.kind === 'organisation' ? 'parent' : 'organisation';
      report(item, field, knowledgeErrors.unknownOrganisation(organisation, closestMatch(organisation, organisations.keys())));
    }
    if (entry.kind === 'term') {
      for (const related of entry.related) {
        if (!ids.term.has(related)) report(item, 'related', knowledgeErrors.unknownRelatedTerm(related, closestMatch(related, ids.term.keys())));
      }
    }
    const target = entry.translation_of;
    if (target !== undefined && !ids[entry.kind].has(target)) {
      const suggestion = closestMatch(target, ids[entry.kind].keys());
      report(item, 'translation_of', knowledgeErrors.unknownTranslation(KIND_LABELS[entry.kind], target, suggestion));
    }
  }
  const teams = new TeamDirectory(kept.flatMap((item) => (item.entry.kind === 'team' ? [item.entry] : [])));
  const offerTeams = new Map<string, Team>();
  for (const item of kept) {
    const { entry } = item;
    if (entry.kind !== 'offer' || entry.team === undefined) continue;
    const team = teams.find(entry);
    if (team) offerTeams.set(entry.id, team);
    // A team written as an id names a file; a team written in words ("Startups d'État") may not.
    else if (entryId.safeParse(entry.team).success) report(item, 'team', knowledgeErrors.unknownTeam(entry.team, closestMatch(entry.team, ids.team.keys())));
  }
  return { entries: kept.map((item) => item.entry), problems, offerTeams };
}
