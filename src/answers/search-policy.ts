/**
 * How a question is looked up in the knowledge, in one place: which FAQ entry answers it (or
 * which employer to ask about), and when an FAQ entry answers a question better than a listing
 * of offers. Pure functions of the reading, the finders and the conversation's context; the
 * dialogs decide what to remember. Every threshold comes from src/tuning.ts.
 */
import type { Lang, Offer } from '../knowledge/schemas.js';
import {
  ANSWERS_SIDE_BY_SIDE, CLEAR_LEAD_MIN, CLEAR_LEAD_RATIO, SIDE_BY_SIDE_MIN, CONTEXT_FIT, FAIR_GAP, FALLBACK_FAQ_THRESHOLD, FAQ_INSTEAD_OF_LISTING, FEW_TITLES, YEAR_SEARCH_LIMIT, FOLLOW_UP_PASSAGE_MIN, FOLLOW_UP_WEIGHT, KNOWN_WORDS_WEIGHT, NAMED_PLAINLY,
  NO_ANSWER_THRESHOLD, RIVAL_SCORE, SAME_KIND_GAP, SAME_SCORE, SHORT_FOLLOW_UP_WORDS, STRONG_RIVAL_SCORE, SUBJECT_MIN_SCORE,
} from '../tuning.js';
import { kindsAsked } from '../understanding/aspects.js';
import { intentsWith, isIntentName, type IntentName } from '../understanding/intents.js';
import type { SearchQuery, Understanding } from '../understanding/reading.js';
import type { Answer } from './answer.js';
import { askOrganisation } from './application-process.js';
import { answersByEmployer, faqAnswer, questionSuggestions, type FaqFinder, type FaqMatch } from './faq-answers.js';
import { newestFirst, type KnowledgeView } from './knowledge-view.js';
import { notStatedAnswer, passageAnswer, readPassages, searchPassages, type PassageQuestion } from './passage-answers.js';
import type { Passages } from './passages.js';

/** Open offers about a subject ("data", "designer"), best first, scoring at least `minScore`; closed and stale ones too with `includeClosed`. */
export type OfferFinder = (subject: string, lang: Lang, minScore?: number, includeClosed?: boolean) => string[];

/** What an FAQ lookup is asked. */
export interface FaqQuestion {
  /** The queries to search with (the reading's, or the held question's). */
  queries: SearchQuery[];
  /** The question's text, held when the bot asks which employer. */
  text: string;
  /** The question's number of words (a short one may be read with the previous question). */
  words: number;
  lang: Lang;
  /** The language the question's words are in, when the answer is wanted in another ("et en français ?" after an English question). Default `lang`. */
  searchLang?: Lang;
  /** The intent reported when the entry names none. */
  intent: IntentName;
  /** The employer the question names (or the one held with it). */
  organisation?: string;
  /** The employer the conversation is about, tried first when the question names none. */
  contextOrganisation?: string;
  /**
   * The previous question, without its employer: read together with a short question that finds
   * nothing alone, or that names no subject of its own ("quelle est l'adresse exacte ?").
   */
  previous?: string;
  /** The previous question's words the knowledge says ("forum" of "le forum est-il gratuit ?"): a second reading with it. */
  previousSaid?: string;
  /** The reading of the question, for answers at passage level (see ./passage-answers.ts); without it, entries answer whole. */
  reading?: PassageQuestion;
}

/** What the lookup found. */
export type FaqLookup =
  /** `read`: the question read, when it was read with the previous one (remember it for the next follow-up). */
  | { found: 'answer'; answer: Answer; match: FaqMatch; read?: string }
  /** Several employers answer alike: the answer asks which, and `held` is the question to hold meanwhile. */
  | { found: 'ask-organisation'; answer: Answer; held: { text: string; intent: IntentName } }
  /** No entry answers, but a passage of one does. */
  | { found: 'passage'; answer: Answer; read?: string }
  | { found: 'nothing'; closest: FaqMatch[] };

const FAQ_INTENTS = intentsWith('faqIntent');
const faqIntent = (value: string | undefined): IntentName | undefined => (value && isIntentName(value) && FAQ_INTENTS.has(value) ? value : undefined);

/**
 * The entry of `organisation` that asks what `found` (another employer's) asks: found by the
 * other's question and phrasings, of the same intent, when one fits fairly ("et j'aurai une réponse quand ?"
 * in a conversation about beta.gouv.fr: its recruitment time, not PEReN's answer about delays).
 */
