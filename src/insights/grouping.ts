/**
 * Groups unanswered questions for HR: "Y a-t-il une cantine ?", "il y a une cantine sur
 * place ?" and "cantinne au bureau ?" are one need, asked three times.
 *
 * How, deterministically (the same rows always give the same groups):
 * 1. Identical phrasings (same words after `normalise`: case, accents, punctuation) merge.
 * 2. Each phrasing becomes its set of meaningful stems (stopwords of both languages and a few
 *    fillers of questions dropped, plurals and feminines folded); a rare stem one typo away from a more frequent
 *    one (five letters or more) is read as that one (`cantinne` → `cantine`).
 * 3. Phrasings are taken most asked first (by distinct visitors, then questions); a phrasing the
 *    bot read as a known intent about a known subject (an offer, a team, an organisation) joins
 *    the group already holding that intent and subject — "combien on est payé chez Dora" and
 *    "salaire Dora ?" are one need, whose fix is in one place —; any other joins the group
 *    holding its most similar phrasing when their Jaccard similarity (shared stems / all stems)
 *    is at least 0.5, else starts a group. Ties go to the older group.
 * 4. Groups are counted in visitors (one client asking the same thing 892 times is one
 *    visitor, and weighs as one), then in questions.
 * Trade-off: no synonyms for questions the bot did not understand ("cantine" and "restaurant
 * d'entreprise" stay apart), which keeps each grouping explainable by the words users typed.
 */
import { isStopword, normalise, stem, tokenize } from '../text/normalise.js';
import type { UnansweredGroup } from './insights.js';

/** What the grouping reads of one question. */
export interface GroupedQuestion {
  kind: 'unanswered' | 'escalation';
  question: string;
  lang: string;
  channel: string;
  at: number;
  /** Who asked (a keyed hash); absent: counted as a visitor of its own. */
  visitor?: string | null;
  intent?: string | null;
  organisationId?: string | null;
  teamId?: string | null;
  offerId?: string | null;
}

/** Intents that say the bot did not understand: no subject can be trusted from them. */
const NOT_UNDERSTOOD = new Set(['fallback', 'escalation', 'greeting', 'help', 'thanks', 'cancel']);

/** Options of `groupQuestions`. */
export interface GroupingOptions {
  /** Least Jaccard similarity of stems to join a group. Default 0.5: one shared word of two. */
  similarity?: number;
  /** How many other phrasings each group shows. Default 3. */
  examples?: number;
}

/** Words that say nothing of what is asked, on top of the stopwords (`pour`, `infos`…). */
const FILLERS = new Set([
  'pour', 'vers', 'entre', 'selon', 'lors', 'aupres', 'concernant', 'propos', 'niveau', 'question', 'questions',
  'info', 'infos', 'information', 'informations', 'existe', 'regarding', 'also', 'exist', 'exists',
]);

/** The meaningful stems of a question. */
function stemsOf(text: string, lang: string): Set<string> {
  const language = lang === 'en' ? 'en' : 'fr';
  return new Set(tokenize(text).filter((t) => !isStopword(t) && !FILLERS.has(t)).map((t) => stem(t, language)));
}

interface Phrasing {
  key: string;
  stems: Set<string>;
  questions: GroupedQuestion[];
  /** Distinct visitors who asked it. */
  visitors: number;
  /** The intent and subject the bot read, when it understood both (`salary|offer:dev`). */
  topic?: string;
}

/** Distinct visitors among `questions`; one without a visitor counts as one. */
function visitorCount(questions: readonly GroupedQuestion[]): number {
  const known = new Set<string>();
  let unknown = 0;
  for (const q of questions) {
    if (q.visitor) known.add(q.visitor);
    else unknown += 1;
  }
  return known.size + unknown;
}

