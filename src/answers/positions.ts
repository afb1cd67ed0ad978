/**
 * Open positions: a list matching what the candidate asks for (organisation, place, category,
 * contract, remote, a subject), a count, or one offer in detail. Closed offers are never
 * presented as open.
 */
import type { Category, Contract, Lang, Offer, Salary } from '../knowledge/schemas.js';
import { isOpenUndated } from '../knowledge/open-status.js';
import { isPlaceStated } from '../knowledge/places.js';
import { filterOffers } from '../knowledge/search/index.js';
import { normalise } from '../text/normalise.js';
import { departmentInRegion, departmentOf } from '../understanding/regions.js';
import { answer, type Answer, type Suggestion } from './answer.js';
import { at, bandAmount, contracts, count, date, duration, list, notOpenWords, number, of, places, quote, remotePolicy, salaryUnit, shorten } from './format.js';
import { newestFirst, type KnowledgeView } from './knowledge-view.js';
import { offerOpenLine, offerStatusLine } from './offer-status.js';
import { openAndUndated, openCount, undatedLine, undatedNote } from './undated-offers.js';
import { noOfferOfThatKind, offerSaysText, type OfferSays } from './offer-says.js';
import { whereToAsk } from './not-stated.js';

/** What a listing asks for. */
export interface PositionsQuery {
  organisationId?: string;
  /** A team or product of the organisation (`teams/`): its offers only. */
  teamId?: string;
  places: string[];
  /** Regions: offers whose place lies in one of them. */
  regions?: string[];
  /** Departments by number: offers whose place lies in one of them. */
  departments?: string[];
  /** Places excluded ("hors Paris"): offers whose every place is one of them are left out. */
  excludedPlaces?: string[];
  categories: Category[];
  contracts: Contract[];
  remote?: boolean;
  closesBefore?: string;
  /** Offer ids matching the subject words of the question ("data", "designer"), best first; undefined when the question names no subject. */
  subjectMatches?: string[];
  /** The same, closed and stale offers included: what the listing shows, marked, when no open offer matches. */
  pastSubjectMatches?: string[];
  /** The subject words, to say what was looked for. */
  subject?: string;
  /** How many offers the conversation had just listed, when the query looks among them only ("lesquelles sont en A+ ?"; `subjectMatches` are those offers). */
  among?: number;
  /** "combien" / "how many": answer with a count first. */
  count: boolean;
}

/** Most offers shown as cards in one reply. */
export const MAX_CARDS = 10;

/** The open offers among `ids` (all of them with `includeClosed`), in `lang`, in their order: with a subject, no pass over every offer. */
function subjectCandidates(view: KnowledgeView, ids: readonly string[], lang: Lang, includeClosed = false): Offer[] {
  const seen = new Set<string>();
  const out: Offer[] = [];
  for (const id of ids) {
    const offer = view.offer(id);
    if (!offer || (!offer.open && !includeClosed)) continue;
    const key = offer.translation_of ?? offer.id;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(view.inLanguage(offer, lang).entry);
  }
  return out;
}

/**
 * The open offers a query asks for, filtered like search filters them (see filterOffers); with
 * `past`, the offers no longer open that it would have found (only when no open one matches).
 */
export function matchingOffers(view: KnowledgeView, query: PositionsQuery, lang: Lang, past = false): Offer[] {
  const candidates = past
    ? query.pastSubjectMatches
      ? subjectCandidates(view, query.pastSubjectMatches, lang, true).filter((o) => !o.open)
      : query.teamId
        ? view.offersOfTeam(query.teamId, lang).filter((o) => !o.open)
        : view.pastOffers(lang, query.organisationId)
    : query.subjectMatches
    ? subjectCandidates(view, query.subjectMatches, lang)
    : query.teamId
      ? view.offersOfTeam(query.teamId, lang).filter((o) => o.open)
      : query.places.length
      ? view.openOffersIn(query.places, lang)
      : query.organisationId
        ? view.openOffersOf(query.organisationId, lang)
        : view.openOffers(lang);
  let offers = filterOffers(candidates, {
    organisation: query.organisationId,
    locations: query.places,
    categories: query.categories,
    contracts: query.contracts,
    remote: query.remote,
    closesBefore: query.closesBefore,
    includeClosed: past,
  });
  if (query.teamId) offers = offers.filter((o) => view.teamOf(o)?.id === query.teamId);
  if (query.departments?.length) offers = offers.filter((o) => departmentsOf(o).some((d) => query.departments!.includes(d ?? '')));
  if (query.regions?.length) offers = offers.filter((o) => departmentsOf(o).some((d) => query.regions!.some((r) => departmentInRegion(d, r))));
  if (query.excludedPlaces?.length) {
    const excluded = query.excludedPlaces.map((p) => normalise(p));
    offers = offers.filter((o) => o.locations.some((l) => !excluded.some((x) => normalise(l).includes(x)) && isPlaceStated(l)));
  }
  const matches = past ? query.pastSubjectMatches : query.subjectMatches;
  if (matches) {
    const rank = new Map(matches.map((id, i) => [id, i]));
    const rankOf = (o: Offer) => rank.get(o.id) ?? rank.get(o.translation_of ?? '') ?? -1;
    offers = offers.filter((o) => rankOf(o) >= 0).sort((a, b) => rankOf(a) - rankOf(b));
  }
  return offers;
}