function counterpart(findFaqs: FaqFinder, found: FaqMatch, organisation: string, lang: Lang): FaqMatch | undefined {
  let best: FaqMatch | undefined;
  for (const text of [found.faq.question, ...found.faq.alternatives]) {
    const m = findFaqs(text, { lang, organisation, limit: 1 })[0];
    if (m && m.faq.organisation === organisation && m.faq.intent === found.faq.intent && (!best || m.score > best.score)) best = m;
  }
  return best && best.score >= NO_ANSWER_THRESHOLD ? { ...best, phrasing: 0 } : undefined;
}

/**
 * The FAQ entry that answers a question: searched first among the entries of the employer in
 * context when the question names none (when one fits well enough), then among all; a short
 * question that finds nothing alone is read with the previous one ("où ça se passe ?" after the
 * forum); when the best entries belong to different employers and the question names none, the
 * bot asks which.
 */
export function lookUpFaq(view: KnowledgeView, findFaqs: FaqFinder, question: FaqQuestion, passages?: Passages): FaqLookup {
  const { lang, organisation } = question;
  let queries = question.queries;
  const years = question.reading?.entities?.years ?? [];
  const search = (filter?: string): FaqMatch[] => {
    const best = new Map<string, FaqMatch>();
    for (const { text, weight } of queries) {
      for (const m of findFaqs(text, { lang: question.searchLang ?? lang, organisation: filter, limit: years.length ? YEAR_SEARCH_LIMIT : 8 })) {
        const score = m.score * weight;
        if ((best.get(m.faq.id)?.score ?? -1) < score) best.set(m.faq.id, { faq: m.faq, score, phrasing: (m.phrasing ?? 0) * weight });
      }
    }
    // Entries that both reach the cap of 1 keep the search's order, then the closer phrasing first.
    const ranked = [...best.values()].sort((a, b) => b.score - a.score || (b.phrasing ?? 0) - (a.phrasing ?? 0));
    return years.length ? aboutTheYears(ranked, years) : ranked;
  };
  // A question without an employer, in a conversation about one, is first about that one.
  const context = organisation ? undefined : question.contextOrganisation;
  const contextual = context ? search(context) : [];
  const contextFits = contextual[0] !== undefined && contextual[0].score >= CONTEXT_FIT;
  let hits = contextFits ? contextual : search(organisation);
  // A short question that finds nothing alone, or that asks without naming what about ("where
  // exactly?"), is about the previous one's subject: the two read together.
  let read: string | undefined;
  const bare = question.reading !== undefined && question.reading.terms.length === 0;
  if (question.previous && ((hits[0]?.score ?? 0) < NO_ANSWER_THRESHOLD || bare) && question.words <= SHORT_FOLLOW_UP_WORDS) {
    const own = { queries, hits };
    // A question that names no subject is searched by the previous one's subject alone: its own
    // words ask for a kind of fact ("adresse"), which would find entries about that fact.
    const together = bare
      ? [question.previousSaid ?? question.previous]
      : [question.previous, ...(question.previousSaid && question.previousSaid !== question.previous ? [question.previousSaid] : [])].map((p) => `${p} ${question.text}`);
    queries = together.map((text) => ({ text, weight: FOLLOW_UP_WEIGHT }));
    hits = search(organisation ?? question.contextOrganisation).map((h) => ({ ...h, phrasing: 0 }));
    if ((hits[0]?.score ?? 0) >= FOLLOW_UP_PASSAGE_MIN) read = `${question.previousSaid ?? question.previous} ${question.text}`;
    else if (bare) ({ queries, hits } = own);
  }
  if (passages && question.reading) hits = sameKindFirst(hits, question.reading, passages);
  const first = hits[0];
  // When the classifier did not understand the question, the FAQ must be surer of itself.
  // An entry of the employer named that leads the others by far answers at a lower score: the
  // question is about it, in words its phrasings lack ("Y a-t-il une formation quand on arrive chez beta.gouv.fr ?").
  const clearLead = first !== undefined && organisation !== undefined && first.faq.organisation === organisation && (hits[1]?.score ?? 0) <= first.score * CLEAR_LEAD_RATIO;
  const threshold = clearLead ? CLEAR_LEAD_MIN : question.intent === 'fallback' ? FALLBACK_FAQ_THRESHOLD : NO_ANSWER_THRESHOLD;
  if (!first || first.score < threshold) {
    const top = first;
    // A follow-up read with the question before finds the subject's entry, not surely: it
    // answers when it says what is asked ("qui l'organise ?" after the forum: "organisé par…").
    if (read && top && top.score >= FOLLOW_UP_PASSAGE_MIN && passages && question.reading) {
      const found = view.inLanguage(top.faq, lang).entry;
      const reading = readPassages(passages, found, question.reading);
      const intent = faqIntent(top.faq.intent) ?? (question.intent === 'fallback' ? 'organisation_info' : question.intent);
      if (reading.kind === 'passage') return { found: 'answer', match: top, read, answer: passageAnswer(view, reading, lang, intent) };
      if (reading.kind === 'whole' && reading.holds) return { found: 'answer', match: top, read, answer: faqAnswer(view, top.faq, lang, intent) };
      // A question that only asks for a fact ("the exact address?") is surely about that subject: what it does not state is said so.
      if (reading.kind === 'not-stated' && bare) return { found: 'answer', match: top, read, answer: notStatedAnswer(view, reading, found, lang, intent) };
    }
    // No entry answers: perhaps a passage of one does ("how many recruiting departments at the forum?").
    const passage = passages && question.reading ? searchPassages(passages, question.reading, organisation ?? question.contextOrganisation, question.intent === 'fallback') : undefined;
    // Reported with the intent of the entry quoted when the question's own was not understood.
    const quoted = passage?.best.passage.entry;
    const quotedIntent = quoted?.kind === 'faq' ? faqIntent(quoted.intent) : undefined;
    if (passage) return { found: 'passage', ...(read ? { read } : {}), answer: { ...passageAnswer(view, passage, lang, question.intent === 'fallback' ? (quotedIntent ?? 'organisation_info') : question.intent), suggestions: questionSuggestions(view, lang, hits.slice(0, 3).map((h) => h.faq)) } };
    return { found: 'nothing', closest: hits.slice(0, 3) };
  }
  let top = first;
  if (!organisation && !contextFits) {
    const close = hits.filter((h) => top.score - h.score <= SAME_SCORE);
    const employers = new Set(close.map((h) => h.faq.organisation).filter((o) => o !== 'all'));
    // The employer the conversation is about settles it, when its entry is among the closest.
    const ofContext = context && employers.has(context) ? close.find((h) => h.faq.organisation === context) : undefined;
    const mine = ofContext ?? (context && top.faq.organisation !== 'all' && top.faq.organisation !== context ? counterpart(findFaqs, top, context, question.searchLang ?? lang) : undefined);
    if (mine) {
      top = mine;
      hits = [mine, ...hits.filter((h) => h.faq.id !== mine.faq.id)];
    } else if (employers.size > 1) {
      // Offer every employer with a fair answer, not only the closest two.
      const fair = hits.filter((h) => h.score >= Math.max(NO_ANSWER_THRESHOLD, top.score - FAIR_GAP)).map((h) => h.faq.organisation);
      const offered = new Set([...employers, ...fair.filter((o) => o !== 'all')]);
      const intent = faqIntent(top.faq.intent) ?? question.intent;
      const held = { text: question.text, intent: question.intent };
      const asking = askOrganisation(view, lang, intent, offered);
      // A few employers: each one's answer, side by side, rather than a question back (the choices stay, to narrow down).
      const best = [...offered].map((o) => hits.find((h) => h.faq.organisation === o)!);
      // Each found by the message itself, not only without its unknown words ("nationalité" dropped finds any "postuler").
      const byMessage = (h: FaqMatch) => (findFaqs(queries[0]!.text, { lang, organisation: h.faq.organisation, limit: 1 })[0]?.score ?? 0) >= SIDE_BY_SIDE_MIN;
      // Those whose entry answers the message well; the closest employers must all be among them.
      const strong = best.filter((h) => h.score >= SIDE_BY_SIDE_MIN && byMessage(h));
      const covers = [...employers].every((o) => strong.some((h) => h.faq.organisation === o));
      if (covers && strong.length <= ANSWERS_SIDE_BY_SIDE) return { found: 'ask-organisation', answer: answersByEmployer(view, strong, lang, intent, asking.suggestions), held };
      return { found: 'ask-organisation', answer: asking, held };
    }
  }
  const reported = faqIntent(top.faq.intent) ?? question.intent;
  const related = hits.slice(1, 4).map((h) => h.faq);
  const found = view.inLanguage(top.faq, lang).entry;
  // An entry that says what the knowledge does not hold ("no e-mail address") answers whole: a passage of it would drop that.
  if (passages && question.reading && !(found.not_stated ?? top.faq.not_stated)) {
    const reading = readPassages(passages, found, question.reading, top.phrasing);
    if (reading.kind === 'passage') {
      // The entry quoted is offered whole, then the related questions.
      const quotedEntry = reading.best.passage.entry;
      const suggestions = questionSuggestions(view, lang, [...(quotedEntry.kind === 'faq' ? [quotedEntry] : []), ...related]);
      return { found: 'answer', match: top, ...(read ? { read } : {}), answer: { ...passageAnswer(view, reading, lang, reported), suggestions } };
    }
    if (reading.kind === 'not-stated') return { found: 'answer', match: top, ...(read ? { read } : {}), answer: notStatedAnswer(view, reading, found, lang, reported) };
  }
  return { found: 'answer', match: top, ...(read ? { read } : {}), answer: faqAnswer(view, top.faq, lang, reported, related) };
}

