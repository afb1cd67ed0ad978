/**
 * The terms of an offer — contract, category, duration, salary, remote work, start date,
 * places, how to apply, contact — taken from the front matter first, then from the body's
 * labelled values (heading, list item, bold, line), then from the lines of its "terms"
 * sections. A term the page does not state is left out, with the reason when there is one
 * worth telling HR (a daily rate, a salary without net or gross…).
 */
import { isNoPlace, type Category, type Contract, type Remote, type Salary } from '../schemas.js';
import { applyTargetIn, emailIn, mentionsApplying } from './apply.js';
import { categoryIn, categoryValue, contractsIn, durationIn, startsWithContract, statesContract } from './contract.js';
import { dateInText, frontMatterDate, startInWords } from './dates.js';
import { field, listField, textField } from './fields.js';
import type { Topic } from './labels.js';
import { mentionsRemote, remoteFrom } from './remote.js';
import { parseSalary, statesDailyRate, type SalaryRefusal } from './salary.js';
import type { BodyLine, ExtractedSections, LabelledValue } from './sections.js';
import { fold, plainText, shorten } from './text.js';

/** The terms found; `undefined` when the page does not state them. */
export interface OfferFacts {
  contract?: Contract[];
  category?: Category;
  duration?: string;
  salary?: Salary;
  /** Why amounts were found but no salary kept. */
  salaryRefusal?: SalaryRefusal;
  remote?: Remote;
  startDate?: string;
  locations?: string[];
  apply?: string;
  contact?: string;
  /** Remarks for the report (values not understood, so not kept). */
  notes: string[];
}

/** Longest single-line value kept (start date, place, duration written in words). */
const MAX_SHORT = 120;

/** The first statement of a value: its first non-blank line, list mark removed, plain, cut after the first sentence when long. */
export function firstStatement(value: string): string {
  const line = value.split('\n').find((l) => l.trim() !== '') ?? '';
  let text = plainText(line.replace(/^\s*(?:[-*•+]|\d{1,2}[.)])\s+/, ''));
  if (text.length > MAX_SHORT) {
    const end = text.search(/[.;!?](\s|$)/);
    if (end > 0) text = text.slice(0, end);
  }
  return shorten(text.replace(/[.;,]+$/, '').trim(), MAX_SHORT);
}

/** The first sentence of `text` (plain) for which `test` holds. */
function sentenceWhere(text: string, test: (sentence: string) => boolean): string | undefined {
  return plainText(text.replace(/^\s*(?:[-*•+]|\d{1,2}[.)])\s+/, ''))
    .split(/(?<=[.;!?])\s+/)
    .find(test);
}

/** The first paragraph of a value (lines up to a blank line), plain. */
function firstParagraph(value: string): string {
  return plainText(value.trim().split(/\n\s*\n/)[0] ?? '');
}

/** The values stated under `topic`: list items, bold and lines first (they are precise), then whole sections. */
const valuesOf = (sections: ExtractedSections, topic: Topic): LabelledValue[] => {
  const values = sections.values.filter((v) => v.topic === topic);
  return [...values.filter((v) => v.form !== 'heading'), ...values.filter((v) => v.form === 'heading')];
};

/** The first result of `read` over `items` that is defined. */
function firstOf<T, R>(items: readonly T[], read: (item: T) => R | undefined): { item: T; result: R } | undefined {
  for (const item of items) {
    const result = read(item);
    if (result !== undefined) return { item, result };
  }
  return undefined;
}

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

/** "Le poste est basé à Paris", "un poste basé **à Strasbourg**", "Basé à Lyon", "The position is based in Lille". */
const PLACE_STATEMENT =
  /(?:^|\b(?:le |les |un |une |ce |this |the )?(?:postes?|mission|missions|position|role|job)\s+(?:est |sont |sera |seront |will be |is |are )?|\b(?:postes?|position|job)\b[^.;]{0,80}?,\s*)(?:bas[ée]e?s?|situ[ée]e?s?|localis[ée]e?s?|based|located)\s+(?:à|au|aux|en|dans|sur|in|at)\s+(.+)$/i;

