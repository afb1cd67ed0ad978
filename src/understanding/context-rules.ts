/**
 * From the classifier's best intent to the turn's intent, with what the message names and
 * what the conversation remembers. Each rule is one line of the table below, in order; the
 * first that applies wins, then the last two fill a `fallback`:
 *
 * | message | intent |
 * | --- | --- |
 * | names one offer plainly, nothing else understood ("Tell me about the NLP data scientist job", "data scientist computer vision peren") | `positions` |
 * | describes the candidate and names jobs, read as about an employer ("Je suis data scientist, qu'est-ce que le PEReN propose ?") | `positions` |
 * | names one offer plainly and no employer, read as about an employer ("l'observatoire de la qualité des sites publics, c'est quoi ?") | `positions` |
 * | is about the offers just listed: which of them match a filter ("lesquelles sont en A+ ?"), or one by its rank ("et la deuxième ?") | `positions`, or the fact asked of it (follow-up) |
 * | asks only a count, right after a listing ("how many is that?", "ça fait combien ?") | `positions`, the same listing (follow-up) |
 * | points at the other offer of a pair, nothing else asked, after a fact of an offer ("et l'autre ?" after its contract) | the previous intent (follow-up) |
 * | points at the offer in focus, nothing else asked ("is that offer still open?") | `positions` (follow-up) |
 * | holds a dossier number ("statut 20240001") | `application_status` |
 * | gives years of experience while the bot asked for them ("8 ans") | `salary` (follow-up) |
 * | gives years of experience, nothing else understood, right after a salary answer ("en fait j'ai 7 ans d'expérience") | `salary` (follow-up) |
 * | short, names something, no cue word, after a question ("au PEReN ?", "et pour un senior ?") | the previous intent (follow-up) |
 * | short, asks an attribute (a place, a category), right after an answer about the offer in focus ("where is it based?" after how to apply to it) | `positions` (follow-up) |
 * | short, asks only a kind of fact (a date, a place, a count…), after an answer about an employer, applying or a contact ("c'est quand ?" after the forum) | the previous intent (follow-up) |
 * | gives years of experience and a word of pay ("7 ans, je toucherais combien ?") | `salary` |
 * | short, asks about an attribute, an offer in focus ("c'est quelle catégorie ?", "c'est où ?") | `positions` (follow-up) |
 * | names an employer and nothing else, or only words about it as a whole ("C'est quoi la DINUM ?", "beta.gouv.fr dépend de qui ?") | `organisation_info` |
 * | excludes a place or names a region, nothing else understood ("anything outside Paris?") | `positions` |
 * | asks whether an offer is full or part time ("le poste de dev, c'est possible à mi-temps ?") | `contract` |
 * | only filters offers: a category or a closing date, nothing else understood ("catégorie A+ qui ferment avant fin décembre") | `positions` |
 * | names a team and words of its offers' titles, nothing else understood ("data engineer chez data inclusion") | `positions` |
 * | names a level of experience, or describes the candidate with years or job words, nothing else understood ("Vous prenez des juniors ?", "I'm a senior backend dev with 10 years of experience.") | `positions` |
 * | short, no intent's word, every word that says something a subject of offers ("any data thing at DINUM?"; not "qui est le directeur ?") | `positions` |
 * | about an employer but excludes a place or names a department ("based outside Paris?") | `positions` |
 *
 * Plain TypeScript, no I/O.
 */
import type { IntentScore } from './intent-classifier.js';
import { DESCRIBED, EXPERIENCE_SALARY_SCORE, NAMED_PLAINLY } from '../tuning.js';
import { intentsWith, OFFER_FACT_INTENTS, POLITENESS, type IntentName } from './intents.js';
import type { Aspect, ConversationContext, Entities, Understanding } from './reading.js';