/** Each offer's departments, one per location (`undefined` where not known). */
const departments = new WeakMap<Offer, readonly (string | undefined)[]>();

/** The departments of an offer's locations, found once per offer: a region listing tests every open offer. */
function departmentsOf(offer: Offer): readonly (string | undefined)[] {
  let found = departments.get(offer);
  if (!found) departments.set(offer, (found = offer.locations.map((l) => departmentOf(l))));
  return found;
}

function describeQuery(view: KnowledgeView, query: PositionsQuery, lang: Lang): string {
  const org = query.organisationId ? view.organisation(query.organisationId) : undefined;
  const team = query.teamId ? view.team(query.teamId) : undefined;
  const parts = [
    query.among ? (lang === 'fr' ? `parmi les ${number(query.among, lang)} citées` : `among the ${number(query.among, lang)} just listed`) : undefined,
    query.subject ? (lang === 'fr' ? `en lien avec ${quote(query.subject, lang)}` : `about ${quote(query.subject, lang)}`) : undefined,
    team ? (lang === 'fr' ? `chez ${team.name}${org ? ` (${org.name})` : ''}` : `at ${team.name}${org ? ` (${org.name})` : ''}`) : org ? (lang === 'fr' ? at(org, lang) : `at ${org.name}`) : undefined,
    query.places.length ? (lang === 'fr' ? `à ${list(query.places, lang, 'ou')}` : `in ${list(query.places, lang, 'or')}`) : undefined,
    query.regions?.length ? (lang === 'fr' ? `en ${list(query.regions, lang, 'ou')}` : `in ${list(query.regions, lang, 'or')}`) : undefined,
    query.departments?.length ? (lang === 'fr' ? `dans le ${list(query.departments, lang, 'ou')}` : `in département ${list(query.departments, lang, 'or')}`) : undefined,
    query.excludedPlaces?.length ? (lang === 'fr' ? `hors de ${list(query.excludedPlaces, lang, 'et')}` : `outside ${list(query.excludedPlaces, lang)}`) : undefined,
    query.categories.length ? (lang === 'fr' ? `en catégorie ${list(query.categories, lang, 'ou')}` : `in category ${list(query.categories, lang, 'or')}`) : undefined,
    query.contracts.length ? (lang === 'fr' ? `en ${list(query.contracts, lang, 'ou')}` : `as ${list(query.contracts, lang, 'or')}`) : undefined,
    query.remote === true ? (lang === 'fr' ? 'avec télétravail' : 'with remote work') : query.remote === false ? (lang === 'fr' ? 'sans télétravail' : 'without remote work') : undefined,
    query.closesBefore ? (lang === 'fr' ? `qui ferment au plus tard le ${date(query.closesBefore, lang)}` : `closing by ${date(query.closesBefore, lang)}`) : undefined,
  ].filter(Boolean);
  return parts.join(' ');
}

/** How many offers the query would list but for its contract condition that do not state their contract. */
export function offersWithoutContract(view: KnowledgeView, query: PositionsQuery, lang: Lang): number {
  return query.contracts.length ? matchingOffers(view, { ...query, contracts: [] }, lang).filter((o) => !o.contract?.length).length : 0;
}

