/**
 * How close a question is to an FAQ entry's own phrasings (its question and alternatives),
 * the way the intent classifier compares a message with example utterances: cosine over
 * TF-IDF weighted stems and stem bigrams, organisation names left out. Search finds the
 * entries; this breaks ties among those it finds about as well ("Comment postuler ?" is
 * closer to "Comment postuler chez beta.gouv.fr ?" than to "Faut-il une lettre de motivation
 * pour postuler ?").
 *
 * Plain TypeScript; build once per knowledge version (milliseconds for hundreds of entries).
 */
import type { Faq, Lang } from '../knowledge/schemas.js';
import { isStopword, stem, tokenize } from '../text/normalise.js';
import { dotProducts, norm } from '../text/sparse-vectors.js';

/** One entry's best phrasing similarity, 0..1. */
export interface PhrasingMatch {
  faq: Faq;
  similarity: number;
  /** The phrasing that matched best. */
  phrasing: string;
}

interface Phrasing {
  faq: Faq;
  text: string;
  vector: Map<string, number>;
  norm: number;
}

const features = (text: string, lang: Lang, names: ReadonlySet<string>): string[] => {
  const stems = tokenize(text)
    .filter((t) => !isStopword(t) && !names.has(t))
    .map((t) => stem(t, lang));
  const out = [...stems];
  for (let i = 1; i < stems.length; i++) out.push(`${stems[i - 1]} ${stems[i]}`);
  return out;
};

export class FaqMatcher {
  private readonly phrasings: Phrasing[] = [];
  private readonly idf = new Map<string, number>();
  private readonly byFeature = new Map<string, Phrasing[]>();
  private readonly unseenWeight: number;

  /**
   * @param faqs the entries.
   * @param names words of organisation names: left out on both sides, since the organisation
   *   filter handles them and "… de la DINUM" would otherwise resemble every DINUM entry.
   */
  constructor(
    faqs: readonly Faq[],
    private readonly names: ReadonlySet<string> = new Set(),
  ) {
    // A gloss in brackets ("… forum (Forum de l'emploi tech de l'État)?") names the subject again, often in the other language: left out.
    const docs = faqs.flatMap((faq) => [faq.question, ...faq.alternatives].map((text) => ({ faq, text, features: new Set(features(text.replace(/\s*\([^)]*\)/g, ''), faq.lang, names)) })));
    const df = new Map<string, number>();
    for (const d of docs) for (const f of d.features) df.set(f, (df.get(f) ?? 0) + 1);
    for (const [f, n] of df) this.idf.set(f, Math.log(1 + docs.length / n));
    this.unseenWeight = Math.log(1 + docs.length);
    for (const d of docs) {
      const vector = new Map<string, number>();
      for (const f of d.features) vector.set(f, this.idf.get(f)!);
      const phrasing = { faq: d.faq, text: d.text, vector, norm: norm(vector) };
      this.phrasings.push(phrasing);
      for (const f of d.features) {
        const list = this.byFeature.get(f) ?? [];
        list.push(phrasing);
        this.byFeature.set(f, list);
      }
    }
  }

  /** The best phrasing similarity of each entry to the question, by entry id (entries with none are absent). */
  similarities(question: string, lang: Lang): Map<string, number> {
    return new Map(this.match(question, lang, Number.MAX_SAFE_INTEGER).map((m) => [m.faq.id, m.similarity]));
  }

  /**
   * Entries whose phrasings resemble the question, best first (one per entry). Words the FAQ
   * never uses count as unseen (the largest weight), which keeps unrelated questions low.
   */
  match(question: string, lang: Lang, limit = 8): PhrasingMatch[] {
    const query = new Map<string, number>();
    for (const f of new Set(features(question, lang, this.names))) {
      // Unseen bigrams are not held against the question: only unseen words are.
      if (f.includes(' ') && !this.idf.has(f)) continue;
      query.set(f, this.idf.get(f) ?? this.unseenWeight);
    }
    const queryNorm = norm(query);
    if (queryNorm === 0) return [];
    const best = new Map<Faq, PhrasingMatch>();
    dotProducts(query, this.byFeature).forEach((dot, p) => {
      const similarity = dot / (queryNorm * p.norm);
      if ((best.get(p.faq)?.similarity ?? 0) < similarity) best.set(p.faq, { faq: p.faq, similarity, phrasing: p.text });
    });
    return [...best.values()].sort((a, b) => b.similarity - a.similarity).slice(0, limit);
  }
}
