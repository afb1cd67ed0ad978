/**
 * What an offer pays, precisely for the candidate's experience when the pay depends on it
 * ("3 000 € nets jusqu'à 5 ans d'expérience, 3 500 € au-delà" → 3 500 € for 8 years).
 */
import type { Lang, Offer, PayPeriod, SalaryBand } from '../knowledge/schemas.js';
import type { Experience } from '../understanding/experience.js';
import { answer, type Answer } from './answer.js';
import { allContacts, contactLine } from './contacts.js';
import { bandAmount, bandAudience, bandCovers, dependsOnExperience, list, number, of, offerLine, quote, salaryUnit, salaryUnstated } from './format.js';
import { newestFirst, type KnowledgeView } from './knowledge-view.js';
import { notStated, whereToAsk } from './not-stated.js';
import { askWhichOfMany, MAX_SUMMARISED, offerChoices, offersInQuestionPhrase, type OffersInQuestion } from './offer-facts.js';
import { offerStatusLine } from './offer-status.js';

/** What the salary flow does next. */
export type SalaryOutcome =
  | { next: 'done'; answer: Answer; offer?: Offer }
  /** The offer's pay depends on experience: ask for it (the answer is the question). */
  | { next: 'ask-experience'; answer: Answer; offer: Offer }
  /** Several offers could be meant: ask which (the answer is the question). */
  | { next: 'ask-offer'; answer: Answer; offers: readonly Offer[] };

const yearsText = (years: number, lang: Lang) =>
  lang === 'fr' ? `${years} an${years > 1 ? 's' : ''} d'expérience` : `${years} year${years > 1 ? 's' : ''} of experience`;

/** The band that applies to an experience, if it can be told. */
export function bandFor(bands: readonly SalaryBand[], experience: Experience): SalaryBand | undefined {
  if (experience.years !== undefined) return bands.find((b) => bandCovers(b, experience.years!));
  if (experience.level === 'junior') return bands.find((b) => b.up_to_years !== undefined && b.beyond_years === undefined);
  if (experience.level === 'senior') return [...bands].reverse().find((b) => b.beyond_years !== undefined && b.up_to_years === undefined);
  return undefined;
}

/** What a pay is called: a daily rate (TJM), an hourly rate, a salary. */
function payKind(period: PayPeriod | undefined): { fr: string; en: string } {
  if (period === 'day') return { fr: 'le taux journalier (TJM)', en: 'daily rate' };
  if (period === 'hour') return { fr: 'le taux horaire', en: 'hourly rate' };
  return { fr: 'le salaire', en: 'salary' };
}

/**
 * The salary of one offer. `saidEarlier`: the experience was given earlier in the conversation,
 * not in this message: the answer says so, so that the candidate can correct it.
 */