/** What the rules read. */
export interface RuleInput {
  /** The classifier's best intent (after the politeness and precision corrections). */
  top: IntentScore;
  ranking: readonly IntentScore[];
  entities: Entities;
  context: ConversationContext;
  /** Least score for an intent to be taken. */
  threshold: number;
  /** At most four meaningful words. */
  short: boolean;
  /** Stems of the meaningful words that are not names. */
  content: readonly string[];
  /** The aspects the message asks about. */
  asks: Readonly<Partial<Record<Aspect, true>>>;
  /** The message's subject words are all words offers are about ("design", "data"): a listing's subject. */
  offerSubject?: boolean;
  /** Every subject word of the message is a word of offers (none left once an offer's title is read as its name). */
  onlyOfferWords?: boolean;
  /** The message is about the offers the conversation has just listed (see Understanding.listed). */
  listed?: Understanding['listed'];
  /** The message points at the offer in focus ("cette offre", "that job"; see Understanding.focusNamed). */
  focusNamed?: boolean;
  /** The message points at the other offer of a pair ("et l'autre ?"; see Understanding.otherOffer). */
  otherOffer?: boolean;
}

/** The turn's intent. */
export interface ResolvedIntent {
  intent: IntentName;
  score: number;
  /** The message borrows the previous question's intent or subject. */
  followUp: boolean;
}

/** Intents after which a short message may be a follow-up. */
const FOLLOWED_UP = intentsWith('followedUp');

/** Intents after which a message that only asks a kind of fact is about their subject. */
const KEEPS_BARE = intentsWith('keepsBareQuestions');
/** The kinds of fact a bare question asks ("quand ?", "où ?", "combien ?"). */
const BARE_ASPECTS: readonly Aspect[] = ['date', 'start', 'location', 'address', 'count', 'phone', 'duration'];

const scoreOf = (ranking: readonly IntentScore[], intent: IntentName) => ranking.find((r) => r.intent === intent)?.score ?? 0;

function namesSomething(e: Entities): boolean {
  return (
    e.organisation !== undefined ||
    e.offers.length > 0 ||
    e.places.length > 0 ||
    e.regions.length > 0 ||
    e.departments.length > 0 ||
    e.experience !== undefined ||
    e.categories.length > 0 ||
    e.contracts.length > 0
  );
}

/** Whether the message filters offers (a category, a contract, a place, remote work, a closing date). */
function filtersOffers(e: Entities): boolean {
  return e.categories.length > 0 || e.contracts.length > 0 || e.places.length > 0 || e.regions.length > 0 || e.departments.length > 0 || e.excludedPlaces.length > 0 || e.remote !== undefined || e.closesBefore !== undefined;
}

/**
 * The intent of a message about the offers just listed: which of them match a filter is a
 * listing of those ("lesquelles sont en CDI ?", "which of those allow remote work?"); one of
 * them by its rank, or which of them with nothing filtered, is shown, unless the message asks
 * a fact of its own (its salary, how to apply: that flow, about the offer picked).
 */
function aboutListed(input: RuleInput, intent: IntentName): IntentName | undefined {
  if (!input.listed) return undefined;
  if ('among' in input.listed && filtersOffers(input.entities)) return 'positions';
  return intent === 'fallback' || intent === 'positions' || intent === 'organisation_info' || POLITENESS.has(intent) ? 'positions' : intent;
}