/** The value most of `values` hold (defined ones only), the first among equals. */
function mostCommon(values: readonly (string | null | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/** The intent and subject of a phrasing, when the bot understood both. */
function topicOf(questions: readonly GroupedQuestion[]): string | undefined {
  const intent = mostCommon(questions.map((q) => q.intent));
  if (!intent || NOT_UNDERSTOOD.has(intent)) return undefined;
  const subject =
    mostCommon(questions.map((q) => (q.offerId ? `offer:${q.offerId}` : undefined))) ??
    mostCommon(questions.map((q) => (q.teamId ? `team:${q.teamId}` : undefined))) ??
    mostCommon(questions.map((q) => (q.organisationId ? `organisation:${q.organisationId}` : undefined)));
  return subject ? `${intent}|${subject}` : undefined;
}

/** True when `a` and `b` differ by one letter inserted, deleted, replaced or two swapped. */
function oneTypoApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** Maps each stem to a more frequent one a typo away, when there is one (most frequent wins). */
function typoCorrections(phrasings: readonly Phrasing[]): Map<string, string> {
  const frequency = new Map<string, number>();
  for (const p of phrasings) for (const s of p.stems) frequency.set(s, (frequency.get(s) ?? 0) + p.questions.length);
  const byFrequency = [...frequency.keys()].sort((a, b) => frequency.get(b)! - frequency.get(a)! || a.localeCompare(b));
  const corrections = new Map<string, string>();
  for (const [rank, stem] of byFrequency.entries()) {
    if (stem.length < 5) continue;
    for (const better of byFrequency.slice(0, rank)) {
      if (frequency.get(better)! > frequency.get(stem)! && better.length >= 5 && !corrections.has(better) && oneTypoApart(stem, better)) {
        corrections.set(stem, better);
        break;
      }
    }
  }
  return corrections;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Counts of `values`, as an object with keys in order (without a prototype: values are what users sent). */
function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  for (const v of [...values].sort()) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** A question as shown: spaces collapsed. */
const display = (question: string) => question.replace(/\s+/g, ' ').trim();

function summarise(members: readonly Phrasing[], exampleCount: number): UnansweredGroup {
  const questions = members.flatMap((m) => m.questions);
  const shown = members
    .map((m) => {
      const texts = new Map<string, number>();
      for (const q of m.questions) texts.set(display(q.question), (texts.get(display(q.question)) ?? 0) + 1);
      const [text] = [...texts.entries()].sort(([a, x], [b, y]) => y - x || a.length - b.length || a.localeCompare(b))[0]!;
      return { text, visitors: m.visitors, count: m.questions.length };
    })
    .sort((a, b) => b.visitors - a.visitors || b.count - a.count || a.text.length - b.text.length || a.text.localeCompare(b.text));
  const times = questions.map((q) => q.at);
  const intent = mostCommon(questions.map((q) => q.intent));
  const organisationId = mostCommon(questions.map((q) => q.organisationId));
  const teamId = mostCommon(questions.map((q) => q.teamId));
  return {
    representative: shown[0]!.text,
    count: questions.length,
    visitors: visitorCount(questions),
    ...(intent && !NOT_UNDERSTOOD.has(intent) ? { intent } : {}),
    ...(organisationId ? { organisationId } : {}),
    ...(teamId ? { teamId } : {}),
    offerIds: [...new Set(questions.flatMap((q) => (q.offerId ? [q.offerId] : [])))].sort(),
    examples: shown.slice(1, 1 + exampleCount).map((s) => s.text),
    langs: tally(questions.map((q) => q.lang)),
    channels: tally(questions.map((q) => q.channel)),
    firstAt: new Date(Math.min(...times)),
    lastAt: new Date(Math.max(...times)),
    escalations: questions.filter((q) => q.kind === 'escalation').length,
  };
}

/** Groups `questions` by similarity; the groups come most frequent first, then most recent. */
export function groupQuestions(questions: readonly GroupedQuestion[], options: GroupingOptions = {}): UnansweredGroup[] {
  const threshold = options.similarity ?? 0.5;
  const byKey = new Map<string, Phrasing>();
  for (const q of questions) {
    const text = display(q.question);
    if (!text) continue;
    const key = normalise(text) || text.toLowerCase();
    let phrasing = byKey.get(key);
    if (!phrasing) {
      phrasing = { key, stems: stemsOf(text, q.lang), questions: [], visitors: 0 };
      byKey.set(key, phrasing);
    }
    phrasing.questions.push(q);
  }
  for (const p of byKey.values()) {
    p.visitors = visitorCount(p.questions);
    p.topic = topicOf(p.questions);
  }
  const phrasings = [...byKey.values()].sort((a, b) => b.visitors - a.visitors || b.questions.length - a.questions.length || a.key.localeCompare(b.key));
  const corrections = typoCorrections(phrasings);
  for (const p of phrasings) p.stems = new Set([...p.stems].map((s) => corrections.get(s) ?? s));

  const groups: Phrasing[][] = [];
  const groupsByStem = new Map<string, Set<number>>();
  const groupsByTopic = new Map<string, number>();
  const topicOfGroup: (string | undefined)[] = [];
  for (const p of phrasings) {
    let best = p.topic === undefined ? -1 : (groupsByTopic.get(p.topic) ?? -1);
    let bestScore = threshold;
    const candidates = best >= 0 ? [] : [...new Set([...p.stems].flatMap((s) => [...(groupsByStem.get(s) ?? [])]))];
    for (const g of candidates.sort((a, b) => a - b)) {
      // Two questions about different offers (or different intents) are two needs, however alike their words.
      if (p.topic !== undefined && topicOfGroup[g] !== undefined && topicOfGroup[g] !== p.topic) continue;
      const score = Math.max(...groups[g]!.map((member) => jaccard(p.stems, member.stems)));
      if (score > bestScore || (score === bestScore && best < 0)) [best, bestScore] = [g, score];
    }
    if (best < 0) {
      best = groups.length;
      groups.push([]);
    }
    groups[best]!.push(p);
    if (p.topic !== undefined && !groupsByTopic.has(p.topic)) groupsByTopic.set(p.topic, best);
    topicOfGroup[best] ??= p.topic;
    for (const s of p.stems) groupsByStem.set(s, (groupsByStem.get(s) ?? new Set()).add(best));
  }
  return groups
    .map((members) => summarise(members, options.examples ?? 3))
    .sort(
      (a, b) =>
        b.visitors - a.visitors || b.count - a.count || b.lastAt.getTime() - a.lastAt.getTime() || a.representative.localeCompare(b.representative),
    );
}
