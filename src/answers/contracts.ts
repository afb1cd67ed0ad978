/**
 * The contract of an offer: its type, its length, its start date, and what the announcement
 * says about it in its own words.
 */
import type { Lang, Offer } from '../knowledge/schemas.js';
import type { Asks } from '../understanding/reading.js';
import { answer, type Answer } from './answer.js';
import { andMore, contracts, date, duration, list, notOpenWords, of, quote } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';
import { notStated, whereToAsk } from './not-stated.js';
import { askWhichOfMany, groupBy, MAX_SUMMARISED, offerChoices, offersInQuestionPhrase, type OffersInQuestion } from './offer-facts.js';
import { section } from './sections.js';
import { normalise } from '../text/normalise.js';

/** The part of the contract a question is about: `workload` is the days worked a week ("3 jours par semaine", "4/5"). */
export type ContractAspect = 'type' | 'duration' | 'start' | 'workload' | 'any';

/** Whether a clause of an announcement, normalised, states working time ("3 jours/semaine", "temps partiel"), not remote days — the lexicon's `working_time`. */
export type WorkingTimeTest = (normalisedLine: string) => boolean;

/** Lines of an announcement that state its working time, quoted at most. */
const MAX_WORKING_TIME_LINES = 3;

/** What the contract flow does next. */
export type ContractOutcome = { next: 'done'; answer: Answer; offer?: Offer } | { next: 'ask-offer'; answer: Answer; offers: readonly Offer[] };

/** Which part of the contract a question asks about: its start first, then its length, then its type. */
export function contractAspect(asks: Asks): ContractAspect {
  // "Combien de jours par semaine ?" read as a contract question: the days worked, not remote days.
  if (asks.days) return 'workload';
  if (asks.start) return 'start';
  if (asks.duration) return 'duration';
  if (asks.contract_type) return 'type';
  return 'any';
}

/** The contract of one offer, today being `today` (YYYY-MM-DD) to tell past start dates. */
export function contractOfOffer(view: KnowledgeView, offer: Offer, aspect: ContractAspect, lang: Lang, today: string, renewal = false, workingTime?: WorkingTimeTest): ContractOutcome {
  const org = view.organisation(offer.organisation);
  const name = `${quote(offer.title, lang)}${org ? ` ${lang === 'fr' ? of(org, lang) : `(${org.name})`}` : ''}`;
  if (aspect === 'workload') return workloadOfOffer(view, offer, name, lang, today, workingTime);
  if (aspect === 'start' && !offer.start_date) return { next: 'done', offer, answer: notStated(view, offer, 'start_date', lang) };
  if (aspect === 'duration' && !offer.duration) return { next: 'done', offer, answer: notStated(view, offer, 'duration', lang) };
  if ((aspect === 'type' || aspect === 'any') && !offer.contract && !offer.duration && !offer.start_date) {
    return { next: 'done', offer, answer: notStated(view, offer, 'contract', lang) };
  }
  const sentences: string[] = [];
  if (aspect !== 'start') {
    if (offer.contract) {
      sentences.push(
        lang === 'fr'
          ? `Pour l'offre ${name}, le contrat est : **${contracts(offer.contract, lang)}**${offer.duration ? `, d'une durée de **${offer.duration}**` : ''}.`
          : `For the offer ${name}, the contract is: **${contracts(offer.contract, lang)}**${offer.duration ? `, for **${duration(offer.duration, lang)}**` : ''}.`,
      );
    } else {
      sentences.push(
        lang === 'fr'
          ? `L'offre ${name} ne précise pas le type de contrat${offer.duration ? `, mais indique une durée de **${offer.duration}**` : ''}.`
          : `The offer ${name} does not state the type of contract${offer.duration ? `, but gives a length of **${duration(offer.duration, lang)}**` : ''}.`,
      );
    }
  }
  if (offer.start_date && (aspect === 'start' || aspect === 'any')) {
    const past = /^\d{4}-\d{2}-\d{2}$/.test(offer.start_date) && offer.start_date < today;
    const when = date(offer.start_date, lang);
    sentences.push(
      lang === 'fr'
        ? `${aspect === 'start' ? `Pour l'offre ${name}, la` : 'La'} date de début indiquée est le **${when}**.${past ? " Cette date est passée : l'annonce n'a peut-être pas été mise à jour. " + whereToAsk(view, offer, lang) : ''}`
        : `${aspect === 'start' ? `For the offer ${name}, the` : 'The'} stated start date is **${when}**.${past ? ' That date has passed: the announcement may not have been updated. ' + whereToAsk(view, offer, lang) : ''}`,
    );
  }
  const quoted = aspect === 'start' ? undefined : section(offer.body, /^(contrat|contract)\b/i, 400);
  if (quoted && offer.lang === lang) sentences.push(`\n\n> ${quoted.replace(/\n/g, '\n> ')}`);
  // "Renouvelable ?": what the announcement says of what comes after.
  const after = renewal ? section(offer.body, /^(perspectives?|apr[eè]s|prospects?|renouvellement)\b/i, 400) : undefined;
  if (after) {
    const inOtherLanguage = offer.lang === lang ? '' : lang === 'en' ? '\n\nWhat the offer says about what comes after (in French):' : "\n\nCe que dit l'offre de la suite (en anglais) :";
    sentences.push(`${inOtherLanguage}\n\n> ${after.replace(/\n/g, '\n> ')}`);
  }
  const suggestions = [
    { title: lang === 'fr' ? 'Salaire' : 'Salary', value: lang === 'fr' ? 'Et le salaire ?' : 'And the salary?' },
    { title: lang === 'fr' ? 'Télétravail' : 'Remote work', value: lang === 'fr' ? 'Et le télétravail ?' : 'And remote work?' },
    { title: lang === 'fr' ? 'Postuler' : 'How to apply', value: lang === 'fr' ? 'Comment postuler ?' : 'How do I apply?' },
  ];
  return { next: 'done', offer, answer: answer({ intent: 'contract', lang, text: sentences.join(' ').replace(/ \n/g, '\n'), sources: [view.source(offer)], suggestions }) };
}

