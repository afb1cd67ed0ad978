/**
 * Answering from the FAQ in a conversation: what the question of this turn is (the held one,
 * when the message only names the employer the bot asked for), which employer the conversation
 * is about, and what to remember of the lookup. The lookup itself — queries, thresholds, when to
 * ask which employer — is src/answers/search-policy.ts. Shared by the flows whose answers live
 * in FAQ entries (applying, employers, contacts, the fallback).
 */
import { faqQueries, lookUpFaq as searchFaq, namedOfferOrganisation, type FaqLookup } from '../src/answers/search-policy.js';
import { searchQueries, wordCount } from '../src/understanding/aspects.js';
import type { IntentName } from '../src/understanding/intents.js';
import type { OrganisationUnit } from '../src/understanding/reading.js';
import type { Turn } from './turn.js';

export type { FaqLookup } from '../src/answers/search-policy.js';

/**
 * The question to answer this turn: when the message only names an employer ("au PEReN ?"),
 * the question it is about — the one the bot held while asking which employer, else the last
 * one answered — for that employer.
 */
export function questionOfTurn(turn: Turn): { text: string; organisation?: string; held: boolean } {
  const u = turn.understanding;
  const held = turn.memory.pendingQuestion ?? turn.memory.lastQuestionWithoutOrganisation;
  if (held && u.followUp && u.entities.organisation) return { text: held, organisation: u.entities.organisation, held: true };
  return { text: u.text, organisation: u.entities.organisation, held: false };
}

/**
 * The organisation a question is about when it names none: that of the offer it names
 * ("How do I apply for the NLP data scientist job?"), else the one the conversation is about
 * (named before, or the offer in focus's).
 */
/**
 * The team or product a question is about: the one it names, else — when it names no employer —
 * the one the conversation is about ("offres chez Dora ?" then "et le salaire ?").
 */
export function unitInContext(turn: Turn): OrganisationUnit | undefined {
  const u = turn.understanding;
  if (u.entities.unit) return u.entities.unit;
  if (u.entities.organisation || !turn.memory.unitId) return undefined;
  const team = turn.runtime.view.team(turn.memory.unitId);
  return team ? { id: team.id, organisation: team.organisation } : undefined;
}

export function organisationInContext(turn: Turn): string | undefined {
  const view = turn.runtime.view;
  const focus = turn.memory.focusOfferId ? view.offer(turn.memory.focusOfferId) : undefined;
  return namedOfferOrganisation(view, turn.understanding) ?? turn.memory.organisationId ?? focus?.organisation;
}

/** The words of the conversation's previous question, for a question that only asks ("where does it take place?"). */
function previousTerms(turn: Turn): readonly string[] | undefined {
  const previous = turn.memory.lastQuestionWithoutOrganisation;
  return previous ? turn.runtime.recogniser.recognise(previous, { lang: turn.understanding.lang }).terms : undefined;
}

/** Of the previous question's words, those the knowledge says ("forum", not "gratuit"): its subject. */
function previousSubject(turn: Turn, terms: readonly string[] | undefined): string | undefined {
  const said = terms?.filter((w) => turn.runtime.passages.says(w));
  return said?.length ? said.join(' ') : undefined;
}

/**
 * Looks the question up in the FAQ. `intent` is reported when the entry names none; `asked`
 * replaces this turn's question (a flow that asked something in between keeps the first one).
 */
export function lookUpFaq(turn: Turn, intent: IntentName, asked?: { text: string; organisation?: string }): FaqLookup {
  const u = turn.understanding;
  const question = asked ?? questionOfTurn(turn);
  // An offer the message names plainly says which employer it is about, as its name would.
  const organisation = question.organisation ?? (asked ? undefined : namedOfferOrganisation(turn.runtime.view, u));
  turn.memory.pendingQuestion = undefined;
  turn.memory.pendingIntent = undefined;
  const own = !asked && question.text === u.text;
  const queries = own ? u.queries : searchQueries(question.text);
  // The words asked: this message's, unless it only names the employer of a held question
  // (then the held question's, read again) — a short follow-up ("is it free?") keeps its own.
  const reading = own || !('held' in question && question.held) ? u : turn.runtime.recogniser.recognise(question.text, { lang: u.lang });
  const before = asked ? undefined : previousTerms(turn);
  const previousSaid = previousSubject(turn, before);
  const lookup = searchFaq(turn.runtime.view, turn.runtime.findFaqs, {
    queries: asked ? queries : faqQueries({ queries, knownText: u.knownText }, intent),
    text: question.text,
    words: wordCount(question.text),
    lang: u.lang,
    ...(u.wordsLang ? { searchLang: u.wordsLang } : {}),
    intent,
    organisation,
    contextOrganisation: organisation ? undefined : organisationInContext(turn),
    // A short question that only makes sense after the previous one ("où ça se passe ?" after the
    // forum, "et ensuite ?" after the interview): the two together.
    previous: asked ? undefined : turn.memory.lastQuestionWithoutOrganisation,
    ...(previousSaid ? { previousSaid } : {}),
    reading: asked ? turn.runtime.recogniser.recognise(asked.text, { lang: u.lang }) : { ...reading, ...(before ? { previousTerms: before } : {}) },
  }, turn.runtime.passages);
  if ((lookup.found === 'answer' || lookup.found === 'passage') && lookup.read) turn.questionRead = lookup.read;
  if (lookup.found === 'ask-organisation') {
    turn.memory.pendingQuestion = lookup.held.text;
    turn.memory.pendingIntent = lookup.held.intent;
    turn.memory.awaiting = 'organisation';
  } else if (lookup.found === 'answer') {
    if (lookup.match.faq.organisation !== 'all') turn.memory.organisationId = lookup.match.faq.organisation;
    turn.memory.awaiting = undefined;
  }
  return lookup;
}