/** Applies the rules of the module comment. */
export function resolveIntent(input: RuleInput): ResolvedIntent {
  const { top, ranking, entities: e, context, threshold, short } = input;
  let intent: IntentName = top.score >= threshold ? top.intent : 'fallback';
  let score = top.score;
  let followUp = false;
  const plainOffers = e.offers.filter((m) => m.queryCoverage >= NAMED_PLAINLY);
  // Every descriptive word in one title and in no other: the message names that offer, however short.
  // (With one word only, it must also cover most of the title: "directeur" alone names no offer.)
  const oneNamed = plainOffers.length === 1 && (plainOffers[0]!.titleCoverage >= DESCRIBED || (intent === 'fallback' && plainOffers[0]!.matched >= 2));
  if ((intent === 'fallback' || (intent === 'organisation_info' && !e.organisation)) && oneNamed) {
    intent = 'positions';
    score = threshold;
  } else if (input.asks.self_description && plainOffers.length > 0 && (intent === 'organisation_info' || (intent === 'fallback' && (top.intent === 'positions' || top.intent === 'organisation_info')))) {
    // "Je suis data scientist, que propose le PEReN ?": what fits the profile, not the employer's presentation.
    intent = 'positions';
    score = Math.max(score, threshold);
  }
  const listed = aboutListed(input, intent);
  if (listed) return { intent: listed, score: Math.max(score, threshold), followUp: true };
  if (context.listingJustAnswered && input.asks.count && !input.asks.days && !input.asks.duration && short && !input.offerSubject && !namesSomething(e) && (intent === 'fallback' || intent === 'positions' || intent === 'organisation_info' || POLITENESS.has(intent))) {
    // "how many is that?" right after a listing: the same listing, counted.
    return { intent: 'positions', score: Math.max(score, threshold), followUp: true };
  }
  if (input.otherOffer && short && top.cues.length === 0 && context.lastIntent && OFFER_FACT_INTENTS.has(context.lastIntent)) {
    // "et l'autre ?" right after the contract of one offer: the same fact, of the other.
    return { intent: context.lastIntent, score: Math.max(score, threshold), followUp: true };
  }
  if (input.focusNamed && (intent === 'fallback' || intent === 'positions' || intent === 'organisation_info' || POLITENESS.has(intent))) {
    // "Elle est encore ouverte, cette offre ?": that offer, shown with where it stands.
    return { intent: 'positions', score: Math.max(score, threshold), followUp: true };
  }
  if (e.reference && !context.awaiting && scoreOf(ranking, 'application_status') > 0 && intent !== 'application_status') {
    intent = 'application_status';
    score = Math.max(scoreOf(ranking, 'application_status'), threshold);
  } else if (context.awaiting === 'experience' && e.experience) {
    intent = 'salary';
    followUp = true;
  } else if (context.lastIntent === 'salary' && e.experience && (intent === 'fallback' || POLITENESS.has(intent))) {
    // A correction of the experience the answer used (remembered from earlier, or given before).
    intent = 'salary';
    score = Math.max(score, threshold);
    followUp = true;
  } else if (context.lastIntent && FOLLOWED_UP.has(context.lastIntent) && (namesSomething(e) || (context.lastIntent === 'positions' && input.offerSubject)) && short && (intent === 'fallback' || top.cues.length === 0)) {
    // "au PEReN ?" after any question; "et en design ?" after a listing: the listing refined.
    intent = context.lastIntent;
    score = Math.max(score, threshold);
    followUp = true;
  }
  if (!followUp && context.focusJustAnswered && !e.organisation && e.offers.length === 0 && context.focusOfferId && input.asks.offer_attribute && short && (intent === 'fallback' || KEEPS_BARE.has(intent) || (intent === 'organisation_info' && top.cues.length <= 1))) {
    // "where is it based?" right after an answer about the offer in focus: that offer's place.
    intent = 'positions';
    score = Math.max(score, threshold);
    followUp = true;
  }
  if (!followUp && context.lastIntent === 'remote_work' && input.asks.days && short && !input.asks.contract_type && e.contracts.length === 0 && (intent === 'contract' || intent === 'fallback') && top.cues.length <= 1) {
    // "combien de jours par semaine ?" right after remote work: days of remote work, not days worked.
    intent = 'remote_work';
    score = Math.max(score, threshold);
    followUp = true;
  }
  if (!followUp && context.lastIntent && KEEPS_BARE.has(context.lastIntent) && short && input.content.length === 0 && !namesSomething(e) && BARE_ASPECTS.some((a) => input.asks[a])) {
    // "c'est quand ?" after the forum: its date, not an offer's start.
    intent = context.lastIntent;
    score = Math.max(score, threshold);
    followUp = true;
  }
  // Describing oneself needs a word of pay besides: "je suis data scientist junior" only says who the candidate is.
  const salary = ranking.find((r) => r.intent === 'salary');
  // "5 ans d'xp, 3000 ou 3500 ?": an amount of pay beside the experience told asks which applies.
  const payNamed = e.experience !== undefined && input.asks.pay_amount === true;
  if (!followUp && e.experience && (intent === 'fallback' || POLITENESS.has(intent)) && ((salary && salary.score >= EXPERIENCE_SALARY_SCORE && (salary.cues.length > 0 || !input.asks.self_description)) || payNamed)) {
    intent = 'salary';
    score = Math.max(scoreOf(ranking, 'salary'), threshold);
  }
  if (!followUp && !e.organisation && context.focusOfferId && input.asks.offer_attribute && short && (intent === 'fallback' || (intent === 'organisation_info' && top.cues.length <= 1))) {
    intent = 'positions';
    score = threshold;
    followUp = true;
  }
  if (!followUp && input.asks.still_open && (intent === 'fallback' || KEEPS_BARE.has(intent)) && (e.offers.length > 0 || (context.focusOfferId && !e.organisation))) {
    // "il est encore ouvert ?", "et le data scientist de la DINUM, toujours ouvert ?": an offer's state.
    intent = 'positions';
    score = Math.max(score, threshold);
    followUp = e.offers.length === 0;
  }
  if (!followUp && input.asks.full_time && (intent === 'positions' || intent === 'fallback') && (e.offers.length > 0 || context.focusOfferId)) {
    // Full or part time is a term of the contract.
    intent = 'contract';
    score = Math.max(score, threshold);
  }
  if (!followUp && (input.asks.duration || input.asks.renewal) && intent === 'fallback' && plainOffers.length > 0) {
    // "dev beta.gouv = 6 mois seulement ?": a length or a renewal asked of an offer named, nothing else understood — a term of its contract.
    intent = 'contract';
    score = Math.max(score, threshold);
  }
  if (!followUp && intent === 'organisation_info' && (e.excludedPlaces.length > 0 || e.departments.length > 0)) {
    // "Is any of the DINUM positions based outside Paris?": a listing, not the employer's sites.
    intent = 'positions';
  }
  if (intent === 'fallback' && !followUp) {
    if (e.organisation && (input.content.length === 0 || input.asks.presentation) && e.offers.length === 0) {
      intent = 'organisation_info';
      score = threshold;
    } else if (e.excludedPlaces.length > 0 || e.regions.length > 0 || e.departments.length > 0 || e.categories.length > 0 || e.closesBefore !== undefined) {
      intent = 'positions';
      score = threshold;
    } else if (e.unit && e.offers.length > 0) {
      // A team and words of its offers' titles, nothing else understood ("stack du dev fullstack de Territoires en Transitions"): those offers.
      intent = 'positions';
      score = threshold;
    } else if ((e.experience?.level && e.experience.years === undefined) || (input.asks.self_description && (e.experience || e.offers.length > 0))) {
      // "Vous prenez des juniors ?", "I'm a senior backend dev with 10 years of experience.": the offers that fit.
      intent = 'positions';
      score = threshold;
    } else if (short && (top.cues.length === 0 || top.intent === 'positions') && input.onlyOfferWords && input.content.length > 0 && (e.offers.length > 0 || e.organisation !== undefined)) {
      // Every word that says something is a subject of offers ("any data thing at DINUM?", "un truc en design ?"), titles
      // or families ("peren vision", "dinum achats"): the offers about it.
      intent = 'positions';
      score = threshold;
    } else if (short && input.onlyOfferWords && plainOffers.some((m) => m.matched >= 2 || (!e.organisation && input.content.length === 1))) {
      // Only words of offers' titles ("FranceConnect", "data scientist peren"): the offers they name
      // (one word alone, when it is the whole message: "Qui est le directeur de la DINUM ?" names no offer).
      intent = 'positions';
      score = threshold;
    }
  }
  return { intent, score, followUp };
}