/**
 * Among the terms, a place the job is done in without "basé": "à pourvoir dès décembre
 * essentiellement sur Paris", "une présence régulière à Paris est demandée", "en présentiel (Paris 12e)".
 */
const WORKPLACE_IN_TERMS =
  /(?<!\p{L})(?:[àa] pourvoir\b[^.;]{0,60}?(?<!\p{L})(?:essentiellement |principalement |majoritairement )?(?:sur|[àa])|pr[ée]sence (?:r[ée]guli[èe]re |hebdomadaire |n[ée]cessaire )?[àa]|en pr[ée]sentiel\s*\(?(?:sur|[àa])?)\s+((?:la |le )?\p{Lu}.*)$/u;

/** "Poste à pourvoir à Angers ou à Montrouge": a vacancy and its place, wherever the body states it. */
const VACANCY_PLACE = /\b(?:[Pp]ostes?|[Mm]ission)\s+(?:basée?s?\s+)?[àa] pourvoir\s+(?:[àa]|sur)\s+(\p{Lu}.*)$/u;

/** "Angers ou à Montrouge, en CDD" → "Angers", "Montrouge, en CDD": each place of a choice, for `placeIn` to cut. */
function alternatives(text: string): string[] {
  return text.split(/\s(?:ou|et|or|and)\s(?:[àa]|sur|in)\s(?=\p{Lu})/u);
}

/** The place a statement names, cut at its first clause: "Paris, avec…" → "Paris". */
function placeIn(text: string): string | undefined {
  const place = text
    .split(/[,;.(—–!)]|\s(?:avec|mais|et|ou|with|but|and|or|pour|for|près|auprès|near|est|sont|is|par|sur|pendant|durant|chaque|tous|toutes|au|à|a)\s|\s\d+\s*(?:jours?|fois|j)\b/)[0]!
    .trim()
    // "la Fabrique numérique" is "Fabrique numérique"; "la Défense", one word, keeps its article.
    .replace(/^(?:la |le |l'|l’)(?=\p{Lu}\S*\s)/u, '')
    .replace(/^(la|le) (?=\p{Lu})/u, (article: string) => article.charAt(0).toUpperCase() + article.slice(1))
    .trim();
  return /^[\p{Lu}\d]/u.test(place) && place.length <= 60 ? place : undefined;
}

/** The places the body states for the job itself (not where team members live), at most 5; then those its terms name. */
function placesStated(body: string, terms: readonly BodyLine[]): string[] {
  const places: string[] = [];
  const add = (place: string | undefined) => {
    if (place !== undefined && !places.includes(place)) places.push(place);
  };
  for (const { text } of bodyLines(body)) {
    const m = PLACE_STATEMENT.exec(plainText(text));
    if (m) add(placeIn(m[1]!));
  }
  if (places.length === 0) {
    for (const { text } of terms) {
      const m = WORKPLACE_IN_TERMS.exec(plainText(text));
      if (m) for (const one of alternatives(m[1]!)) add(placeIn(one));
    }
  }
  if (places.length === 0) {
    // "Poste à pourvoir à Angers ou à Montrouge, en CDD" under any heading (the profile's, here).
    for (const { text } of bodyLines(body)) {
      const m = VACANCY_PLACE.exec(plainText(text));
      if (m) for (const one of alternatives(m[1]!)) add(placeIn(one));
    }
  }
  return places.slice(0, 5);
}

/** A date introduced as a start in a sentence: "à partir du 1er septembre 2018", "dès le 4 janvier 2021", "starting March 1, 2022". */
function startDateIn(text: string): string | undefined {
  const m = /(?:^|[\s,(])(?:à partir du|a partir du|à compter du|a compter du|dès le|des le|début(?:e)? le|starting(?: on)?|from)\s+(.{6,40})/i.exec(plainText(text));
  return m ? dateInText(m[1]!) : undefined;
}

/** Body lines of `body` (for the sentences that state a salary or how to apply). */
function bodyLines(body: string): BodyLine[] {
  return body.split('\n').map((text, i) => ({ text, line: i + 1 })).filter((l) => l.text.trim() !== '');
}

/** Headings over people, not the job's terms: the team, the profile sought, the missions ("Julie, en full remote également"). */
const ABOUT_PEOPLE = /equipe|team|qui sommes|qui etes|profil|competences|savoir-etre|vous etes|tu es|you are|missions?\b|role|taches|about us|skills|requirements/;
/** Words of a heading over the terms, even when it names the missions too ("Missions et modalités de l'offre"). */
const ABOUT_TERMS = /modalit|condition|contrat|remuneration|pratique|nous proposons|on propose|we offer/;
/** A line about the candidate, not the job: "Vous êtes à l'aise avec le travail en full remote". */
const ABOUT_CANDIDATE = /^(?:vous etes|tu es|you are|etre |a l'aise|autonome|capacite|maitrise|experience)|\ba l'aise avec\b|\bcomfortable with\b/;

/**
 * The list items of `body`, where pages often state the terms without a label ("* **100% distanciel**,
 * réunions à Paris"), except under a heading (or a bold line) about the team, the profile or the
 * missions, and those about the candidate.
 */
function listItems(body: string): BodyLine[] {
  return statementsOfTheJob(body, true);
}

/**
 * The sentences of `body` outside lists ("Il est cependant possible de télétravailler
 * occasionnellement."), with the same exceptions as listItems: read last, when no list item
 * or label stated the fact.
 */
function proseLines(body: string): BodyLine[] {
  return statementsOfTheJob(body, false);
}

function statementsOfTheJob(body: string, listed: boolean): BodyLine[] {
  const items: BodyLine[] = [];
  let aboutPeople = false;
  for (const l of bodyLines(body)) {
    const heading = /^#{1,6}\s+(.*)$/.exec(l.text)?.[1] ?? /^\s*(?:\*\*|__)([^*_]{2,80})(?:\*\*|__)\s*:?\s*$/.exec(l.text)?.[1];
    if (heading !== undefined) aboutPeople = ABOUT_PEOPLE.test(fold(plainText(heading))) && !ABOUT_TERMS.test(fold(plainText(heading)));
    else if (!aboutPeople && /^\s*(?:[-*•+]|\d{1,2}[.)])\s+\S/.test(l.text) === listed && !/^\s*(?:>|\|)/.test(l.text) && !ABOUT_CANDIDATE.test(fold(plainText(l.text.replace(/^\s*(?:[-*•+]|\d{1,2}[.)])\s+/, ''))))) items.push(l);
  }
  return items;
}

/**
 * Reads the terms of an offer.
 * @param data the page's front matter.
 * @param body the cleaned body (markdown).
 * @param lang the page's language (for the labels of salary bands).
 */
export function readOfferFacts(data: Record<string, unknown>, body: string, sections: ExtractedSections, lang: 'fr' | 'en', timeZone?: string): OfferFacts {
  const facts: OfferFacts = { notes: [] };
  const terms = sections.termLines;

  // Contract (and what its statement says of category and length).
  const declared = field(data, 'contrat', 'contract', 'contrats', 'contracts', 'type_de_contrat', 'contract_type');
  const declaredText = declared ? listField(data, [declared.name]).join(', ') : undefined;
  let contractStatement: string | undefined;
  if (declaredText) {
    const found = contractsIn(declaredText);
    if (found.length > 0) [facts.contract, contractStatement] = [found, declaredText];
    else facts.notes.push(`${declared!.name} « ${shorten(declaredText, 60)} » : type de contrat non reconnu, non repris`);
  }
  if (!facts.contract) {
    const labelled = firstOf(valuesOf(sections, 'contract'), (v) => nonEmpty(contractsIn(v.form === 'heading' ? v.value : `${v.value}`)));
    // "**Modalités** : contrat de freelance": a statement of the contract under a label of terms in general.
    const underConditions = firstOf(
      valuesOf(sections, 'conditions').filter((v) => v.form !== 'heading' && statesContract(v.value, true)),
      (v) => nonEmpty(contractsIn(v.value)),
    );
    const line =
      labelled ??
      underConditions ??
      firstOf(terms.filter((l) => statesContract(l.text)), (l) => nonEmpty(contractsIn(l.text))) ??
      firstOf(bodyLines(body).filter((l) => statesContract(l.text, true)), (l) => nonEmpty(contractsIn(l.text))) ??
      firstOf(listItems(body).filter((l) => startsWithContract(l.text)), (l) => nonEmpty(contractsIn(l.text)));
    if (line) {
      facts.contract = line.result;
      contractStatement = 'value' in line.item ? line.item.value : line.item.text;
    }
  }

  const declaredCategory = textField(data, 'category', 'categorie', 'catégorie');
  facts.category =
    (declaredCategory ? categoryValue(declaredCategory) : undefined) ??
    firstOf(valuesOf(sections, 'category'), (v) => categoryValue(v.value))?.result ??
    (contractStatement ? categoryIn(contractStatement) : undefined);

  const declaredDuration = textField(data, 'duree', 'durée', 'duration');
  facts.duration =
    (declaredDuration ? shorten(plainText(declaredDuration), MAX_SHORT) : undefined) ??
    firstOf(valuesOf(sections, 'duration'), (v) => durationIn(firstStatement(v.value), true))?.result ??
    (contractStatement ? durationIn(contractStatement, false) : undefined) ??
    firstOf(terms, (l) => durationIn(l.text, false))?.result;

  // Salary: the first statement that gives one; else why the ones with amounts did not.
  const salaryCandidates = [
    ...listField(data, ['salaire', 'salary', 'remuneration', 'rémunération']),
    // The label says what the figure is ("TJM : entre 450 et 700 €").
    ...valuesOf(sections, 'salary').map((v) => (v.form === 'heading' ? v.value : `${v.label} : ${v.value}`)),
    ...terms.filter((l) => /salaire|remuner|salary|\bpay\b|€|euro|\beur\b/.test(fold(l.text))).map((l) => l.text),
    ...bodyLines(body).filter((l) => (/salaire|remuner|salary/.test(fold(l.text)) || statesDailyRate(l.text)) && /€|euro|\d\s?k\b/i.test(l.text)).map((l) => l.text),
  ];
  for (const candidate of salaryCandidates) {
    const parsed = parseSalary(candidate, lang);
    if ('salary' in parsed) {
      facts.salary = parsed.salary;
      break;
    }
    if (parsed.reason !== 'no-amount') facts.salaryRefusal ??= parsed.reason;
  }
  // Pay stated without a figure ("TJM à discuter selon profil", "Rémunération : selon la grille"): kept as the page says it.
  if (!facts.salary && !facts.salaryRefusal) {
    const stated = firstOf(
      [
        ...valuesOf(sections, 'salary').map((v) => (v.form === 'heading' ? v.value : `${v.label} : ${v.value}`)),
        // In a line of terms, the sentence that speaks of the rate ("Un contrat freelance… Le TJM est à fixer selon l'expérience.").
        ...terms.map((l) => sentenceWhere(l.text, statesDailyRate)).filter((t): t is string => t !== undefined),
      ],
      (value) => {
        const text = firstStatement(value);
        return text.length >= 3 ? text : undefined;
      },
    );
    if (stated) facts.salary = { ...(statesDailyRate(stated.result) ? { period: 'day' as const } : {}), currency: 'EUR', bands: [], text: stated.result };
  }

  // Remote work.
  const declaredRemote = textField(data, 'remote', 'teletravail', 'télétravail', 'remote_work');
  facts.remote =
    (declaredRemote ? remoteFrom(declaredRemote, true) : undefined) ??
    firstOf(valuesOf(sections, 'remote'), (v) => remoteFrom(firstParagraph(v.value), true))?.result ??
    firstOf(valuesOf(sections, 'location').filter((v) => mentionsRemote(v.value)), (v) => remoteFrom(firstParagraph(v.value)))?.result ??
    firstOf(terms.filter((l) => mentionsRemote(l.text)), (l) => remoteFrom(l.text))?.result ??
    firstOf(
      bodyLines(body).filter((l) => /^\s*(?:[-*•+]\s+)?(?:\*\*)?(?:t[ée]l[ée]travail|remote|travail à distance|full remote)/i.test(l.text)),
      (l) => remoteFrom(l.text),
    )?.result ??
    firstOf(listItems(body).filter((l) => mentionsRemote(l.text)), (l) => remoteFrom(l.text))?.result ??
    firstOf(proseLines(body), (l) => {
      const sentence = sentenceWhere(l.text, (s) => remoteFrom(s) !== undefined);
      return sentence ? remoteFrom(sentence) : undefined;
    })?.result;

  // Start date: a real date when one is written, else the words ("dès que possible", "mars 2022").
  const declaredStart = field(data, 'start_date', 'date_debut', 'date_de_debut', 'debut', 'start');
  const startText =
    (declaredStart ? (frontMatterDate(declaredStart.value, timeZone) ?? (typeof declaredStart.value === 'string' ? declaredStart.value : undefined)) : undefined) ??
    firstOf(valuesOf(sections, 'start'), (v) => firstStatement(v.value) || undefined)?.result ??
    firstOf(terms, (l) => {
      const stated = /^\s*(?:[-*•+]\s+)?(?:d[ée]marrage|d[ée]but|prise de poste|start(?:ing)?(?: date)?)\s+(?!de\b|du\b)(.{3,})$/i.exec(plainText(l.text))?.[1];
      return stated?.replace(/^(?:au|le|du)\s+(?=\d)/i, '');
    })?.result;
  const startInSentence = startText ? undefined : firstOf([...(contractStatement ? [contractStatement] : []), ...terms.map((l) => l.text)], (t) => startDateIn(t));
  const startInWordsFound = startText || startInSentence ? undefined : (firstOf(terms, (l) => startInWords(l.text)) ?? firstOf(listItems(body), (l) => startInWords(l.text, false)));
  if (startInSentence ?? startInWordsFound) facts.startDate = (startInSentence ?? startInWordsFound)!.result;
  if (startText) facts.startDate = dateInText(startText) ?? shorten(plainText(startText).replace(/[.;]+$/, ''), MAX_SHORT);

  // Places.
  const declaredPlaces = listField(data, ['locations', 'location', 'lieu', 'lieux', 'localisation', 'ville', 'city']).map((p) => shorten(plainText(p), MAX_SHORT));
  // "Emplacement : télétravail complet (full remote)" is remote work, not a place.
  const isPlace = (p: string) => !isNoPlace(p) && !mentionsRemote(p);
  facts.locations =
    nonEmpty(declaredPlaces.filter(isPlace)) ??
    firstOf(valuesOf(sections, 'location'), (v) => (firstStatement(v.value) && isPlace(firstStatement(v.value)) ? [firstStatement(v.value)] : undefined))?.result ??
    nonEmpty(placesStated(body, terms));

  // How to apply, and whom to ask.
  const declaredApply = textField(data, 'apply', 'candidater', 'postuler', 'application_url', 'apply_url', 'candidature');
  facts.apply =
    (declaredApply ? applyTargetIn(declaredApply, true) : undefined) ??
    firstOf(valuesOf(sections, 'apply'), (v) => applyTargetIn(v.value, v.form !== 'heading'))?.result ??
    firstOf(bodyLines(body).filter((l) => mentionsApplying(l.text)), (l) => applyTargetIn(l.text, false))?.result;

  const declaredContact = field(data, 'contact', 'contacts', 'email', 'mail', 'courriel');
  if (declaredContact) {
    const text = listField(data, [declaredContact.name]).join(' ');
    facts.contact = emailIn(text);
    if (!facts.contact && text) facts.notes.push(`${declaredContact.name} « ${shorten(text, 60)} » n'est pas une adresse e-mail : non repris`);
  }
  facts.contact ??= firstOf(valuesOf(sections, 'contact'), (v) => emailIn(v.value))?.result;
  return facts;
}
