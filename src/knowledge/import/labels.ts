/**
 * The labels under which pages state an offer's terms, in French and English
 * (`Contrat`, `Rémunération`, `Date de début`, `How to apply`…), whatever their form:
 * a heading, a list item, bold text or the start of a line. The labels are data: the classes
 * `label_*` of dialogs/lexicon/pages/*.yaml (adding a phrasing is adding it there), read through
 * ./page-words.ts.
 */
import { pageWords, type PageWords } from './page-words.js';
import type { PageClassName } from './page-word-classes.js';
import { fold, stripEmoji } from './text.js';

/** What a label announces. `conditions` is a section of terms in general ("Modalités"). */
export type Topic =
  | 'contract'
  | 'duration'
  | 'salary'
  | 'remote'
  | 'start'
  | 'location'
  | 'apply'
  | 'contact'
  | 'category'
  | 'experience'
  | 'conditions';

/** Every topic, in the order a label named by two of them is given to the first. */
const TOPICS: readonly Topic[] = ['contract', 'duration', 'salary', 'remote', 'start', 'location', 'apply', 'contact', 'category', 'experience', 'conditions'];

/** The labels and the words around them, compiled once from the page words. */
interface Labels {
  byLabel: ReadonlyMap<string, Topic>;
  /** Words that only qualify a label: `TJM envisagé`, `Début souhaité`, `Salaire proposé`. */
  qualifiers: RegExp;
  /** What a label names its subject with, once qualifiers are off: `Date de début de la mission`, `Durée du stage`. */
  ofTheJob: RegExp;
  /** Leading articles and possessives: `les`, `votre`, `your`. */
  articles: RegExp;
}

function compile(words: PageWords): Labels {
  const byLabel = new Map<string, Topic>();
  for (const topic of TOPICS) {
    for (const label of words.words(`label_${topic}` as PageClassName)) if (!byLabel.has(label)) byLabel.set(label, topic);
  }
  return {
    byLabel,
    qualifiers: new RegExp(`\\s+(${words.source('label_qualifiers')})$`),
    ofTheJob: new RegExp(`\\s+(?:${words.source('label_of_the_job')})$`),
    articles: new RegExp(`^(${words.source('label_articles')})\\s*(?=\\S)`),
  };
}

let compiled: Labels | undefined;
const labels = (): Labels => (compiled ??= compile(pageWords()));

/**
 * A label as written made comparable: folded, emoji, markdown marks, numbering (`1.`, `4 -`),
 * leading articles and possessives (`les`, `votre`, `your`) and trailing punctuation removed.
 */
export function labelKey(text: string): string {
  return fold(stripEmoji(text))
    .replace(/[*_`]+/g, '')
    .trim()
    .replace(/^\s*(\d+\s*[.)-]?\s*)+/, '')
    .replace(/[\s:?!.…]+$/, '')
    .replace(labels().articles, '')
    .replace(/[()[\]/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The topic a label announces, or `undefined` when it is not one of ours. */
export function topicOfLabel(text: string): Topic | undefined {
  const key = labelKey(text);
  if (key.length === 0 || key.length > 60) return undefined;
  const { byLabel, qualifiers, ofTheJob } = labels();
  const plain = key.replace(qualifiers, '');
  return byLabel.get(key) ?? byLabel.get(plain) ?? byLabel.get(plain.replace(ofTheJob, '').replace(qualifiers, ''));
}

/** Most words a heading may add after such a label (`## Modalités provisoires jusqu'au 30 juin 2023`). */
const MAX_PRECISION_WORDS = 6;
/** Topics a heading may announce with more words after the label; the others must match whole. */
const PREFIX_TOPICS: ReadonlySet<Topic> = new Set(['apply', 'conditions', 'remote']);

/**
 * The topic of a heading: a label (`### Contrat`, `## 🚀 Candidater`, `# COMMENT CANDIDATER ?`),
 * or a label followed by a short precision (`## Modalités de travail et rémunération` is
 * `conditions`; `## Postuler chez nous` is `apply`); `## Contrat et rémunération` is `conditions`.
 */
export function topicOfHeading(text: string): Topic | undefined {
  const exact = topicOfLabel(text);
  if (exact) return exact;
  const key = labelKey(text);
  const words = key.split(' ');
  for (let n = Math.min(words.length - 1, 6); n >= 1; n--) {
    const topic = labels().byLabel.get(words.slice(0, n).join(' '));
    if (!topic || words.length - n > MAX_PRECISION_WORDS) continue;
    if (topic === 'contract' || topic === 'salary') return 'conditions';
    if (PREFIX_TOPICS.has(topic)) return topic;
  }
  return undefined;
}