/**
 * "18 other offers do not state their contract.": a listing filtered on a contract type or on
 * remote work says how many offers it could not judge, so that none is taken for a "no".
 */
function unstatedNote(view: KnowledgeView, query: PositionsQuery, lang: Lang, others: boolean): string {
  const notes: string[] = [];
  const other = (text: string) => (others ? text : text.replace(/ autres?\b| other\b/, ''));
  if (query.contracts.length) {
    const n = offersWithoutContract(view, query, lang);
    if (n) notes.push(other(lang === 'fr' ? `${n === 1 ? 'Une autre offre ne précise pas son' : `${number(n, lang)} autres offres ne précisent pas leur`} type de contrat.` : `${n === 1 ? 'One other offer does' : `${number(n, lang)} other offers do`} not state their contract type.`));
  }
  if (query.remote !== undefined) {
    const n = matchingOffers(view, { ...query, remote: undefined }, lang).filter((o) => !o.remote).length;
    if (n) notes.push(other(lang === 'fr' ? `${n === 1 ? 'Une autre offre ne dit' : `${number(n, lang)} autres offres ne disent`} rien du télétravail.` : `${n === 1 ? 'One other offer says' : `${number(n, lang)} other offers say`} nothing about remote work.`));
  }
  return notes.length ? `\n\n${notes.join(' ')}` : '';
}

/** The offers a listing asks for, as cards, with a count. */
export function listPositions(view: KnowledgeView, query: PositionsQuery, lang: Lang): Answer {
  const offers = matchingOffers(view, query, lang);
  const described = describeQuery(view, query, lang);
  const seats = offers.reduce((sum, o) => sum + o.positions, 0);
  const unstated = unstatedNote(view, query, lang, offers.length > 0);
  if (offers.length === 0 && query.places.length && !query.departments?.length) {
    // "Des offres à Rennes ?": none in the town itself, maybe in its département (Saint-Jacques-de-la-Lande).
    const departments = [...new Set(query.places.map((p) => departmentOf(p)).filter((d): d is string => d !== undefined))];
    const nearQuery = { ...query, places: [], departments };
    // "But nearby" only when an offer is open nearby; with none, the place's own past offers
    // come first (below), and only without them the past offers nearby, said as such.
    const openNearby = departments.length > 0 && matchingOffers(view, nearQuery, lang).length > 0;
    const pastHere = !openNearby && pastOffers(view, query, lang, described) !== undefined;
    const near = departments.length && !pastHere ? listPositions(view, nearQuery, lang) : undefined;
    if (near?.answered) {
      const where = list(query.places, lang, lang === 'fr' ? 'ou' : 'or');
      const lead = openNearby
        ? lang === 'fr' ? `Aucune offre ouverte à ${where} même, mais près de là, ` : `No open offer in ${where} itself, but nearby, `
        : lang === 'fr' ? `Près de ${where} : ` : `Near ${where}: `;
      return { ...near, text: `${lead}${near.text.charAt(0).toLowerCase()}${near.text.slice(1)}` };
    }
  }
  if (offers.length === 0 && query.teamId) {
    const latest = latestOfTeam(view, query, lang);
    if (latest) return latest;
  }
  if (offers.length === 0) {
    const past = pastOffers(view, query, lang, described);
    if (past) return past;
  }
  if (offers.length === 0) {
    const text =
      lang === 'fr'
        ? `${noneOpen(described, lang)}${unstated}${described ? `${unstated ? '\n\n' : ' '}Voulez-vous voir toutes les offres ouvertes ?` : ''}`
        : `${noneOpen(described, lang)}${unstated}${described ? `${unstated ? '\n\n' : ' '}Would you like to see all open offers?` : ''}`;
    const suggestions: Suggestion[] = described ? [{ title: lang === 'fr' ? 'Toutes les offres' : 'All offers', value: lang === 'fr' ? 'Toutes les offres ouvertes' : 'Show all open offers' }] : [];
    return answer({ intent: 'positions', lang, text, suggestions, answered: false, ...(suggestions[0] ? { proposal: suggestions[0] } : {}) });
  }
  const countText = `${openCount(offers, lang)}${seatsNote(seats, offers.length, lang)}`;
  const undated = undatedNote(view, offers, lang);
  const shown = offers.slice(0, MAX_CARDS);
  // The offers themselves follow the text: as a card list, or as lines where cards are not shown (src/bot/replies.ts).
  const more =
    offers.length > shown.length
      ? lang === 'fr'
        ? `\n\nVoici les ${number(shown.length, lang)} premières ; précisez un lieu, un employeur ou un domaine pour affiner.`
        : `\n\nHere are the first ${number(shown.length, lang)}; name a place, an employer or a field to narrow down.`
      : '';
  const text =
    lang === 'fr'
      ? `${countText} ${described || 'en ce moment'}.${undated ? `\n\n${undated}` : ''}${unstated}${more}`
      : `${countText} ${described || 'right now'}.${undated ? `\n\n${undated}` : ''}${unstated}${more}`;
  const suggestions: Suggestion[] =
    shown.length === 1
      ? detailSuggestions(lang)
      : [
          { title: lang === 'fr' ? 'Télétravail ?' : 'Remote work?', value: lang === 'fr' ? 'Le télétravail est-il possible ?' : 'Is remote work possible?' },
          { title: lang === 'fr' ? 'Comment postuler' : 'How to apply', value: lang === 'fr' ? 'Comment postuler ?' : 'How do I apply?' },
        ];
  return answer({ intent: 'positions', lang, text: text.replace(/ +\n/g, '\n'), offerCards: shown.map((o) => o.id), sources: shown.map((o) => view.source(o)), suggestions });
}