export function salaryOfOffer(view: KnowledgeView, offer: Offer, lang: Lang, experience?: Experience, saidEarlier = false): SalaryOutcome {
  const source = view.source(offer);
  const org = view.organisation(offer.organisation);
  const team = view.teamOf(offer);
  const name = `${quote(offer.title, lang)}${team ? ` (${team.name}${org ? `, ${org.name}` : ''})` : org ? ` ${lang === 'fr' ? of(org, lang) : `(${org.name})`}` : ''}`;
  const salary = offer.salary;
  if (!salary) {
    return { next: 'done', offer, answer: notStated(view, offer, 'salary', lang) };
  }
  const suggestions = [
    { title: lang === 'fr' ? 'Télétravail' : 'Remote work', value: lang === 'fr' ? 'Et le télétravail ?' : 'And remote work?' },
    { title: lang === 'fr' ? 'Contrat' : 'Contract', value: lang === 'fr' ? 'Et le contrat ?' : 'And the contract?' },
    { title: lang === 'fr' ? 'Postuler' : 'How to apply', value: lang === 'fr' ? 'Comment postuler ?' : 'How do I apply?' },
  ];
  const what = payKind(salary.period);
  if (salary.bands.length === 0) {
    // "TJM à discuter selon profil": what the announcement says, and that it gives no figure.
    const text =
      lang === 'fr'
        ? `Pour l'offre ${name}, l'annonce ne donne pas de montant ; elle dit : ${quote(salary.text ?? '', lang)}.`
        : `For the offer ${name}, the announcement gives no figure; it says: ${quote(salary.text ?? '', lang)}.`;
    return { next: 'done', offer, answer: answer({ intent: 'salary', lang, text, sources: [source], suggestions, answered: false }) };
  }
  const unit = salaryUnit(salary, lang);
  // What the announcement leaves unsaid (net or gross, the period) is said so, never guessed.
  const unstated = salaryUnstated(salary, lang);
  const quoted = salary.text && salary.text.length <= 200 ? (lang === 'fr' ? `\n\nL'annonce dit : ${quote(salary.text, lang)}` : `\n\nThe announcement says: ${quote(salary.text, lang)}`) : '';
  const line = (band: SalaryBand) => {
    const who = bandAudience(band, lang);
    return `${bandAmount(band, lang, salary.currency)}${unit ? ` ${unit}` : ''}${who ? ` (${who})` : ''}`;
  };
  if (!dependsOnExperience(salary)) {
    const text =
      lang === 'fr'
        ? `Pour l'offre ${name}, ${what.fr} indiqué est de **${list(salary.bands.map(line), lang)}**${unstated}.${quoted}`
        : `For the offer ${name}, the stated ${what.en} is **${list(salary.bands.map(line), lang)}**${unstated}.${quoted}`;
    return { next: 'done', offer, answer: answer({ intent: 'salary', lang, text, sources: [source], suggestions }) };
  }
  const band = experience ? bandFor(salary.bands, experience) : undefined;
  if (!band) {
    const grid = salary.bands.map((b) => `- ${line(b)}`).join('\n');
    const text =
      lang === 'fr'
        ? `Pour l'offre ${name}, le salaire dépend de l'expérience${unstated} :\n${grid}\n\nCombien d'années d'expérience avez-vous ? Je vous dirai ce qui s'applique à vous.`
        : `For the offer ${name}, the salary depends on experience${unstated}:\n${grid}\n\nHow many years of experience do you have? I will tell you which applies to you.`;
    const choices = salary.bands
      .map((b) => bandAudience(b, lang))
      .filter((a): a is string => a !== undefined)
      .map((a) => ({ title: a.charAt(0).toUpperCase() + a.slice(1), value: a }));
    return { next: 'ask-experience', offer, answer: answer({ intent: 'salary', lang, text, sources: [source], suggestions: choices, asks: true }) };
  }
  const who =
    experience?.years !== undefined
      ? yearsText(experience.years, lang)
      : experience?.level === 'junior'
        ? lang === 'fr' ? 'un profil junior' : 'a junior profile'
        : lang === 'fr' ? 'un profil expérimenté' : 'an experienced profile';
  const earlier = saidEarlier ? (lang === 'fr' ? ' (ce que vous m’avez indiqué plus tôt)' : ' (as you told me earlier)') : '';
  const amount = `${bandAmount(band, lang, salary.currency)}${unit ? ` ${unit}` : ''}`;
  const audience = bandAudience(band, lang);
  const text =
    lang === 'fr'
      ? `Pour l'offre ${name}, avec ${who}${earlier}, le salaire proposé est de **${amount}**${audience ? ` (tranche ${quote(audience, lang)})` : ''}${unstated}.`
      : `For the offer ${name}, with ${who}${earlier}, the salary offered is **${amount}**${audience ? ` (band “${audience}”)` : ''}${unstated}.`;
  return { next: 'done', offer, answer: answer({ intent: 'salary', lang, text, sources: [source], suggestions }) };
}


/** "Is the salary negotiable?": the knowledge never says; give what it does say. */
export function salaryNegotiation(view: KnowledgeView, offer: Offer, lang: Lang): Answer {
  const known = salaryOfOffer(view, offer, lang).answer;
  const grid = offer.salary ? `${offer.salary.bands.map((b) => `- ${[bandAmount(b, lang, offer.salary!.currency), salaryUnit(offer.salary!, lang)].filter(Boolean).join(' ')}${salaryUnstated(offer.salary!, lang)}${bandAudience(b, lang) ? ` (${bandAudience(b, lang)})` : ''}`).join('\n')}` : '';
  // The announcement's own words may answer it ("TJM à discuter selon profil"): quoted, never read into a yes or a no.
  const said = offer.salary?.text && offer.salary.bands.length === 0 ? (lang === 'fr' ? `\n\nL'annonce dit : ${quote(offer.salary.text, lang)}` : `\n\nThe announcement says: ${quote(offer.salary.text, lang)}`) : '';
  const text =
    lang === 'fr'
      ? `L'annonce ne dit pas si le salaire est négociable.${grid ? ` Elle indique :\n${grid}` : ''}${said}\n\n${whereToAsk(view, offer, lang)}`
      : `The announcement does not say whether the salary is negotiable.${grid ? ` It states:\n${grid}` : ''}${said}\n\n${whereToAsk(view, offer, lang)}`;
  return answer({ intent: 'salary', lang, text, sources: known.sources, answered: false });
}

