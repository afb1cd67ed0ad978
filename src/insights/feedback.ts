/**
 * Which answers to fix first: the feedback of each answer (one intent, one set of sources),
 * least helpful first.
 *
 * The order is the lower bound of the 95 % Wilson interval of the "Pas utile" rate: an answer
 * judged useless 30 times out of 40 comes before one judged useless once out of once, because
 * that one click proves less. Ties: more "Pas utile" first, then by intent and sources.
 */
import type { FeedbackSummary } from './insights.js';
import type { FeedbackCount, UnhelpfulQuestion } from './storage.js';

/** Lower bound of the Wilson score interval (z = 1.96) of `failures` out of `total`. */
export function wilsonLowerBound(failures: number, total: number): number {
  if (total === 0) return 0;
  const z = 1.96;
  const p = failures / total;
  const centre = p + (z * z) / (2 * total);
  const spread = z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total));
  return (centre - spread) / (1 + (z * z) / total);
}

/** The canonical stored form of a list of sources: a JSON array of distinct, sorted ids. */
export function sourcesKey(sources: readonly string[]): string {
  return JSON.stringify([...new Set(sources)].sort());
}

function parseSources(key: string): string[] {
  try {
    const value: unknown = JSON.parse(key);
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The summaries, least helpful first, each with up to `examples` distinct questions from
 * `unhelpful` (given most recent first).
 */
export function rankFeedback(
  counts: readonly FeedbackCount[],
  unhelpful: readonly UnhelpfulQuestion[],
  examples = 3,
): FeedbackSummary[] {
  const questions = new Map<string, string[]>();
  for (const u of unhelpful) {
    const key = `${u.intent}\n${u.sources}`;
    const list = questions.get(key) ?? [];
    if (list.length < examples && !list.includes(u.question)) list.push(u.question);
    questions.set(key, list);
  }
  return counts
    .map((c) => ({
      score: wilsonLowerBound(c.notHelpful, c.helpful + c.notHelpful),
      summary: {
        sources: parseSources(c.sources),
        intent: c.intent,
        helpful: c.helpful,
        notHelpful: c.notHelpful,
        questions: questions.get(`${c.intent}\n${c.sources}`) ?? [],
      },
    }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.summary.notHelpful - a.summary.notHelpful ||
        a.summary.intent.localeCompare(b.summary.intent) ||
        a.summary.sources.join(' ').localeCompare(b.summary.sources.join(' ')),
    )
    .map((r) => r.summary);
}
