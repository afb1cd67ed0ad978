/**
 * Everything a turn reads, derived from one version of the knowledge: the answers' view, the
 * search index and the recogniser. Rebuilt in the background when HR edits a file; turns keep
 * using the previous version until the new one is ready, so an edit never slows a reply.
 */
import { KnowledgeView } from './answers/knowledge-view.js';
import type { FaqFinder, FaqMatch } from './answers/faq-answers.js';
import { Passages } from './answers/passages.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import type { Faq, Lang } from './knowledge/schemas.js';
import { DEFAULT_SYNONYMS, SearchIndex } from './knowledge/search/index.js';
import { NO_ANSWER_THRESHOLD, PHRASING_BONUS, REMEMBERED_TEXT_LENGTH } from './tuning.js';
import { LruCache } from './text/lru.js';
import type { KnowledgeSnapshot } from './knowledge/snapshot.js';
import { FaqMatcher } from './understanding/faq-matcher.js';
import { forgetChunkTokens, tokenize } from './text/normalise.js';
import { Recogniser, type RecogniserOptions } from './understanding/recogniser.js';
import { TermMentions } from './understanding/term-mentions.js';
import type { IntentExamples } from './understanding/utterances.js';


/** Offer searches remembered per knowledge version. */
const OFFER_SEARCH_CACHE = 2000;
/** FAQ entries a search returns unless asked for another number. */
const FAQ_LIMIT = 5;
/** A question that may hold an e-mail address or a dossier number (an @, a run of 5 digits or more). */
const MAY_BE_PERSONAL = /@|\d{5,}/;

/** FAQ searches remembered per knowledge version, by default (see `TremplinCoreOptions.rememberFaqSearches`). */
const FAQ_SEARCH_CACHE = 2000;

/** One version of the knowledge, ready for turns. */
export interface KnowledgeRuntime {
  version: number;
  view: KnowledgeView;
  index: SearchIndex;
  /**
   * The explanations of the public service's words (`terms/`), indexed apart: their words then
   * weigh nothing in the offer and FAQ searches, whose rankings stay what they were without them.
   */
  termIndex: SearchIndex;
  /** The explained words, to find in answers (which then offer to explain them). */
  termMentions: TermMentions;
  recogniser: Recogniser;
  /** The FAQ answers and organisation presentations cut into passages, for precise questions. */
  passages: Passages;
  /** FAQ entries for a question, best first. */
  findFaqs: FaqFinder;
  /** Open offers about a subject ("data", "designer"), best first, scoring at least `minScore`; closed and stale ones too with `includeClosed`. */
  searchOffers: (subject: string, lang: Lang, minScore?: number, includeClosed?: boolean) => string[];
}

/** What the core is built from. */
export interface TremplinCoreOptions {
  knowledge: Pick<KnowledgeBase, 'snapshot' | 'onChange'>;
  utterances: readonly IntentExamples[];
  recogniser?: RecogniserOptions;
  /**
   * FAQ searches remembered per knowledge version (question, language, employer, limit). The
   * same questions come back all day (the suggested actions, "comment postuler ?"), and an FAQ
   * search is a large share of answering one (~0.1 ms); remembered, it costs a lookup. Default
   * 2,000 (a few hundred KB); 0 searches every time (benchmarks that measure a fresh turn).
   */
  rememberFaqSearches?: number;
}