/**
 * "C'est combien de jours par semaine ?": the lines of the announcement that state its working
 * time ("3 jours/semaine", "Charge : 2/5e"), then its contract; or that it does not state it.
 */
function workloadOfOffer(view: KnowledgeView, offer: Offer, name: string, lang: Lang, today: string, workingTime?: WorkingTimeTest): ContractOutcome {
  const lines = offer.body
    .split('\n')
    .map((l) => l.replace(/^[\s>*•-]+/, '').trim())
    // Clause by clause: "Temps plein, télétravail 2 jours par semaine" states its working time in its first.
    .filter((l) => l.length > 0 && l.length <= 300 && l.split(/[,;()]/).some((clause) => workingTime?.(normalise(clause))));
  const contract = contractOfOffer(view, offer, 'any', lang, today);
  if (lines.length === 0) {
    const none = lang === 'fr' ? `L'offre ${name} ne précise pas le nombre de jours travaillés par semaine. ${whereToAsk(view, offer, lang)}` : `The offer ${name} does not state how many days a week the job takes. ${whereToAsk(view, offer, lang)}`;
    return { ...contract, answer: { ...contract.answer, text: `${none}\n\n${contract.answer.text}`, answered: false } };
  }
  const said = [...new Set(lines)].slice(0, MAX_WORKING_TIME_LINES).map((l) => `> ${l}`).join('\n');
  const lead =
    lang === 'fr'
      ? `Ce que l'offre ${name} dit du temps de travail :`
      : `What the offer ${name} says of the working time${offer.lang === lang ? '' : ' (in French)'}:`;
  return { ...contract, answer: { ...contract.answer, text: `${lead}\n\n${said}\n\n${contract.answer.text}` } };
}

/** The contract question for the offers it may be about. */
export function answerContract(view: KnowledgeView, question: OffersInQuestion, aspect: ContractAspect, lang: Lang, today: string, renewal = false, workingTime?: WorkingTimeTest): ContractOutcome {
  const { offers } = question;
  if (offers.length === 1) return contractOfOffer(view, offers[0]!, aspect, lang, today, renewal, workingTime);
  if (offers.length > MAX_SUMMARISED) return { next: 'done', answer: askWhichOfMany(view, question, 'contract', lang) };
  const org = question.organisationId ? view.organisation(question.organisationId) : undefined;
  if (offers.length === 0) {
    const text = lang === 'fr' ? `Je ne connais aucune offre ouverte${org ? ` ${of(org, lang)}` : ''}.` : `I know of no open offer${org ? ` at ${org.name}` : ''}.`;
    return { next: 'done', answer: answer({ intent: 'contract', lang, text, answered: false }) };
  }
  const groups = groupBy(offers, (o) => (o.contract ? o.contract.join('+') : 'unknown'));
  if (groups.size === 1 && !offers[0]!.contract) {
    const text =
      lang === 'fr'
        ? `Aucune des ${offersInQuestionPhrase(view, question, lang)} ne précise le type de contrat dans ce que je sais. L'annonce complète de chaque offre peut l'indiquer.`
        : `None of the ${offersInQuestionPhrase(view, question, lang)} states the type of contract in what I know. Each full announcement may give it.`;
    return { next: 'ask-offer', offers, answer: answer({ intent: 'contract', lang, text, answered: false, suggestions: offerChoices(view, offers) }) };
  }
  const lines = [...groups.entries()].map(([key, group]) => {
    const label = key === 'unknown' ? (lang === 'fr' ? 'non précisé' : 'not stated') : contracts(group[0]!.contract!, lang);
    const titles = group.slice(0, 3).map((o) => `${o.title} (${[view.employerOf(o), notOpenWords(o, lang)].filter(Boolean).join(', ')})`);
    const more = andMore(group.length - 3, lang);
    return `- **${label}** : ${titles.join(', ')}${more}`;
  });
  const text =
    lang === 'fr'
      ? `Le contrat dépend de l'offre :\n${lines.join('\n')}\n\nQuelle offre vous intéresse ?`
      : `The contract depends on the offer:\n${lines.join('\n')}\n\nWhich offer are you interested in?`;
  const known = offers.filter((o) => o.contract);
  return { next: 'ask-offer', offers, answer: answer({ intent: 'contract', lang, text, suggestions: offerChoices(view, [...known, ...offers.filter((o) => !o.contract)]), sources: known.slice(0, 3).map((o) => view.source(o)) }) };
}