/** " (3 postes)" after a count of offers when they hold more posts than offers; empty otherwise. */
function seatsNote(seats: number, offers: number, lang: Lang): string {
  return seats > offers ? ` (${count(seats, lang, lang === 'fr' ? { one: 'poste', other: 'postes' } : { one: 'position', other: 'positions' })})` : '';
}

/** "Je ne connais aucune offre ouverte à la DINUM." — or "en ce moment" when the question named nothing. */
function noneOpen(described: string, lang: Lang): string {
  return lang === 'fr' ? `Je ne connais aucune offre ouverte ${described || 'en ce moment'}.` : `I know of no open offer ${described || 'right now'}.`;
}

/**
 * "Des offres à la DINUM ?" when none is open: say so, then the latest offers the question
 * would have found, newest first, each marked closed or probably no longer open, with its
 * date — facts with their caveat, never "open". `undefined` when there are none.
 */
function pastOffers(view: KnowledgeView, query: PositionsQuery, lang: Lang, described: string): Answer | undefined {
  const past = newestFirst(matchingOffers(view, query, lang, true));
  if (past.length === 0) return undefined;
  const shown = past.slice(0, MAX_CARDS);
  const seats = past.reduce((sum, o) => sum + o.positions, 0);
  const howMany =
    lang === 'fr'
      ? `${count(past.length, lang, { one: 'offre publiée plus tôt', other: 'offres publiées plus tôt' })}${seatsNote(seats, past.length, lang)} ${past.length === 1 ? "ne l'est plus" : 'ne le sont plus'} (ou probablement plus)`
      : `${count(past.length, lang, { one: 'offer published earlier', other: 'offers published earlier' })}${seatsNote(seats, past.length, lang)} ${past.length === 1 ? 'is' : 'are'} no longer (or probably no longer) open`;
  // Those beyond the cards are named too, oldest last: the list is whole, not cut at the cards.
  const rest = past.length > shown.length ? `. ${olderOffers(past.slice(shown.length), lang)} ${lang === 'fr' ? `Les ${number(shown.length, lang)} plus récentes` : `The ${number(shown.length, lang)} newest`}` : '';
  const text = `${noneOpen(described, lang)} ${howMany}${rest}${lang === 'fr' ? ' :' : ':'}`;
  const suggestions: Suggestion[] = [{ title: lang === 'fr' ? 'Offres ouvertes' : 'Open offers', value: lang === 'fr' ? 'Toutes les offres ouvertes' : 'Show all open offers' }];
  return answer({ intent: 'positions', lang, text, offerCards: shown.map((o) => o.id), sources: shown.map((o) => view.source(o)), suggestions });
}

/** Closed offers shown when a team has no open one. */
const MAX_LATEST = 5;

