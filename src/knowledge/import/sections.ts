/**
 * Finds what a page's body states under a label, in the four forms pages use:
 *
 * - a heading and the text under it: `### Contrat` then `CDD de 6 mois.`;
 * - a list item: `- Contrat : freelance`, `* **Date de début** — janvier 2022`;
 * - bold text: `**Rémunération :** 3 000 € nets`, or a bold label alone on its line with
 *   the paragraph below;
 * - a plain line: `Rémunération : TJM entre 400 et 600 €`.
 *
 * Also gathers the lines of the sections about terms in general ("Modalités", "Conditions"),
 * where pages state a contract or remote work without a label ("Poste ouvert pour un·e
 * indépendant·e", "Télétravail possible").
 */
import { topicOfHeading, topicOfLabel, type Topic } from './labels.js';

/** How a value was written. */
export type LabelForm = 'heading' | 'list' | 'bold' | 'line';

/** One value stated under a label. */
export interface LabelledValue {
  readonly topic: Topic;
  /** The label as written, plain. */
  readonly label: string;
  /** The text stated (markdown), trimmed; for a heading, its whole section. */
  readonly value: string;
  readonly form: LabelForm;
  /** 1-based line of the label in the body. */
  readonly line: number;
}

/** One line of the body with its number, for scanning. */
export interface BodyLine {
  readonly text: string;
  readonly line: number;
}