/** Up to this many offers in question, the one that states a salary is answered for directly. */
const FEW_OFFERS = 3;

/** The salary question for the offers it may be about. */
export function answerSalary(view: KnowledgeView, question: OffersInQuestion, lang: Lang, experience?: Experience, saidEarlier = false): SalaryOutcome {
  const { offers } = question;
  if (offers.length === 1) return salaryOfOffer(view, offers[0]!, lang, experience, saidEarlier);
  if (offers.length > MAX_SUMMARISED) return { next: 'done', answer: askWhichOfMany(view, question, 'salary', lang) };
  const org = question.organisationId ? view.organisation(question.organisationId) : undefined;
  if (offers.length === 0) {
    // No open offer, but an earlier one stated a pay: that pay, said first to be (probably) no longer open.
    const past = question.basis === 'all' || question.basis === 'organisation' ? pastOffersWithSalary(view, question, lang) : [];
    if (past.length === 1) {
      const outcome = salaryOfOffer(view, past[0]!, lang, experience, saidEarlier);
      const status = offerStatusLine(past[0]!, view.snapshot.today, lang);
      return status ? { ...outcome, answer: { ...outcome.answer, text: `${status}\n\n${outcome.answer.text}` } } : outcome;
    }
    const text =
      lang === 'fr'
        ? `Je ne connais aucune offre ouverte${org ? ` ${of(org, lang)}` : ''} : je ne peux donc pas indiquer de salaire.`
        : `I know of no open offer${org ? ` at ${org.name}` : ''}, so I cannot give a salary.`;
    return { next: 'done', answer: answer({ intent: 'salary', lang, text, answered: false }) };
  }
  const withSalary = offers.filter((o) => o.salary);
  if (withSalary.length === 0) {
    const text =
      lang === 'fr'
        ? `Aucune des ${offersInQuestionPhrase(view, question, lang)} n'indique de salaire dans ce que je sais. Chaque annonce complète peut le préciser ; vous pouvez aussi poser la question à l'équipe de recrutement.`
        : `None of the ${offersInQuestionPhrase(view, question, lang)} states a salary in what I know. Each full announcement may give it; you can also ask the recruitment team.`;
    // Earlier offers that stated one, said not to be open: what was paid, never "open".
    const past = question.basis === 'all' || question.basis === 'organisation' ? pastOffersWithSalary(view, question, lang) : [];
    if (past.length === 1 && experience) {
      // "5 ans d'xp, 3000 ou 3500 ?": the one earlier offer's pay for that experience, said not to be open.
      const outcome = salaryOfOffer(view, past[0]!, lang, experience, saidEarlier);
      return { ...outcome, answer: { ...outcome.answer, text: `${text}\n\n${outcome.answer.text}` } };
    }
    const earlier = past.length
      ? lang === 'fr'
        ? `\n\n${past.length === 1 ? 'Une offre plus ancienne, qui n’est plus ouverte (ou probablement plus), en indiquait un' : 'Des offres plus anciennes, qui ne sont plus ouvertes (ou probablement plus), en indiquaient un'} :\n${past.map((o) => `- ${offerLine(o, view.employerOf(o), lang)}`).join('\n')}`
        : `\n\n${past.length === 1 ? 'An earlier offer, no longer (or probably no longer) open, stated one' : 'Earlier offers, no longer (or probably no longer) open, stated one'}:\n${past.map((o) => `- ${offerLine(o, view.employerOf(o), lang)}`).join('\n')}`
      : '';
    const choices = [...past, ...offers];
    return { next: 'ask-offer', offers: choices, answer: answer({ intent: 'salary', lang, text: `${text}${earlier}`, answered: past.length > 0, suggestions: offerChoices(view, choices), sources: past.map((o) => view.source(o)) }) };
  }
  if (withSalary.length === 1 && offers.length > FEW_OFFERS && experience) {
    // "5 ans d'xp, 3000 ou 3500 ?" and one offer of many states a pay: that pay, for that experience.
    const outcome = salaryOfOffer(view, withSalary[0]!, lang, experience, saidEarlier);
    const note = lang === 'fr' ? `Une seule des ${number(offers.length, lang)} offres indique un salaire.\n\n` : `Only one of the ${number(offers.length, lang)} offers states a salary.\n\n`;
    return { ...outcome, answer: { ...outcome.answer, text: `${note}${outcome.answer.text}` } };
  }
  if (withSalary.length === 1 && offers.length <= FEW_OFFERS) {
    // "Quel salaire en tant que développeur ?" and one of the three developer offers states one:
    // that one's pay, and the others said to state none.
    const outcome = salaryOfOffer(view, withSalary[0]!, lang, experience, saidEarlier);
    const others = list(offers.filter((o) => !o.salary).map((o) => offerLine(o, view.employerOf(o), lang)), lang);
    const note = lang === 'fr' ? `Parmi ces offres, une seule indique un salaire (${others} n'en indique${offers.length > 2 ? 'nt' : ''} pas).\n\n` : `Of these offers, only one states a salary (${others} ${offers.length > 2 ? 'do' : 'does'} not).\n\n`;
    return { ...outcome, answer: { ...outcome.answer, text: `${note}${outcome.answer.text}` } };
  }
  const lines = withSalary.slice(0, 3).map((o) => `- ${offerLine(o, view.employerOf(o), lang)}`);
  const text =
    lang === 'fr'
      ? `Le salaire dépend de l'offre. ${withSalary.length === 1 ? 'Une seule offre en indique un' : `${number(withSalary.length, lang)} offres en indiquent un`} :\n${lines.join('\n')}\n\nPour quelle offre voulez-vous le salaire ?`
      : `The salary depends on the offer. ${withSalary.length === 1 ? 'Only one offer states it' : `${number(withSalary.length, lang)} offers state it`}:\n${lines.join('\n')}\n\nWhich offer do you want the salary for?`;
  const choices = offerChoices(view, [...withSalary, ...offers.filter((o) => !o.salary)]);
  return { next: 'ask-offer', offers, answer: answer({ intent: 'salary', lang, text, suggestions: choices, sources: withSalary.slice(0, 3).map((o) => view.source(o)) }) };
}