/**
 * The offers a question names or describes ("the Dora senior developer offer" when Dora
 * published two; a title several teams used), open or not, newest first, the first
 * `MAX_CARDS`, each with its team, date and, when not open, its state. `teamId`: the team the
 * question named. `listing`: the question asked for open offers — the answer says first that
 * none is open.
 */
export function describedOffers(view: KnowledgeView, offers: readonly Offer[], lang: Lang, teamId?: string, listing = false): Answer {
  const team = teamId ? view.team(teamId) : undefined;
  const all = view.withoutRepeats(newestFirst(offers));
  const shown = all.slice(0, MAX_CARDS);
  const of = team ? (lang === 'fr' ? ` de ${team.name}` : ` of ${team.name}`) : '';
  const undated = shown.filter(isOpenUndated).length;
  const open = shown.filter((o) => o.open).length - undated;
  const state =
    open === shown.length
      ? ''
      : undated > 0
        ? ` (${openAndUndated(open, undated, lang)})`
      : lang === 'fr'
        ? ` (${open === 0 ? (shown.length === 1 ? 'plus ouverte' : "aucune n'est ouverte aujourd'hui") : `${number(open, lang)} ouverte${open > 1 ? 's' : ''}`})`
        : ` (${open === 0 ? (shown.length === 1 ? 'no longer open' : 'none is open today') : `${number(open, lang)} open`})`;
  const more = all.length > shown.length ? (lang === 'fr' ? ` ; voici les ${number(shown.length, lang)} plus récentes` : `; here are the ${number(shown.length, lang)} newest`) : '';
  const lead = listing && open + undated === 0 ? (lang === 'fr' ? `Je ne connais aucune offre ouverte de ce type en ce moment. ` : `I know of no open offer of this kind right now. `) : '';
  const text =
    lang === 'fr'
      ? `${lead}${count(all.length, lang, { one: 'offre', other: 'offres' })}${of} ${all.length === 1 ? 'correspond' : 'correspondent'} à votre question${state}${more}, de la plus récente à la plus ancienne :`
      : `${lead}${count(all.length, lang, { one: 'offer', other: 'offers' })}${of} match${all.length === 1 ? 'es' : ''} your question${state}${more}, newest first:`;
  return answer({ intent: 'positions', lang, text, offerCards: shown.map((o) => o.id), sources: shown.map((o) => view.source(o)), suggestions: detailSuggestions(lang).slice(0, 3) });
}

/**
 * "Je suis chef de projet, vous avez quoi ?" when no offer is about all the words asked: says so,
 * then the offers about some of them (`nearest`, closest first), labelled as the nearest — never
 * as a match. Each keeps its state (open, undated, no longer open).
 */
export function nearestOffers(view: KnowledgeView, nearest: readonly Offer[], subject: string, lang: Lang): Answer {
  const shown = view.withoutRepeats([...nearest]).slice(0, MAX_CARDS);
  const text =
    lang === 'fr'
      ? `Je ne connais aucune offre en lien avec ${quote(subject, lang)}. ${shown.length === 1 ? 'La plus proche, qui n’en reprend qu’une partie' : `Les ${number(shown.length, lang)} plus proches, qui n’en reprennent qu’une partie`} :`
      : `I know of no offer about ${quote(subject, lang)}. ${shown.length === 1 ? 'The nearest one, which shares only part of it' : `The ${number(shown.length, lang)} nearest, which share only part of it`}:`;
  return answer({ intent: 'positions', lang, text, offerCards: shown.map((o) => o.id), sources: shown.map((o) => view.source(o)), suggestions: detailSuggestions(lang).slice(0, 3) });
}

/**
 * "Des offres chez Dora ?" when Dora has none open: say so, then its latest offers, newest
 * first with their dates, each marked closed — what the team last recruited for. `undefined`
 * when the team has no offer at all.
 */