/** Builds the runtime for a snapshot. */
export function buildRuntime(
  snapshot: KnowledgeSnapshot,
  utterances: readonly IntentExamples[],
  options: RecogniserOptions = {},
  rememberFaqSearches = FAQ_SEARCH_CACHE,
): KnowledgeRuntime {
  const recogniser = new Recogniser(utterances, snapshot, options);
  // Words of job titles that mean the same (the lexicon's `job_word_groups`: "manager" and "responsable") are searched alike too.
  const synonyms = [...DEFAULT_SYNONYMS, ...recogniser.lexicon.groups('job_word_groups')];
  const index = SearchIndex.build(snapshot.entries.filter((entry) => entry.kind !== 'term'), { synonyms });
  const termIndex = SearchIndex.build(snapshot.terms);
  const names = new Set(snapshot.organisations.flatMap((o) => [o.id, o.name, ...o.aliases]).flatMap((n) => tokenize(n)));
  const phrasings = new FaqMatcher(snapshot.faqs, names);
  const offerSearches = new LruCache<string, string[]>(OFFER_SEARCH_CACHE, REMEMBERED_TEXT_LENGTH);
  const faqSearches = rememberFaqSearches > 0 ? new LruCache<string, readonly FaqMatch[]>(rememberFaqSearches, REMEMBERED_TEXT_LENGTH) : undefined;
  const findFaqs: FaqFinder = (question, { lang, organisation, limit = FAQ_LIMIT }) => {
    const hits = index.search(question, { kinds: ['faq'], lang, organisation, limit: limit + 3 });
    const close = phrasings.similarities(question, lang);
    const similarity = (faq: Faq) => Math.max(close.get(faq.id) ?? 0, close.get(faq.translation_of ?? '') ?? 0);
    // Ranked by the sum, shown capped at 1: entries that both reach 1 ("What is the job fair?":
    // its presentation, and an entry whose phrasing also names the fair) keep their order.
    return hits
      .map((hit) => {
        const phrasing = similarity(hit.entry as Faq);
        return { rank: hit.score + PHRASING_BONUS * phrasing, match: Object.freeze({ faq: hit.entry as Faq, score: Math.min(1, hit.score + PHRASING_BONUS * phrasing), phrasing }) };
      })
      .sort((a, b) => b.rank - a.rank)
      .slice(0, limit)
      .map((r) => r.match);
  };
  const runtime: KnowledgeRuntime = {
    version: snapshot.version,
    view: new KnowledgeView(snapshot),
    index,
    termIndex,
    termMentions: new TermMentions(snapshot.terms),
    recogniser,
    passages: new Passages([...snapshot.faqs, ...snapshot.organisations], recogniser.lexicon, recogniser.places),
    findFaqs: faqSearches
      ? (question, options) => {
          const key = `${options.lang}|${options.organisation ?? ''}|${options.limit ?? FAQ_LIMIT}|${question}`;
          let matches = faqSearches.get(key);
          if (!matches) {
            matches = Object.freeze(findFaqs(question, options));
            // What may be an address or a dossier number is searched, never remembered.
            if (!MAY_BE_PERSONAL.test(question)) faqSearches.set(key, matches);
          }
          return matches;
        }
      : findFaqs,
    searchOffers: (subject, lang, minScore = NO_ANSWER_THRESHOLD, includeClosed = false) => {
      // The same subject is looked up several times in a turn, and across turns: remember it.
      const key = `${lang}|${minScore}|${includeClosed}|${subject}`;
      let ids = offerSearches.get(key);
      if (!ids) {
        ids = index.search(subject, { kinds: ['offer'], lang, limit: 200, minScore, prefix: false, ...(includeClosed ? { filters: { includeClosed } } : {}) }).map((hit) => hit.entry.id);
        offerSearches.set(key, ids);
      }
      return ids;
    },
  };
  forgetChunkTokens();
  return runtime;
}

/** Keeps the runtime in step with the knowledge base. */
export class TremplinCore {
  private runtime: KnowledgeRuntime;
  private building: Promise<void> | undefined;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: TremplinCoreOptions) {
    this.runtime = buildRuntime(options.knowledge.snapshot(), options.utterances, options.recogniser, options.rememberFaqSearches);
    this.unsubscribe = options.knowledge.onChange(() => this.refresh());
  }

  /** The runtime of the latest knowledge version that is ready. */
  current(): KnowledgeRuntime {
    const snapshot = this.options.knowledge.snapshot();
    if (snapshot.version !== this.runtime.version && !this.building) this.refresh();
    return this.runtime;
  }

  /** Rebuilds for the latest snapshot, off the turn's path. */
  refresh(): Promise<void> {
    this.building ??= new Promise<void>((resolve) => {
      setImmediate(() => {
        try {
          const snapshot = this.options.knowledge.snapshot();
          if (snapshot.version !== this.runtime.version) {
            this.runtime = buildRuntime(snapshot, this.options.utterances, this.options.recogniser, this.options.rememberFaqSearches);
          }
        } finally {
          this.building = undefined;
          resolve();
        }
      });
    });
    return this.building;
  }

  close(): void {
    this.unsubscribe();
  }
}
