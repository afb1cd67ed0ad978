/**
 * Scores a message against every intent, from two kinds of evidence learnt from
 * `dialogs/utterances`:
 *
 * - cue words: a strong cue ("salaire", "télétravail", "postuler") is enough on its own; a weak
 *   one ("combien", "comment") only helps. Several cues add up (noisy-or).
 * - example utterances: the message is compared with every example (cosine over TF-IDF
 *   weighted stems and stem bigrams), and each intent keeps its best example.
 *
 * Both are combined by noisy-or, so that either strong evidence suffices and agreement
 * raises the score. The scores are explainable: `explain` lists the cues and the example
 * that counted.
 */
import type { Lang } from '../knowledge/schemas.js';
import { EXAMPLE_WEIGHT, STRONG_CUE, WEAK_CUE } from '../tuning.js';
import type { IntentName } from './intents.js';
import { stem, tokenize } from '../text/normalise.js';
import { dotProducts, norm } from '../text/sparse-vectors.js';
import type { IntentExamples } from './utterances.js';

/** One intent's score for one message. */
export interface IntentScore {
  intent: Exclude<IntentName, 'fallback'>;
  /** 0..1: how strongly the message expresses the intent. */
  score: number;
  /** The cue phrases found in the message. */
  cues: string[];
  /** The closest example and its similarity. */
  example?: { text: string; similarity: number };
}

/** Tuning of the classifier; defaults in src/tuning.ts. */
export interface ClassifierOptions {
  /** Weight of a strong cue. Default STRONG_CUE. */
  strongCue?: number;
  /** Weight of a weak cue. Default WEAK_CUE. */
  weakCue?: number;
  /** How much the best example similarity counts. Default EXAMPLE_WEIGHT. */
  exampleWeight?: number;
}

/** Words that say nothing about the intent; dropped before comparing with examples. */
const FILLER = new Set(
  `le la les un une des du de d l au aux et est sont il elle on je tu vous nous ce c ca cet cette ces y a t
  se sa son ses mon ma mes ton ta tes en
  the a an is are to of in on for and or it be do does did i you me my your this that there`.split(/\s+/),
);

/** The stems of a text, in order, fillers included (cue phrases may contain them). */
export function stemsOf(text: string, lang: Lang = 'fr'): string[] {
  return tokenize(text).map((t) => stem(t, lang));
}

function features(stems: readonly string[]): string[] {
  const content = stems.filter((s) => !FILLER.has(s));
  const out = [...content];
  for (let i = 1; i < content.length; i++) out.push(`${content[i - 1]} ${content[i]}`);
  return out;
}

interface Cue {
  intent: IntentScore['intent'];
  phrase: string;
  stems: string[];
  weight: number;
}

interface Example {
  intent: IntentScore['intent'];
  text: string;
  vector: Map<string, number>;
  norm: number;
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The intent classifier. Build once (milliseconds), then `classify` per message (microseconds). */
export class IntentClassifier {
  /** Cues by language (a cue is stemmed as each language would stem it) and first stem. */
  private readonly cuesByFirstStem: Record<Lang, Map<string, Cue[]>> = { fr: new Map(), en: new Map() };
  private readonly examples: Example[] = [];
  /** Examples by feature, so that a message is compared only with examples it shares a feature with. */
  private readonly byFeature = new Map<string, Example[]>();
  private readonly idf = new Map<string, number>();
  private readonly intents: IntentScore['intent'][];
  private readonly exampleWeight: number;

  constructor(data: readonly IntentExamples[], options: ClassifierOptions = {}) {
    const strong = options.strongCue ?? STRONG_CUE;
    const weak = options.weakCue ?? WEAK_CUE;
    this.exampleWeight = options.exampleWeight ?? EXAMPLE_WEIGHT;
    this.intents = data.map((d) => d.intent);
    for (const { intent, cues } of data) {
      for (const [phrases, weight] of [
        [cues.strong, strong],
        [cues.weak, weak],
      ] as const) {
        for (const phrase of phrases) {
          for (const lang of ['fr', 'en'] as const) {
            const stems = stemsOf(phrase, lang);
            if (stems.length === 0) continue;
            const byStem = this.cuesByFirstStem[lang];
            const list = byStem.get(stems[0]!) ?? [];
            if (list.some((c) => c.intent === intent && c.stems.join(' ') === stems.join(' '))) continue;
            list.push({ intent, phrase, stems, weight });
            byStem.set(stems[0]!, list);
          }
        }
      }
    }
    const documents = data.flatMap(({ intent, examples }) =>
      examples.map(({ text, lang }) => ({ intent, text, features: new Set(features(stemsOf(text, lang))) })),
    );
    const df = new Map<string, number>();
    for (const d of documents) for (const f of d.features) df.set(f, (df.get(f) ?? 0) + 1);
    for (const [f, n] of df) this.idf.set(f, Math.log(1 + documents.length / n));
    for (const d of documents) {
      const vector = new Map<string, number>();
      for (const f of d.features) vector.set(f, this.idf.get(f)!);
      const example = { intent: d.intent, text: d.text, vector, norm: norm(vector) };
      this.examples.push(example);
      for (const f of vector.keys()) {
        const list = this.byFeature.get(f) ?? [];
        list.push(example);
        this.byFeature.set(f, list);
      }
    }
  }

  /**
   * Scores every intent for a message already reduced to stems (see `stemsOf`) in its
   * language, best first.
   */
  classify(stems: readonly string[], lang: Lang = 'fr'): IntentScore[] {
    const cueScore = new Map<string, number>();
    const cueHits = new Map<string, string[]>();
    const seen = new Set<Cue>();
    for (const s of new Set(stems)) {
      for (const cue of this.cuesByFirstStem[lang].get(s) ?? []) {
        if (seen.has(cue) || !containsSequence(stems, cue.stems)) continue;
        seen.add(cue);
        const before = cueScore.get(cue.intent) ?? 0;
        cueScore.set(cue.intent, 1 - (1 - before) * (1 - cue.weight));
        cueHits.set(cue.intent, [...(cueHits.get(cue.intent) ?? []), cue.phrase]);
      }
    }
    const query = new Map<string, number>();
    for (const f of new Set(features(stems))) query.set(f, this.idf.get(f) ?? Math.log(1 + this.examples.length));
    const queryNorm = norm(query);
    const best = new Map<string, { text: string; similarity: number }>();
    if (queryNorm > 0) {
      dotProducts(query, this.byFeature).forEach((dot, example) => {
        const similarity = dot / (queryNorm * example.norm);
        const current = best.get(example.intent);
        if (!current || similarity > current.similarity) best.set(example.intent, { text: example.text, similarity });
      });
    }
    return this.intents
      .map((intent) => {
        const cue = cueScore.get(intent) ?? 0;
        const example = best.get(intent);
        const similarity = (example?.similarity ?? 0) * this.exampleWeight;
        return { intent, score: 1 - (1 - cue) * (1 - similarity), cues: cueHits.get(intent) ?? [], example };
      })
      .sort((a, b) => b.score - a.score);
  }
}