/**
 * "Qui prend la décision d'embauche ?": when the best entry asks another kind of fact than the
 * question ("Combien de temps dure le recrutement ?" — how long, not who), an entry of the same
 * employer and intent scoring nearly as well that asks the kind asked ("Qui décide de mon recrutement ?")
 * comes first. Kinds: who, when, where, how many, which rank, how long, what a thing is.
 */
function sameKindFirst(hits: FaqMatch[], reading: PassageQuestion, passages: Passages): FaqMatch[] {
  const top = hits[0];
  const asked = kindsAsked(reading.asks);
  if (!top || asked.size === 0) return hits;
  const fits = (h: FaqMatch) => [...passages.kindsOf(h.faq.id)].some((k) => asked.has(k));
  // What the best entry is about is its own question's kind: its phrasings reword it more loosely ("Où trouver le programme ?" of the registration entry).
  const topKinds = passages.kindsOf(top.faq.id, true);
  if (topKinds.size === 0 || [...topKinds].some((k) => asked.has(k))) return hits;
  const same = hits.find((h) => h !== top && h.faq.organisation === top.faq.organisation && h.faq.intent === top.faq.intent && h.score >= top.score - SAME_KIND_GAP && fits(h));
  // It answers as surely as the best did: the subject is the same, the kind asked is its own.
  return same ? [{ ...same, score: top.score }, ...hits.filter((h) => h !== same)] : hits;
}

