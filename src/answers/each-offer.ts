/**
 * A question about a fact of a few offers that the message names or that its team published
 * ("the Dora senior developer: what pay?" when Dora published two): the fact for each of them,
 * one block per offer with its team, publication date and state — an answer, not a question
 * back. Beyond `MAX_CHOICES` offers the bot still asks which (./offer-facts.ts).
 */
import { isOpenUndated, offerState } from '../knowledge/open-status.js';
import type { Lang, Offer } from '../knowledge/schemas.js';
import type { IntentName } from '../understanding/intents.js';
import { answer, type Answer, type Source } from './answer.js';
import { count, date, quote, undatedWords } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';
import { MAX_CHOICES, offerChoices, type OffersInQuestion } from './offer-facts.js';
import { openAndUndated } from './undated-offers.js';

/**
 * True when the question is answered offer by offer: it names two to `MAX_CHOICES` offers, or
 * names a team that published that many — each answer then says which offer it is about.
 */
export function answersEachOffer(question: OffersInQuestion): boolean {
  return (question.basis === 'named' || question.basis === 'team') && question.offers.length > 1 && question.offers.length <= MAX_CHOICES;
}

/**
 * True when the answer for all the offers in question (`summary`: one answer for the group, or
 * a question back) gives way to one block per offer: it asks which, or it would word the fact
 * of an offer that takes no application as if the offer were open. A summary saying that no
 * offer states the fact stands, unless it would hide which offers are closed.
 */
export function answerEachInstead(question: OffersInQuestion, summary: { next: string; answer: Pick<Answer, 'answered'> }): boolean {
  if (!answersEachOffer(question)) return false;
  // "None of the 6 offers states a salary" says it once for all, better than six times.
  if (!summary.answer.answered) return question.offers.some((o) => !o.open);
  return summary.next !== 'done' || question.offers.some((o) => !o.open);
}

/** Where an offer stands today, in a word or two: open, closed, probably no longer open. */
export function offerStateWords(offer: Offer, today: string, lang: Lang): string {
  const state = offerState(offer, today).state;
  if (state === 'open') return undatedWords(offer, lang) ?? (lang === 'fr' ? 'ouverte' : 'open');
  if (state === 'stale') return lang === 'fr' ? 'probablement plus ouverte' : 'probably no longer open';
  return lang === 'fr' ? 'fermée' : 'closed';
}

/** `**« Title »** — Dora, beta.gouv.fr · publiée le 6 décembre 2021 · fermée`: which offer a block is about. */
export function offerHeading(view: KnowledgeView, offer: Offer, today: string, lang: Lang): string {
  const published = offer.published_on ? (lang === 'fr' ? `publiée le ${date(offer.published_on, lang)}` : `published ${date(offer.published_on, lang)}`) : undefined;
  return [`**${quote(offer.title, lang)}** — ${view.employerOf(offer)}`, published, offerStateWords(offer, today, lang)].filter(Boolean).join(' · ');
}

/** A one-offer answer's text without the questions it ends with ("How many years of experience?"): in a block, it answers only. */
const withoutQuestions = (text: string) =>
  text
    .split('\n\n')
    .filter((paragraph) => !/\?\s*$/.test(paragraph.trim()))
    .join('\n\n');

/**
 * The fact asked, for each offer in question: a heading per offer (title, team, date, state)
 * and what `one` answers for it alone. Sources are every offer's; suggestions pick one offer.
 */
export function eachOfferAnswer(view: KnowledgeView, question: OffersInQuestion, intent: IntentName, lang: Lang, today: string, one: (offer: Offer) => Answer): Answer {
  const { offers } = question;
  // An offer open only on an undated page's word is not counted as open today: it is "announced".
  const undated = offers.filter(isOpenUndated).length;
  const open = offers.filter((o) => offerState(o, today).state === 'open').length - undated;
  const state =
    open === offers.length
      ? ''
      : undated > 0
        ? ` (${openAndUndated(open, undated, lang)})`
      : open === 0
        ? lang === 'fr' ? ` (aucune n'est ouverte aujourd'hui)` : ' (none is open today)'
        : lang === 'fr' ? ` (${count(open, lang, { one: 'ouverte', other: 'ouvertes' })} aujourd'hui)` : ` (${open} open today)`;
  const lead =
    lang === 'fr'
      ? `${count(offers.length, lang, { one: 'offre correspond', other: 'offres correspondent' })} à votre question${state} ; voici la réponse pour chacune.`
      : `${count(offers.length, lang, { one: 'offer matches', other: 'offers match' })} your question${state}; here is the answer for each.`;
  const answers = offers.map((o) => one(o));
  const blocks = offers.map((o, i) => `${offerHeading(view, o, today, lang)}\n\n${withoutQuestions(answers[i]!.text)}`);
  const sources: Source[] = [];
  for (const s of answers.flatMap((a) => a.sources)) if (!sources.some((k) => k.id === s.id)) sources.push(s);
  return answer({
    intent,
    lang,
    text: `${lead}\n\n${blocks.join('\n\n---\n\n')}`,
    sources,
    suggestions: offerChoices(view, offers),
    answered: answers.some((a) => a.answered),
  });
}