function latestOfTeam(view: KnowledgeView, query: PositionsQuery, lang: Lang): Answer | undefined {
  const team = view.team(query.teamId!);
  const all = view.offersOfTeam(query.teamId!, lang);
  const latest = all.slice(0, MAX_LATEST);
  if (!team || latest.length === 0) return undefined;
  const newest = latest[0]!.published_on;
  // Every offer counted: those beyond the cards named in a line, the oldest last ("et 2 autres, plus anciennes : …").
  const older = all.slice(MAX_LATEST);
  const olderLine = older.length === 0 ? '' : ` ${olderOffers(older, lang)}`;
  // "fermées" only when each is: an old page without a closing date is probably filled, not closed.
  const closed = latest.every((o) => notOpenWords(o, 'fr') === 'fermée');
  const state = { fr: closed ? (latest.length === 1 ? 'fermée' : 'fermées') : latest.length === 1 ? 'plus ouverte' : 'plus ouvertes', en: closed ? 'closed' : 'no longer open' }[lang];
  const text =
    lang === 'fr'
      ? `Je ne connais aucune offre ouverte chez ${team.name} en ce moment.${older.length ? ` Je connais ${number(all.length, lang)} offres de ${team.name}.${olderLine}` : ''} ${latest.length === 1 ? `Sa dernière offre, ${state}` : `Ses ${number(latest.length, lang)} dernières offres, ${state}`}${newest ? ` (la plus récente publiée le ${date(newest, lang)})` : ''} :`
      : `I know of no open offer at ${team.name} right now.${older.length ? ` I know of ${number(all.length, lang)} offers of ${team.name}.${olderLine}` : ''} ${latest.length === 1 ? `Its latest offer, ${state}` : `Its ${number(latest.length, lang)} latest offers, ${state}`}${newest ? ` (the newest published on ${date(newest, lang)})` : ''}:`;
  const suggestions: Suggestion[] = [{ title: lang === 'fr' ? 'Offres ouvertes' : 'Open offers', value: lang === 'fr' ? 'Toutes les offres ouvertes' : 'Show all open offers' }];
  return answer({ intent: 'positions', lang, text, offerCards: latest.map((o) => o.id), sources: [view.source(team), ...latest.map((o) => view.source(o))], suggestions });
}

/** Titles named at most in a line of older offers; beyond, their number. */
const MAX_OLDER_NAMED = 8;

/** `Les 2 plus anciennes : « A » (19 novembre 2021), « B » (2021).`: offers beyond the cards, by title and date. */
export function olderOffers(older: readonly Offer[], lang: Lang): string {
  const named = older.slice(0, MAX_OLDER_NAMED).map((o) => `${quote(o.title, lang)}${o.published_on ? ` (${date(o.published_on, lang)})` : ''}`);
  const beyond = older.length - named.length;
  const more = beyond > 0 ? (lang === 'fr' ? ` et ${number(beyond, lang)} autres` : ` and ${number(beyond, lang)} more`) : '';
  return lang === 'fr'
    ? `${older.length === 1 ? 'La plus ancienne' : `Les ${number(older.length, lang)} plus anciennes`} : ${named.join(', ')}${more}.`
    : `${older.length === 1 ? 'The oldest' : `The ${number(older.length, lang)} oldest`}: ${named.join(', ')}${more}.`;
}

const detailSuggestions = (lang: Lang): Suggestion[] => [
  { title: lang === 'fr' ? 'Salaire' : 'Salary', value: lang === 'fr' ? 'Et le salaire ?' : 'And the salary?' },
  { title: lang === 'fr' ? 'Télétravail' : 'Remote work', value: lang === 'fr' ? 'Et le télétravail ?' : 'And remote work?' },
  { title: lang === 'fr' ? 'Contrat' : 'Contract', value: lang === 'fr' ? 'Et le contrat ?' : 'And the contract?' },
  { title: lang === 'fr' ? 'Postuler' : 'How to apply', value: lang === 'fr' ? 'Comment postuler ?' : 'How do I apply?' },
];

/**
 * One offer in detail: every fact the knowledge holds, "non précisé" for the others. `says`:
 * what its announcement says of the words the question asked (see ./offer-says.ts), after its
 * state and before its facts; when it says nothing of them, where to ask. `stateAsked`: the
 * question asks whether it is still open — an open offer says so first, with its date.
 */