/** What `extractSections` found. */
export interface ExtractedSections {
  /** Every labelled value, in the order of the page. */
  readonly values: readonly LabelledValue[];
  /** Lines of the sections about terms ("Modalités", "Conditions", "Statut"…) and of labelled terms. */
  readonly termLines: readonly BodyLine[];
  /** Headings, in order. */
  readonly headings: readonly { level: number; text: string; line: number }[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const LIST_ITEM = /^\s*(?:[-*•+▪◦‣]|\d{1,2}[.)])\s+(.*)$/;
/** `Label : value`, `Label — value`, `Label - value` once emphasis marks are removed. */
const LABEL_VALUE = /^([^:—–\n]{2,60}?)\s*(?::|—|–|\s-\s)\s*(.*)$/;

/** A question in bold used as a label, its answer after it: `**Quand ?** À compter du 17 janvier 2022`. */
const QUESTION_VALUE = /^\s*(?:\*\*|__)([^*_]{2,40}?\?)\s*(?:\*\*|__)\s*:?\s*(\S.*)$/;

/** The label and value of `text` (`**Contrat** : freelance`, `**Où ?** Paris`), when its label is one of ours. */
function labelled(text: string): { topic: Topic; label: string; value: string } | undefined {
  const question = QUESTION_VALUE.exec(text);
  const questionTopic = question ? topicOfLabel(question[1]!) : undefined;
  if (questionTopic) return { topic: questionTopic, label: question![1]!.trim(), value: question![2]!.trim() };
  const plain = text.replace(/\*\*|__/g, '').replace(/^\s*[*_](?=\S)|(?<=\S)[*_]\s*(?=:)/g, '').trim();
  const m = LABEL_VALUE.exec(plain);
  if (!m) return undefined;
  const topic = topicOfLabel(m[1]!);
  return topic ? { topic, label: m[1]!.trim(), value: m[2]!.trim() } : undefined;
}

/** Longest plain line read as a term under a bold label (`**Modalités :**` then `Démarrage au 1er mai`). */
const MAX_BOLD_TERM = 160;

/** A bold line alone, as pages write a heading in bold (`**Profil recherché**`, `**Modalités :**`). */
const BOLD_LINE = /^\s*(?:\*\*|__)[^*_]{2,80}(?:\*\*|__)\s*:?\s*$/;

/** A bold label alone on its line (`**Rémunération**`, `**Contrat :**`). */
function boldLabelAlone(text: string): { topic: Topic; label: string } | undefined {
  const m = /^\s*(?:\*\*|__)([^*_]{2,60}?)\s*:?\s*(?:\*\*|__)\s*:?\s*$/.exec(text);
  if (!m) return undefined;
  const topic = topicOfLabel(m[1]!);
  return topic ? { topic, label: m[1]!.trim() } : undefined;
}

/**
 * Extracts the labelled values and the lines about terms of `body` (clean markdown, see
 * `cleanBody`).
 */
export function extractSections(body: string): ExtractedSections {
  const lines = body.split('\n');
  const values: LabelledValue[] = [];
  const termLines: BodyLine[] = [];
  const headings: { level: number; text: string; line: number }[] = [];
  const sectionTopics: { level: number; topic: Topic | undefined }[] = [];
  // The topic of the bold line written as a heading (`**Modalités :**`) over the lines below, up to the next one.
  let boldTopic: Topic | undefined;
  let inFence = false;

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (/^\s*```/.test(text)) inFence = !inFence;
    if (inFence) continue;
    const heading = HEADING.exec(text);
    if (heading) {
      const level = heading[1]!.length;
      const title = heading[2]!;
      headings.push({ level, text: title, line: i + 1 });
      boldTopic = undefined;
      while (sectionTopics.length > 0 && sectionTopics.at(-1)!.level >= level) sectionTopics.pop();
      // `## Modalités :` is a heading over its section; `## Contrat : CDD` states its value inline.
      const found = labelled(title);
      const inline = found && found.value !== '' ? found : undefined;
      const topic = inline ? undefined : topicOfHeading(title);
      sectionTopics.push({ level, topic });
      if (inline) values.push({ ...inline, form: 'heading', line: i + 1 });
      else if (topic) values.push({ topic, label: title.replace(/\*\*/g, '').trim(), value: sectionText(lines, i + 1, level), form: 'heading', line: i + 1 });
      continue;
    }
    const alone = LIST_ITEM.test(text) ? undefined : boldLabelAlone(text);
    if (BOLD_LINE.test(text)) boldTopic = alone?.topic;
    // Under a bold label, only short lines and list items: pages write terms that way, and long paragraphs under "**Ce que nous proposons**" tell a story.
    const underBold = boldTopic !== undefined && boldTopic !== 'apply' && !alone && (LIST_ITEM.test(text) || text.length <= MAX_BOLD_TERM);
    const inTerms = sectionTopics.some((s) => s.topic !== undefined && s.topic !== 'apply') || underBold;
    if (inTerms && text.trim() !== '') termLines.push({ text, line: i + 1 });

    const item = LIST_ITEM.exec(text);
    const found = labelled(item ? item[1]! : text);
    if (found && (item || /^\s*(\*\*|__)/.test(text) || !/[.!?]\s/.test(found.label))) {
      const form: LabelForm = item ? 'list' : /^\s*(\*\*|__)/.test(text) ? 'bold' : 'line';
      const value = found.value === '' ? paragraphAfter(lines, i + 1) : found.value;
      values.push({ ...found, value, form, line: i + 1 });
      if (!inTerms) termLines.push({ text, line: i + 1 });
      continue;
    }
    if (alone) values.push({ ...alone, value: paragraphAfter(lines, i + 1), form: 'bold', line: i + 1 });
  }
  return { values, termLines, headings };
}

/** The text under a heading of `level` starting at line index `from`, up to the next heading of that level or higher. */
function sectionText(lines: readonly string[], from: number, level: number): string {
  const out: string[] = [];
  for (let i = from; i < lines.length; i++) {
    const m = HEADING.exec(lines[i]!);
    if (m && m[1]!.length <= level) break;
    out.push(lines[i]!);
  }
  return out.join('\n').trim();
}

/** The paragraph (or list) right after a bold label: lines up to a blank line, a heading or another label. */
function paragraphAfter(lines: readonly string[], from: number): string {
  const out: string[] = [];
  let i = from;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  for (; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.trim() === '' || HEADING.test(text) || boldLabelAlone(text)) break;
    if (out.length > 0 && labelled(text) && !LIST_ITEM.test(text)) break;
    out.push(text);
  }
  return out.join('\n').trim();
}
