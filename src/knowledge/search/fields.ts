/**
 * What is searchable in each kind of entry, and how much a word found there counts.
 *
 * Short fields (titles, questions, tags, places…) are stored word by word in the index, so
 * that search can tell which field matched and how closely a title fits the query; the body
 * only counts occurrences. A word's weight in an entry is the best of its fields' weights
 * (a title word is worth 1, the same word deep in the body at most BODY_WEIGHT).
 */
import type { Entry, Kind } from '../schemas.js';
import { withoutLinkTargets } from '../../text/normalise.js';

/** The short fields, in storage order. */
export const FIELDS = [
  'title',
  'alternatives',
  'aliases',
  'tags',
  'family',
  'team',
  'locations',
  'organisation',
  'contract',
  'category',
  'remote',
] as const;
/** One short field. `title` is the offer's title, the FAQ's question, the organisation's name, the term itself. */
export type Field = (typeof FIELDS)[number];

/**
 * The name a field is reported under in `SearchHit.matched`: the short field's own name,
 * except `title` which is `question` for an FAQ entry, `name` for an organisation and `term`
 * for a term entry;
 * `body` for the markdown body and what is folded into it (salary text, duration…).
 */
export type MatchedField = Field | 'question' | 'name' | 'term' | 'body';

/**
 * How much a query word found in each field counts, from 0 to 1. The title-like fields
 * (what the entry *is*) count fully; descriptive fields (tags, family, places, organisation,
 * contract) about two thirds; the body at most BODY_WEIGHT.
 */
export const FIELD_WEIGHTS: Readonly<Record<Field, number>> = {
  title: 1,
  alternatives: 0.95,
  aliases: 1,
  tags: 0.7,
  family: 0.7,
  team: 0.6,
  locations: 0.6,
  organisation: 0.6,
  contract: 0.6,
  category: 0.6,
  remote: 0.5,
};

/**
 * The most a word found only in the body counts, reached when it occurs often in a body of
 * average length (BM25 saturation: one occurrence in an average body counts about 0.2).
 */
export const BODY_WEIGHT = 0.45;

/** Fields whose segments are compared as a whole with the query (how well a title fits). */
export const TITLE_LIKE_FIELDS: readonly Field[] = ['title', 'alternatives', 'aliases'];

/** The text of one entry split by field: each short field as a list of segments. */
export interface SearchableText {
  /** Segments of each short field; one alternative phrasing, one place, one tag per segment. */
  fields: Partial<Record<Field, string[]>>;
  /** Everything else worth finding, as paragraphs. */
  body: string[];
}

/** The texts given, empty ones left out, links reduced to their words (see withoutLinkTargets). */
const present = (...values: Array<string | undefined | null>): string[] =>
  values.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map(withoutLinkTargets);

/**
 * Splits an entry into searchable fields. `organisationNames` gives, for an organisation id,
 * its name and aliases (from the organisation entries), so that "offres du PEReN" finds
 * offers whose front matter only says `organisation: peren`.
 */
export function searchableText(entry: Entry, organisationNames: ReadonlyMap<string, readonly string[]>): SearchableText {
  const orgField = (id: string): string[] => (id === 'all' ? [] : [id, ...(organisationNames.get(id) ?? [])]);
  switch (entry.kind) {
    case 'offer': {
      const remote = entry.remote && entry.remote.policy !== 'none' ? ['télétravail remote'] : [];
      return {
        fields: {
          title: [entry.title],
          tags: entry.tags,
          family: present(entry.family),
          team: present(entry.team),
          locations: entry.locations,
          organisation: orgField(entry.organisation),
          contract: entry.contract ?? [],
          category: entry.category ? [`catégorie ${entry.category}`] : [],
          remote,
        },
        body: present(entry.body, entry.duration, entry.experience, entry.salary?.text, entry.remote?.text),
      };
    }
    case 'faq':
      return {
        fields: {
          title: [entry.question],
          alternatives: entry.alternatives,
          tags: entry.tags,
          organisation: orgField(entry.organisation),
        },
        body: present(entry.body),
      };
    case 'organisation':
      return {
        fields: {
          title: [entry.name],
          aliases: [entry.id, ...entry.aliases],
          tags: [...entry.tags, ...entry.labels],
          locations: entry.sites.flatMap((s) => [s.city, s.name]),
        },
        body: present(
          entry.body,
          ...entry.recruitment_steps.flatMap((s) => [s.title, s.text]),
          entry.delay,
          entry.accessibility,
          entry.languages,
          entry.contact?.text,
        ),
      };
    case 'term':
      return {
        fields: { title: [entry.term], aliases: entry.aliases, tags: entry.tags, organisation: orgField(entry.organisation) },
        body: present(entry.body),
      };
    case 'team':
      return {
        fields: {
          title: [entry.name],
          aliases: [entry.id, ...entry.aliases],
          tags: entry.tags,
          organisation: orgField(entry.organisation),
        },
        body: present(entry.body, entry.contact?.text),
      };
  }
}

/** The name `field` is reported under for an entry of `kind` (see MatchedField). */
export function fieldLabel(field: Field, kind: Kind): MatchedField {
  if (field !== 'title') return field;
  return kind === 'faq' ? 'question' : kind === 'organisation' ? 'name' : kind === 'term' ? 'term' : 'title';
}
