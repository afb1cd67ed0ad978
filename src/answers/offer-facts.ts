/**
 * Questions about one fact of an offer (salary, remote work, contract) when the message does
 * not name exactly one offer: which offers are meant, and whether they all say the same.
 */
import { openForms } from './undated-offers.js';
import type { Lang, Offer } from '../knowledge/schemas.js';
import { DESCRIBED, NAMED_PLAINLY } from '../tuning.js';
import type { Entities } from '../understanding/recogniser.js';
import { answer, type Answer, type Suggestion } from './answer.js';
import type { IntentName } from '../understanding/intents.js';
import { count, date, number, of, offerLine } from './format.js';
import { newestFirst, type KnowledgeView } from './knowledge-view.js';

/** How the offers in question were found. */
export type OfferBasis = 'named' | 'focus' | 'team' | 'organisation' | 'all';

/** The offers a question is about. */
export interface OffersInQuestion {
  offers: readonly Offer[];
  basis: OfferBasis;
  organisationId?: string;
  /** The team the question named, when it named one. */
  teamId?: string;
}

/**
 * Among offers a message names, those whose title it says word for word (`says`), the longest
 * such title only ("DÉVELOPPEUR•EUSE WEB SENIOR" pasted: that offer, not "Développeur ou
 * développeuse web senior·e"); all of them when it says none verbatim.
 */
export function verbatimFirst<T>(items: readonly T[], title: (item: T) => string, says: ((title: string) => boolean) | undefined): T[] {
  const verbatim = says ? items.filter((i) => says(title(i))) : [];
  if (verbatim.length === 0) return [...items];
  const longest = Math.max(...verbatim.map((i) => title(i).length));
  return verbatim.filter((i) => title(i).length === longest);
}

/** What a question says and remembers about the offer it is about. */
export interface OfferQuestion {
  entities: Pick<Entities, 'offers' | 'organisation' | 'places' | 'unit'>;
  /** Whether the message says a title word for word: an exact title wins over titles it only shares words with. */
  saysTitle?: (title: string) => boolean;
  /** The offer the conversation is about. */
  focusOfferId?: string;
  /** The organisation the conversation is about. */
  organisationId?: string;
  /** The offers the conversation has just listed, when the question asks one fact of them ("et le salaire ?" after a listing): those, before the offer in focus. */
  listedOfferIds?: readonly string[];
}

/**
 * Finds the offers a question is about: the offers it names (narrowed by the organisation and
 * the team it names, else by the conversation's organisation when some are its; a title named whole wins over titles it only describes), else the offer
 * in focus, else the team's offers (open ones, else its latest), else the organisation's open
 * offers, else every open offer. Open offers come before closed ones, the newest first; an
 * offer published again under the same title is one offer; translations are folded: one offer
 * per announcement, in the user's language.
 */
