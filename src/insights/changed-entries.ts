/**
 * What `knowledge diff` asks by default: questions made from the entries an edit changes, so
 * that every edit shows its effect — a salary edited in an imported offer is asked about, as
 * are its title, remote work, contract and dates. Entries are compared as the bots serve them
 * (a broken file counts as its last good version, like the server); an entry added or removed
 * counts as changed.
 */
import type { Entry, Lang, Offer } from '../knowledge/schemas.js';
import type { KnowledgeSnapshot } from '../knowledge/snapshot.js';
import type { QuestionConversation } from './question-set.js';

/** One entry the edit changes, and which of its fields. */
export interface ChangedEntry {
  /** Path relative to the knowledge folder (after the edit; before, when removed). */
  readonly path: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** The top-level fields that differ (`salary`, `remote`, `body`…); all for an added or removed entry. */
  readonly fields: readonly string[];
}

/** Most entries questions are made for; the others are listed, not asked (use --questions). */
export const MAX_ASKED_ENTRIES = 60;

/** Fields that say nothing a candidate would see. */
const UNSEEN = new Set(['path', 'source', 'lines']);

const key = (entry: Entry) => `${entry.kind}:${entry.id}`;

/** The fields of `a` and `b` (same entry) that differ. */
function changedFields(a: Entry, b: Entry): string[] {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields]
    .filter((f) => !UNSEEN.has(f) && JSON.stringify((a as unknown as Record<string, unknown>)[f]) !== JSON.stringify((b as unknown as Record<string, unknown>)[f]))
    .sort();
}

/** The entries served after the edit that differ from those served before. */
export function changedEntries(before: KnowledgeSnapshot, after: KnowledgeSnapshot): { entry: Entry; changed: ChangedEntry }[] {
  const old = new Map(before.entries.map((e) => [key(e), e]));
  const now = new Map(after.entries.map((e) => [key(e), e]));
  const out: { entry: Entry; changed: ChangedEntry }[] = [];
  for (const [k, entry] of now) {
    const previous = old.get(k);
    if (!previous) out.push({ entry, changed: { path: entry.path, change: 'added', fields: [] } });
    else {
      const fields = changedFields(previous, entry);
      if (fields.length > 0) out.push({ entry, changed: { path: entry.path, change: 'changed', fields } });
    }
  }
  for (const [k, entry] of old) if (!now.has(k)) out.push({ entry, changed: { path: entry.path, change: 'removed', fields: [] } });
  return out.sort((a, b) => (a.changed.path < b.changed.path ? -1 : 1));
}

/** The questions a candidate would ask about one offer, in its language. */
function offerQuestions(offer: Offer, where: string | undefined, lang: Lang): string[] {
  const name = lang === 'fr' ? `l'offre « ${offer.title} »${where ? ` chez ${where}` : ''}` : `the “${offer.title}” offer${where ? ` at ${where}` : ''}`;
  return lang === 'fr'
    ? [
        `${name} est-elle ouverte ?`.replace(/^l'/, "L'"),
        `Quel est le salaire de ${name} ?`,
        `Le télétravail est-il possible pour ${name} ?`,
        `Quel contrat pour ${name} ?`,
        `Quand ${name} a-t-elle été publiée ?`,
        `Jusqu'à quand peut-on postuler à ${name} ?`,
      ]
    : [
        `Is ${name} still open?`,
        `What is the salary for ${name}?`,
        `Can I work remotely for ${name}?`,
        `What contract for ${name}?`,
        `When was ${name} published?`,
        `Until when can I apply to ${name}?`,
      ];
}

/** The questions made from one entry. */
function questionsOf(entry: Entry, snapshots: readonly KnowledgeSnapshot[]): string[] {
  const lang = entry.lang;
  switch (entry.kind) {
    case 'offer': {
      const team = snapshots.map((s) => s.offerTeams.get(entry.id)).find(Boolean);
      const org = snapshots.map((s) => s.byId.organisation.get(entry.organisation)).find(Boolean);
      return offerQuestions(entry, team?.name ?? org?.name, lang);
    }
    case 'faq':
      return [entry.question, ...entry.alternatives.slice(0, 2)];
    case 'organisation':
    case 'team':
      return lang === 'fr'
        ? [`Quelles offres chez ${entry.name} ?`, `Comment postuler chez ${entry.name} ?`, `Comment contacter ${entry.name} ?`]
        : [`What jobs are open at ${entry.name}?`, `How do I apply at ${entry.name}?`, `How can I contact ${entry.name}?`];
    case 'term':
      return [lang === 'fr' ? `Que veut dire « ${entry.term} » ?` : `What does “${entry.term}” mean?`];
  }
}

/**
 * The conversations to ask: one per question, for the first `MAX_ASKED_ENTRIES` changed
 * entries; `skipped` counts the others.
 */
export function questionsForChanges(changes: readonly { entry: Entry }[], before: KnowledgeSnapshot, after: KnowledgeSnapshot): { conversations: QuestionConversation[]; skipped: number } {
  const asked = changes.slice(0, MAX_ASKED_ENTRIES);
  const conversations = asked.flatMap(({ entry }) => questionsOf(entry, [after, before]).map((q) => [{ q, lang: entry.lang }]));
  return { conversations, skipped: changes.length - asked.length };
}