/** Most earlier offers whose pay is shown when no open offer in question states one. */
const MAX_PAST_PAY = 3;

/** The newest offers no longer open that state a salary, of the employer in question if any, one per announcement. */
function pastOffersWithSalary(view: KnowledgeView, question: OffersInQuestion, lang: Lang): Offer[] {
  const past = view.snapshot.offers.filter((o) => !o.open && o.salary && (!question.organisationId || o.organisation === question.organisationId));
  const seen = new Set<string>();
  const distinct = past.filter((o) => !seen.has(view.primaryId(o)) && seen.add(view.primaryId(o)));
  return view.withoutRepeats(newestFirst(distinct.map((o) => view.inLanguage(o, lang).entry))).slice(0, MAX_PAST_PAY);
}

/** "Le salaire est-il négociable ?" about no offer in particular: no announcement says; whom to ask. */
export function negotiationNotStated(view: KnowledgeView, lang: Lang, organisationId?: string): Answer {
  const org = organisationId ? view.organisation(organisationId) : undefined;
  const line = org ? contactLine(org, lang) : undefined;
  const contacts = (line ? [line] : allContacts(view, lang)).map((c) => `- ${c}`).join('\n');
  const text =
    lang === 'fr'
      ? `Les annonces que je connais${org ? ` ${of(org, lang)}` : ''} ne disent pas si le salaire est négociable. L'équipe de recrutement peut vous répondre :\n${contacts}`
      : `The announcements I know${org ? ` at ${org.name}` : ''} do not say whether the salary is negotiable. The recruitment team can answer you:\n${contacts}`;
  return answer({ intent: 'salary', lang, text, answered: false, sources: org ? [view.source(org)] : [] });
}