/**
 * "Le forum 2019, c'était où ?": among the entries that answer well enough, those about every
 * year asked come first — named in their question or tags (a page about the 2019 forum), then
 * said in their answer (a testimony from 2019) — the best of them scoring as the best entry did.
 */
function aboutTheYears(hits: FaqMatch[], years: readonly string[]): FaqMatch[] {
  const top = hits[0]?.score ?? 0;
  const about = (h: FaqMatch) => {
    if (h.score < NO_ANSWER_THRESHOLD) return 0;
    if (years.every((y) => [h.faq.question, ...h.faq.tags].some((t) => t.includes(y)))) return 2;
    return years.every((y) => h.faq.body.includes(y)) ? 1 : 0;
  };
  const ranked = hits.map((h, i) => ({ h, i, about: about(h) })).sort((a, b) => b.about - a.about || a.i - b.i);
  if (!ranked[0] || ranked[0].i === 0) return hits;
  return ranked.map((r, i) => (i === 0 ? { ...r.h, score: top } : r.h));
}

/** The queries of a reading for an FAQ lookup: its own, plus the message without its unknown words when the intent is clear. */
export function faqQueries(u: Pick<Understanding, 'queries' | 'knownText'>, intent: IntentName): SearchQuery[] {
  return intent !== 'fallback' && u.knownText ? [...u.queries, { text: u.knownText, weight: KNOWN_WORDS_WEIGHT }] : [...u.queries];
}

/**
 * The organisation of the offers the message names plainly (every descriptive word in their
 * titles: "FranceConnect recrutement"), when they all belong to one — by two words or more, or
 * by a word few titles hold: "tech" alone, in every "Tech lead", names no employer.
 */
