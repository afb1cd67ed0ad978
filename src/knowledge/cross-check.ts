/**
 * The checks that need every file at once: two files of a kind with the same id, and
 * references to entries that do not exist (an offer's, FAQ's or term's `organisation`, an
 * organisation's `parent`, a term's `related`, any `translation_of`).
 *
 * A duplicate is not served (the first file by path keeps the id). A dangling reference is
 * reported but the entry is still served: its own content is valid, and deleting one
 * organisation file should not make all its offers vanish from the bot.
 */
import { knowledgeErrors } from '../errors.js';
import type { KnowledgeProblem } from './problems.js';
import { KINDS, type Entry, type Kind } from './schemas.js';
import { closestMatch } from './suggest.js';

/** An entry with the line of each of its top-level fields, as `readEntry` gives them. */
export interface LoadedEntry {
  readonly entry: Entry;
  readonly lines: Readonly<Record<string, number>>;
}

const KIND_LABELS: Record<Kind, string> = { offer: 'offer', faq: 'FAQ entry', organisation: 'organisation', term: 'term entry' };

/**
 * Keeps one entry per id and kind and reports what does not hold together.
 * @returns the entries to serve, in path order, and the problems found.
 */
export function crossCheck(loaded: readonly LoadedEntry[]): { entries: Entry[]; problems: KnowledgeProblem[] } {
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
  return { entries: kept.map((item) => item.entry), problems };
}