export function offerDetails(view: KnowledgeView, offer: Offer, lang: Lang, says?: OfferSays, stateAsked = false): Answer {
  const org = view.organisation(offer.organisation);
  const notStated = lang === 'fr' ? 'non précisé' : 'not stated';
  const team = view.teamOf(offer);
  const rows: [string, string][] = [
    [lang === 'fr' ? 'Employeur' : 'Employer', org?.name ?? offer.organisation],
    ...(team ? [[lang === 'fr' ? 'Équipe' : 'Team', team.name] as [string, string]] : []),
    [lang === 'fr' ? 'Lieu' : 'Place', places(offer, lang)],
    [lang === 'fr' ? 'Catégorie' : 'Category', offer.category ?? notStated],
    [lang === 'fr' ? 'Contrat' : 'Contract', offer.contract ? `${contracts(offer.contract, lang)}${offer.duration ? ` (${duration(offer.duration, lang)})` : ''}` : notStated],
    // The announcement's own words when it has some ("partiel possible, même depuis Lyon"): a policy alone loses them.
    [lang === 'fr' ? 'Télétravail' : 'Remote work', offer.remote ? `${remotePolicy(offer.remote.policy, lang)}${offer.remote.text ? ` — ${quote(offer.remote.text, lang)}` : ''}` : notStated],
    [lang === 'fr' ? 'Salaire' : 'Salary', offer.salary ? payStated(offer.salary, lang) : notStated],
  ];
  if (offer.positions > 1) rows.push([lang === 'fr' ? 'Postes' : 'Positions', String(offer.positions)]);
  if (offer.published_on) rows.push([lang === 'fr' ? 'Publiée le' : 'Published', date(offer.published_on, lang)]);
  if (offer.start_date) rows.push([lang === 'fr' ? 'Début' : 'Start', date(offer.start_date, lang)]);
  if (offer.closes_on) rows.push([lang === 'fr' ? 'Candidatures jusqu’au' : 'Apply by', date(offer.closes_on, lang)]);
  const apply = offer.apply ?? offer.url ?? offer.contact;
  if (apply) rows.push([lang === 'fr' ? 'Postuler' : 'Apply', apply]);
  // Not open: said first, with its date (closed, closing date passed, or too old to be trusted).
  const today = view.snapshot.today;
  const status = offerStatusLine(offer, today, lang) ?? (undatedLine(view, offer, lang, true) || (stateAsked ? offerOpenLine(offer, today, lang) : undefined));
  const summary = [
    offer.category ? (lang === 'fr' ? `catégorie ${offer.category}` : `category ${offer.category}`) : undefined,
    places(offer, lang),
    offer.remote ? remotePolicy(offer.remote.policy, lang) : undefined,
    offer.positions > 1 ? (lang === 'fr' ? `${offer.positions} postes` : `${offer.positions} positions`) : undefined,
  ].filter(Boolean);
  const head =
    lang === 'fr'
      ? `${quote(offer.title, lang)}${org ? ` ${of(org, lang)}` : ''} : ${summary.join(', ')}.`
      : `${quote(offer.title, lang)}${org ? ` at ${org.name}` : ''}: ${summary.join(', ')}.`;
  // Asked whether the employer hires for a kind of job this offer only comes close to: that plain "no" leads, before the offer's state.
  if (says?.kind === 'silent' && says.kindOfJob) {
    const lead = noOfferOfThatKind(says, org?.name ?? offer.organisation, org ? of(org, lang) : offer.organisation, lang);
    const plain = offerDetails(view, offer, lang, undefined, stateAsked);
    return { ...plain, text: `${lead}\n\n${plain.text}`, answered: false };
  }
  const asked = says ? `${offerSaysText(says, lang)}${says.kind === 'silent' ? ` ${whereToAsk(view, offer, lang)}` : ''}\n\n` : '';
  const text = `${status ? `${status}\n\n` : ''}${asked}${head}\n\n${rows.map(([k, v]) => `- **${k}** : ${v}`).join('\n')}`.replace(/\*\* : /g, lang === 'fr' ? '** : ' : '**: ');
  return answer({ intent: 'positions', lang, text, sources: [view.source(offer)], suggestions: offer.open ? detailSuggestions(lang) : [], answered: says?.kind !== 'silent' });
}

/** A card's pay: its amounts with their unit ("450 € à 700 € par jour"), else the announcement's words ("TJM selon profil"). */
export function payStated(salary: Salary, lang: Lang): string {
  const unit = salaryUnit(salary, lang);
  if (salary.bands.length > 0) return list(salary.bands.map((b) => `${bandAmount(b, lang, salary.currency)}${unit ? ` ${unit}` : ''}`), lang);
  return salary.text ? quote(shorten(salary.text, 80), lang) : lang === 'fr' ? 'indiqué' : 'stated';
}