export function namedOfferOrganisation(view: KnowledgeView, u: Pick<Understanding, 'entities'>): string | undefined {
  const plain = u.entities.offers.filter((m) => m.queryCoverage >= NAMED_PLAINLY);
  const named = new Set(
    plain
      .filter((m) => m.matched >= 2 || plain.length <= FEW_TITLES)
      .map((m) => view.offer(m.id)?.organisation)
      .filter((o): o is string => o !== undefined),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

/** The offers the message names plainly (every descriptive word in their title), in the organisation it names if any. */
export function plainlyNamedOffers(view: KnowledgeView, u: Pick<Understanding, 'entities'>): Offer[] {
  return u.entities.offers
    .filter((m) => m.queryCoverage >= NAMED_PLAINLY)
    .map((m) => view.offer(m.id))
    .filter((o): o is Offer => o !== undefined && (!u.entities.organisation || o.organisation === u.entities.organisation));
}

/**
 * The one offer the message names plainly (every descriptive word in its title, no other's), in
 * the organisation it names if any; among several, the one of the team `team` the message names
 * ("the Tchap DevOps Senior job").
 */
export function namedOffer(view: KnowledgeView, u: Pick<Understanding, 'entities'>, team?: string): Offer | undefined {
  const plain = plainlyNamedOffers(view, u);
  const ofTeam = team && plain.length > 1 ? plain.filter((o) => o.team === team) : plain;
  // One offer published again (same team, same title) is one offer: its newest round.
  const rounds = view.withoutOlderRounds(newestFirst(ofTeam));
  return rounds.length === 1 ? rounds[0] : undefined;
}

/**
 * The subject words of a listing question: those some offer is about — open or not: a word of
 * closed offers only is still what the question is about, not a word to drop — and the others.
 */
export function listingSubject(u: Pick<Understanding, 'topic' | 'lang'>, searchOffers: OfferFinder): { about: string[]; other: string[] } {
  const about: string[] = [];
  const other: string[] = [];
  for (const word of u.topic) (searchOffers(word, u.lang, SUBJECT_MIN_SCORE, true).length > 0 ? about : other).push(word);
  return { about, other };
}

/** The offers about a subject, best first, as a listing reads them; closed and stale ones too with `includeClosed`. */
export function offersAbout(subject: string, lang: Lang, searchOffers: OfferFinder, includeClosed = false): string[] {
  return searchOffers(subject, lang, SUBJECT_MIN_SCORE, includeClosed);
}

/**
 * The offers about every word of a subject, best first: "dev python" is the developer offers
 * that name Python, not every developer offer. One word: the offers about it.
 */
export function offersAboutEvery(words: readonly string[], lang: Lang, searchOffers: OfferFinder, includeClosed = false): string[] {
  const found = offersAbout(words.join(' '), lang, searchOffers, includeClosed);
  if (words.length < 2) return found;
  const each = words.map((w) => new Set(offersAbout(w, lang, searchOffers, includeClosed)));
  return found.filter((id) => each.every((ids) => ids.has(id)));
}

/**
 * Whether an FAQ entry answers a question about offers better than a listing ("Les offres de la
 * DINUM sont-elles ouvertes aux personnes handicapées ?"): words no offer is about, or a strong
 * rival intent, and an FAQ entry about them.
 */
export function faqRivalsListing(u: Pick<Understanding, 'topic' | 'lang' | 'ranking' | 'entities' | 'queries'>, findFaqs: FaqFinder, searchOffers: OfferFinder): boolean {
  const { other } = listingSubject(u, searchOffers);
  // A contract type or remote work named in a listing filters it ("Quels postes en CDD ?"): not a rival question.
  const filters = new Set<string>([...(u.entities.contracts.length ? ['contract'] : []), ...(u.entities.remote ? ['remote_work'] : [])]);
  const rival = u.ranking.find((r) => r.intent !== 'positions' && !filters.has(r.intent) && r.score >= RIVAL_SCORE);
  if (other.length === 0 && !rival) return false;
  const [faq] = findFaqs(u.queries[0]!.text, { lang: u.lang, organisation: u.entities.organisation, limit: 1 });
  // A strong rival intent ("forum", "handicap") needs less from the FAQ to win.
  const needed = rival && rival.score >= STRONG_RIVAL_SCORE ? NO_ANSWER_THRESHOLD : FAQ_INSTEAD_OF_LISTING;
  if (!faq || faq.score < needed) return false;
  // An FAQ about offers, or one that answers no rival intent, answers only if it is about the
  // words no offer is about ("les offres des autres ministères"), not merely about offers ("les
  // offres de la DINUM") nor found by a word of the listing itself ("how many offers are listed?"
  // finds the salary entry, "how" hinting at applying).
  if (faq.faq.intent === 'positions' || faq.faq.intent !== rival?.intent) {
    const [aboutRest] = other.length ? findFaqs(other.join(' '), { lang: u.lang, limit: 1 }) : [];
    if (aboutRest?.faq.id !== faq.faq.id || aboutRest.score < NO_ANSWER_THRESHOLD) return false;
  }
  return true;
}

/** Whether an FAQ entry is worth trying when a listing found nothing ("offres de stage" → where internships are published). */
export function faqForEmptyListing(u: Pick<Understanding, 'lang' | 'entities' | 'queries'>, findFaqs: FaqFinder): boolean {
  const [faq] = findFaqs(u.queries[0]!.text, { lang: u.lang, organisation: u.entities.organisation, limit: 1 });
  return faq !== undefined && faq.score >= FAQ_INSTEAD_OF_LISTING;
}
