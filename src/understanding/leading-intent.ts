/**
 * Which intent of the classifier's ranking leads a message, with two corrections to the raw
 * best: politeness that accounts for little of the message gives way ("Bonjour, le poste
 * d'ingénieur data, c'est où ?") — to the politeness that accounts for it, if any ("Thanks, that
 * helps!") — and a precise need close behind `positions` wins ("le salaire
 * du poste de …") — unless it only filters a listing ("quels postes en CDD ?") — and so does a need
 * whose cue comes with a kind of fact no listing states ("How long does hiring take?").
 */
import type { Lang } from '../knowledge/schemas.js';
import { isStopword, stem } from '../text/normalise.js';
import { RIVAL_GAP, SOCIAL_COVERAGE, SPECIFIC_OVER_POSITIONS } from '../tuning.js';
import { stemsOf, type IntentScore } from './intent-classifier.js';
import { intentsWith, POLITENESS, type IntentName } from './intents.js';
import type { Asks, Aspect, Entities } from './reading.js';
import type { WordClasses } from './word-classes.js';

/** Intents that name a precise need and win over `positions` when a message has both. */
const SPECIFIC = intentsWith('specific');

/** Kinds of fact a listing of offers never states: asked with a precise need's cue, that need wins ("How long does hiring take at beta.gouv.fr?"). */
const NOT_IN_A_LISTING: readonly Aspect[] = ['duration', 'date', 'start', 'days', 'phone', 'negotiation', 'stipend', 'waiting', 'renewal'];

/** What the choice reads of the message. */
export interface LeadingInput {
  ranking: IntentScore[];
  tokens: readonly string[];
  lang: Lang;
  normalised: string;
  entities: Entities;
  /** The aspects the message asks about. */
  asks: Asks;
  words: WordClasses;
  /** Least score for an intent to be taken. */
  threshold: number;
}

/** Share of the message's content words that the intent's cues and best example account for. */
function explainedShare(score: IntentScore | readonly IntentScore[], tokens: readonly string[], lang: Lang, words: WordClasses): number {
  const scores: readonly IntentScore[] = Array.isArray(score) ? score : [score as IntentScore];
  const { socialWords, notTopic, politeFiller } = words;
  const content = tokens.filter((t) => socialWords.has(t) || (!isStopword(t) && !notTopic.has(t) && !politeFiller.has(t)));
  if (content.length === 0) return 1;
  const explaining = new Set(scores.flatMap((one) => [...one.cues.flatMap((c) => stemsOf(c, lang)), ...(one.example ? stemsOf(one.example.text, lang) : [])]));
  return content.filter((t) => explaining.has(stem(t, lang))).length / content.length;
}

/** The best intent of the ranking, corrected (see the module comment). */
export function leadingIntent({ ranking, tokens, lang, normalised, entities, asks, words, threshold }: LeadingInput): IntentScore {
  let top = ranking[0]!;
  const filtersList = (intent: IntentName) => (intent === 'contract' && entities.contracts.length > 0) || (intent === 'remote_work' && entities.remote === true);
  if (POLITENESS.has(top.intent) && explainedShare(top, tokens, lang, words) < SOCIAL_COVERAGE) {
    // Another politeness intent taken may account for the message ("Thanks, that helps!": thanks, not help).
    const social = ranking.find((r) => POLITENESS.has(r.intent) && r.score >= threshold && explainedShare(r, tokens, lang, words) >= SOCIAL_COVERAGE);
    // Several together may ("hi, what can you help me with?": a greeting and a request for help): the best of them stays.
    const polite = ranking.filter((r) => POLITENESS.has(r.intent) && r.score >= threshold);
    const together = polite.length > 1 && explainedShare(polite, tokens, lang, words) >= SOCIAL_COVERAGE;
    top = social ?? (together ? top : undefined) ?? ranking.find((r) => !POLITENESS.has(r.intent)) ?? top;
    if (top.score < threshold) top = { ...top, score: 0 };
  }
  if (top.intent === 'positions') {
    const specific = ranking.find((r) => SPECIFIC.has(r.intent));
    if (specific && specific.score >= SPECIFIC_OVER_POSITIONS && top.score - specific.score < RIVAL_GAP && !(filtersList(specific.intent) && words.listing(normalised))) top = specific;
    // A kind of fact no listing states, and a precise need that names it: that need, however far behind.
    const precise = NOT_IN_A_LISTING.some((a) => asks[a]) ? ranking.find((r) => SPECIFIC.has(r.intent) && r.cues.length > 0 && r.score >= threshold) : undefined;
    if (top.intent === 'positions' && precise && !(filtersList(precise.intent) && words.listing(normalised))) top = precise;
    const employer = ranking.find((r) => r.intent === 'organisation_info');
    if (top.intent === 'positions' && employer && employer.score >= SPECIFIC_OVER_POSITIONS && top.score - employer.score < RIVAL_GAP && employer.cues.some((c) => words.employerSubjects.has(c))) top = employer;
  } else if (filtersList(top.intent) && words.listing(normalised)) {
    const listing = ranking.find((r) => r.intent === 'positions');
    if (listing && listing.score >= threshold) top = listing;
  }
  // "Quelqu'un a-t-il lu mon dossier ?", "ma candidature date de 2 semaines, pas de retour, c'est normal ?": where the candidate's own
  // application stands, not how applying works — a question of its progress, or a candidate still waiting.
  // Its progress asked goes there unless another need is sure ("my application: what salary?"); a candidate waiting only when one of its cues is said.
  const progress = words.ownApplicationProgress(normalised) && (APPLYING_HOW_OR_WHO.has(top.intent) || top.intent === 'application_status' || top.score < threshold);
  const status = ranking.find((r) => r.intent === 'application_status');
  if (status && (progress || (asks.waiting && APPLYING_HOW_OR_WHO.has(top.intent) && status.cues.length > 0))) top = { ...status, score: Math.max(status.score, threshold) };
  return top;
}

/** Intents a question about one's own application's progress is taken for, by its words ("candidature", "statut", "dossier"). */
const APPLYING_HOW_OR_WHO: ReadonlySet<IntentName> = new Set(['application_process', 'contract', 'positions', 'escalation', 'organisation_info']);