export function offersInQuestion(view: KnowledgeView, question: OfferQuestion, lang: Lang): OffersInQuestion {
  const fold = (offers: readonly Offer[]) => {
    const seen = new Set<string>();
    const folded = offers
      .filter((o) => {
        const key = view.primaryId(o);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((o) => view.inLanguage(o, lang).entry);
    return view.withoutRepeats(newestFirst(folded));
  };
  const organisationId = question.entities.organisation;
  const teamId = question.entities.unit?.id;
  const named = question.entities.offers
    .map((m) => ({ mention: m, offer: view.offer(m.id) }))
    .filter((m): m is { mention: typeof m.mention; offer: Offer } => m.offer !== undefined)
    .filter((m) => !organisationId || m.offer.organisation === organisationId)
    .filter((m) => !teamId || view.teamOf(m.offer)?.id === teamId);
  if (named.length > 0) {
    // A job a team published again, its title reworded ("… chez DossierFacile"), is one offer: its newest round —
    // among the offers the message names plainly, not a newer one of the same title its words leave out ("product owner jardins").
    const plainly = named.filter((m) => m.mention.queryCoverage >= NAMED_PLAINLY);
    const newest = new Set(view.withoutOlderRounds(newestFirst(plainly.map((m) => m.offer))).map((o) => o.id));
    const complete = plainly.filter((m) => newest.has(m.offer.id));
    // "Dev Ruby on Rails expérimenté·e en résidence": the offer whose whole title it is.
    const whole = complete.filter((m) => m.mention.titleCoverage >= NAMED_PLAINLY);
    const chosen = verbatimFirst(whole.length > 0 ? whole : complete.length > 0 ? complete : named.filter((m) => m.mention.titleCoverage >= DESCRIBED), (m) => m.offer.title, question.saysTitle);
    // "salary for a senior dev there?": the conversation's employer's, when it published one of them —
    // not another employer's only because that one is open.
    const ofConversation = !organisationId && question.organisationId ? chosen.filter((m) => m.offer.organisation === question.organisationId) : [];
    const pool = ofConversation.length > 0 ? ofConversation : chosen;
    const open = pool.filter((m) => m.offer.open);
    const offers = fold((open.length > 0 ? open : pool).map((m) => m.offer));
    if (offers.length > 0) return { offers, basis: 'named', organisationId, ...(teamId ? { teamId } : {}) };
  }
  const listed = (question.listedOfferIds ?? []).map((id) => view.offer(id)).filter((o): o is Offer => o !== undefined);
  if (listed.length > 0) {
    const employers = new Set(listed.map((o) => o.organisation));
    const shared = employers.size === 1 ? listed[0]!.organisation : undefined;
    return { offers: fold(listed), basis: 'named', ...(shared ? { organisationId: shared } : {}) };
  }
  const focus = question.focusOfferId ? view.offer(question.focusOfferId) : undefined;
  if (focus && (!organisationId || focus.organisation === organisationId) && (!teamId || view.teamOf(focus)?.id === teamId)) {
    return { offers: [view.inLanguage(focus, lang).entry], basis: 'focus', organisationId: focus.organisation };
  }
  if (teamId) {
    const all = view.offersOfTeam(teamId, lang);
    const open = all.filter((o) => o.open);
    return { offers: open.length > 0 ? open : all, basis: 'team', organisationId, teamId };
  }
  const orgId = organisationId ?? question.organisationId;
  if (orgId) {
    const open = view.openOffersOf(orgId, lang);
    // None open: its latest offers, whose facts still answer ("remote work at the DINUM?"), said not open.
    const offers = open.length > 0 ? open : fold(view.offersOf(orgId));
    return { offers: [...offers], basis: 'organisation', organisationId: orgId };
  }
  return { offers: view.openOffers(lang), basis: 'all' };
}

/**
 * What a group of offers in question is, with its count, for "Aucune des …" / "None of the …":
 * `18 offres ouvertes de la DINUM`, or, when the question named offers, `6 offres de la DINUM
 * qui correspondent à votre question` — never the employer's whole count for a subset.
 */
export function offersInQuestionPhrase(view: KnowledgeView, question: OffersInQuestion, lang: Lang): string {
  const org = question.organisationId ? view.organisation(question.organisationId) : undefined;
  const n = question.offers.length;
  const team = question.teamId ? view.team(question.teamId) : undefined;
  if (question.basis === 'team' && team) {
    const open = question.offers.some((o) => o.open);
    return lang === 'fr'
      ? `${count(n, lang, open ? { one: 'offre ouverte', other: 'offres ouvertes' } : { one: 'dernière offre', other: 'dernières offres' })} de ${team.name}`
      : `${count(n, lang, open ? { one: 'open offer', other: 'open offers' } : { one: 'latest offer', other: 'latest offers' })} of ${team.name}`;
  }
  if (question.basis === 'named') {
    return lang === 'fr'
      ? `${count(n, lang, { one: 'offre', other: 'offres' })}${org ? ` ${of(org, lang)}` : ''} qui ${n === 1 ? 'correspond' : 'correspondent'} à votre question`
      : `${count(n, lang, { one: 'offer', other: 'offers' })}${org ? ` at ${org.name}` : ''} matching your question`;
  }
  if (n > 0 && !question.offers.some((o) => o.open)) {
    return lang === 'fr'
      ? `${count(n, lang, { one: 'dernière offre', other: 'dernières offres' })}${org ? ` ${of(org, lang)}` : ''} (plus ouverte${n === 1 ? '' : 's'} aujourd'hui${dateOfNewest(question.offers, lang)})`
      : `${count(n, lang, { one: 'latest offer', other: 'latest offers' })}${org ? ` at ${org.name}` : ''} (no longer open today${dateOfNewest(question.offers, lang)})`;
  }
  return lang === 'fr' ? `${count(n, lang, openForms(question.offers, lang))}${org ? ` ${of(org, lang)}` : ''}` : `${count(n, lang, openForms(question.offers, lang))}${org ? ` at ${org.name}` : ''}`;
}

/** `, la plus récente publiée le 2 mai 2023`: when the newest of some offers was published, if it says. */
function dateOfNewest(offers: readonly Offer[], lang: Lang): string {
  const newest = offers.map((o) => o.published_on ?? o.reviewed_on).filter((d): d is string => d !== undefined).sort().at(-1);
  if (!newest) return '';
  return lang === 'fr' ? `, la plus récente datée du ${date(newest, lang)}` : `, the newest dated ${date(newest, lang)}`;
}

/**
 * Suggestions to pick one offer among several, up to `max`: the title with its team (or
 * organisation) and publication date, so that two offers of the same title can be told apart;
 * the value repeats the title and the team or organisation.
 */
export function offerChoices(view: KnowledgeView, offers: readonly Offer[], max = 6): Suggestion[] {
  // Offers of one title differ by their team and date: the buttons say those, short enough to show whole.
  const sameTitle = offers.length > 1 && new Set(offers.map((o) => o.title)).size === 1;
  return offers.slice(0, max).map((o) => {
    const who = view.teamOf(o)?.name ?? view.organisation(o.organisation)?.name ?? o.organisation;
    const when = o.published_on ? `, ${o.published_on.slice(0, 7).split('-').reverse().join('/')}` : '';
    return { title: sameTitle ? `${who}${when}` : `${o.title} (${who}${when})`, value: `${o.title} — ${who}` };
  });
}

/** Offers among which the bot asks which one, at most (beyond, it asks for the employer or a title). */
export const MAX_CHOICES = 6;

/** Groups offers by the value of a fact, keeping the order of first appearance. */
export function groupBy<K>(offers: readonly Offer[], key: (o: Offer) => K): Map<K, Offer[]> {
  const groups = new Map<K, Offer[]>();
  for (const o of offers) {
    const k = key(o);
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  return groups;
}

/** Offers beyond which a fact is not summarised across them: the bot asks which employer instead. */
export const MAX_SUMMARISED = 60;

/**
 * "Cela dépend de l'offre": when a question could be about too many offers to sum up (no
 * employer, no offer named, a large catalogue), which employer or offer is meant.
 */
export function askWhichOfMany(view: KnowledgeView, question: OffersInQuestion, intent: IntentName, lang: Lang): Answer {
  const employers = question.basis === 'all' ? view.openEmployers(lang) : [...new Set(question.offers.map((o) => o.organisation))];
  const text =
    lang === 'fr'
      ? `Cela dépend de l'offre (${count(question.offers.length, lang, openForms(question.offers, lang))}). De quel poste ou de quel employeur parlez-vous ?`
      : `It depends on the offer (${count(question.offers.length, lang, openForms(question.offers, lang))}). Which position or employer do you mean?`;
  const suggestions = employers.slice(0, 6).map((id) => {
    const name = view.organisation(id)?.name ?? id;
    return { title: name, value: lang === 'fr' ? `Chez ${name} ?` : `At ${name}?` };
  });
  return answer({ intent, lang, text, suggestions, answered: false, asks: true });
}
