/**
 * "Quelles sont les missions du chargé de produit de Zéro Logement Vacant ?", "il faut quel
 * profil ?" after an offer, "salaire et télétravail pour le dev back de Reva ?" — a part of one
 * offer's page asked (or several): answered part by part from that offer's fields and page (see
 * src/answers/offer-page.ts), its state said first. The offer is the one the message names, or
 * the one of the team named that it describes, or the offer the conversation is about.
 */
import { eachOfferPageAnswer, offerPageAnswer, PAGE_ONLY, pageAnswersPart, pageStates } from '../src/answers/offer-page.js';
import { namedOffer } from '../src/answers/search-policy.js';
import type { Offer } from '../src/knowledge/schemas.js';
import { DESCRIBED, NAMED_PLAINLY } from '../src/tuning.js';
import { pageLineReader, type PageLineReader } from '../src/understanding/page-parts.js';
import type { PagePart } from '../src/understanding/reading.js';
import type { OfferMention } from '../src/understanding/catalogue.js';
import { unitInContext } from './faq-lookup.js';
import { withOfferStatus } from './offer-status.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const OFFER_PAGE = 'offer-page';

/** The offer a question asks parts of its page about; `fromTeam` when the question is about its team as a whole (the newest of its offers that says it). */
export interface PageQuestion {
  offer: Offer;
  fromTeam?: { name: string; others: number };
  /** The few offers the question asks each of ("the two dev jobs", "dev ou designer ?"), newest first; `offer` is the first. */
  each?: Offer[];
}

/** Offers of one team answered each at most; more, and the flows of the intent list or ask which. */
const EACH_AT_MOST = 3;

/**
 * "Conseiller numérique : expérience et télétravail des deux offres de dev ?", "Delta V : dev ou
 * designer, quelle différence de rythme ?": the few offers of a team the message describes,
 * compared or asked both — each of them, newest first.
 */
function eachDescribed(turn: Turn, described: readonly Offer[]): PageQuestion | undefined {
  const u = turn.understanding;
  if (described.length < 2 || described.length > EACH_AT_MOST || !u.asks.comparison) return undefined;
  const team = turn.runtime.view.teamOf(described[0]!);
  const order = team ? turn.runtime.view.offersOfTeam(team.id, u.lang).map((o) => turn.runtime.view.primaryId(o)) : [];
  const each = [...described].sort((a, b) => order.indexOf(turn.runtime.view.primaryId(a)) - order.indexOf(turn.runtime.view.primaryId(b)));
  return { offer: each[0]!, each };
}

/** Intents whose question may be about a part of one offer's page. */
const ABOUT_AN_OFFER = new Set(['positions', 'salary', 'remote_work', 'contract', 'application_process', 'contact', 'organisation_info', 'fallback']);

/**
 * The offers of a team that the message describes: of the team it names ("le chargé de produit
 * de Zéro Logement Vacant"), or of the team the conversation is about, by a word of its title
 * ("le designer, c'est combien de jours ?" after Santé Psy Étudiant's offers), repeats left out.
 */
function describedOfTeam(turn: Turn): Offer[] {
  const u = turn.understanding;
  const view = turn.runtime.view;
  const team = unitInContext(turn)?.id;
  if (!team) return [];
  const enough = (m: OfferMention) => (u.entities.unit ? m.titleCoverage >= DESCRIBED || m.queryCoverage >= NAMED_PLAINLY : m.matched >= 1);
  const offers = u.entities.offers
    .filter(enough)
    .map((m) => view.offer(m.id))
    .filter((o): o is Offer => o !== undefined && view.teamOf(o)?.id === team);
  return view.withoutRepeats(offers.filter((o, i) => offers.findIndex((p) => view.primaryId(p) === view.primaryId(o)) === i));
}

/** Parts whose flows answer a job published twice themselves, each offer's own (pay, remote work, contract, where to apply). */
const OWN_FLOW: ReadonlySet<PagePart> = new Set(['salary', 'remote', 'contract', 'apply']);

/**
 * "DomiFa dev full stack : quelles technos ?", "… démarrage prévu quand ?" when the team published
 * that job twice: parts only a page holds, or dates and places its page often states, are answered
 * from the newest of the offers described whose page (or fields) states them all, said so.
 * `asksWord`: the message would otherwise be read as a word to explain.
 */
function newestDescribed(turn: Turn, described: readonly Offer[], parts: readonly PagePart[], reads: PageLineReader, asksWord: boolean): PageQuestion | undefined {
  // Pay, remote work, contract: their flows give each offer's own — unless the message would otherwise be read as a word to explain ("c'est quoi le TJM du déploiement Data Subvention ?").
  if (described.length < 2 || turn.understanding.asks.comparison || (!asksWord && parts.some((p) => OWN_FLOW.has(p)))) return undefined;
  const view = turn.runtime.view;
  // The same job twice: the message's words name each of them alike ("dev full stack"), not two jobs ("deployment role vs front-end dev").
  const coverage = new Set(turn.understanding.entities.offers.filter((m) => described.some((o) => o.id === m.id)).map((m) => m.queryCoverage));
  if (coverage.size > 1) return undefined;
  const team = view.teamOf(described[0]!);
  if (!team) return undefined;
  const ids = new Set(described.map((o) => view.primaryId(o)));
  const offer = view.offersOfTeam(team.id, turn.understanding.lang).find((o) => ids.has(view.primaryId(o)) && parts.every((p) => pageStates(o, p, turn.understanding.lang, reads)));
  return offer ? { offer, fromTeam: { name: team.name, others: described.length - 1 } } : undefined;
}

/**
 * The offer a message asks parts of its page about, when the message asks several parts at once,
 * or one the page answers better than the flow of its intent (see pageAnswersPart); undefined
 * otherwise (that flow answers, as for "quel salaire ?").
 */
export function offerOfPageQuestion(turn: Turn): PageQuestion | undefined {
  const u = turn.understanding;
  const parts = u.pageParts;
  if (!parts?.length || u.listed || u.entities.organisations.length >= 2) return undefined;
  // A part only a page holds, asked right after an answer about an offer ("who is in the team?"), is that offer's, not a word to explain;
  // "quelles sont les missions du…" asks that part, not a list.
  const pageOnly = parts.some((p) => PAGE_ONLY.has(p));
  // "C'est quoi le TJM du déploiement Data Subvention et ça commence quand ?" asks that offer's parts, not what a TJM is: an offer it names answers.
  const asksWord = u.definition && !(pageOnly && u.aboutFocus);
  if (!ABOUT_AN_OFFER.has(u.intent) && !u.definition) return undefined;
  if (u.asks.list && !pageOnly) return undefined;
  // "Combien d'offres ?" counts offers; "combien de jours ?" asks a part.
  if (u.asks.count && !parts.some((p) => p === 'workload' || p === 'experience' || p === 'team' || p === 'salary' || p === 'duration' || p === 'process')) return undefined;
  // "Combien de jours par semaine ?" right after remote work: the understanding read days of remote work
  // (src/understanding/context-rules.ts), which its flow answers, not the days the page says are worked.
  if (parts.length === 1 && parts[0] === 'workload' && u.intent === 'remote_work') return undefined;
  const view = turn.runtime.view;
  const focusId = turn.memory.focusOfferId;
  const namesNone = !u.entities.organisation && u.entities.offers.every((m) => m.queryCoverage < NAMED_PLAINLY);
  const focus = focusId && namesNone && (u.aboutFocus || u.focusNamed) ? view.offer(focusId) : undefined;
  // Named by most of its title, or two of its words: "quels profils recherche le forum ?" names no "Responsable de recherche".
  const named = namedOffer(view, u, u.entities.unit?.id);
  const mention = named ? u.entities.offers.find((m) => m.id === named.id) : undefined;
  const described = describedOfTeam(turn);
  const each = eachDescribed(turn, described);
  if (each) return each;
  const plainlyNamed = mention && (mention.titleCoverage >= DESCRIBED || mention.matched >= 2) ? named : undefined;
  if (asksWord && !plainlyNamed && described.length === 0) return undefined;
  const offer = plainlyNamed ?? (described.length === 1 ? described[0] : undefined) ?? (asksWord ? undefined : focus);
  const reads = pageLineReader(turn.runtime.recogniser.lexicon);
  if (!offer) return newestDescribed(turn, described, parts, reads, Boolean(asksWord)) ?? ofTheTeam(turn, parts, reads);
  return parts.length >= 2 || pageAnswersPart(offer, parts[0]!, u.lang, reads) ? { offer } : undefined;
}

/** Parts a team's pages say of the team as a whole, whichever offer says it: who it is, where it works, how it selects. */
const TEAM_WIDE: ReadonlySet<PagePart> = new Set(['team', 'place', 'process']);

/**
 * "Le.taxi, ils ont des bureaux où ?", "mon-entreprise, ils font un test technique ?": a team
 * named, none of its offers, a part the team's pages say of the whole team — from the newest of
 * its offers whose page states it, said so.
 */
function ofTheTeam(turn: Turn, parts: readonly PagePart[], reads: PageLineReader): PageQuestion | undefined {
  const u = turn.understanding;
  const teamId = u.entities.unit?.id;
  if (!teamId || !parts.every((p) => TEAM_WIDE.has(p))) return undefined;
  const offers = turn.runtime.view.offersOfTeam(teamId, u.lang);
  const offer = offers.find((o) => parts.every((p) => pageStates(o, p, u.lang, reads)));
  return offer ? { offer, fromTeam: { name: turn.runtime.view.team(teamId)?.name ?? teamId, others: offers.length - 1 } } : undefined;
}

export class OfferPageDialog extends SingleStepDialog {
  constructor() {
    super(OFFER_PAGE);
  }

  protected async respond(turn: Turn): Promise<void> {
    const u = turn.understanding;
    const question = offerOfPageQuestion(turn);
    if (!question) return;
    const offer = turn.runtime.view.inLanguage(question.offer, u.lang).entry;
    turn.memory.focusOfferId = question.offer.id;
    if (u.entities.organisation) turn.memory.organisationId = u.entities.organisation;
    if (u.entities.unit) turn.memory.unitId = u.entities.unit.id;
    // Days worked alone are a term of the contract: its contract follows ("2 à 3 jours par semaine", then "indépendant, 4 mois").
    const parts = u.pageParts?.length === 1 && u.pageParts[0] === 'workload' ? (['workload', 'contract'] as const) : (u.pageParts ?? []);
    const reads = pageLineReader(turn.runtime.recogniser.lexicon);
    if (question.each) {
      const offers = question.each.map((o) => turn.runtime.view.inLanguage(o, u.lang).entry);
      return turn.send(eachOfferPageAnswer(turn.runtime.view, offers, parts, u.lang, reads, turn.today));
    }
    const reply = offerPageAnswer(turn.runtime.view, offer, parts, u.lang, reads, question.fromTeam);
    await turn.send(withOfferStatus(turn, reply, offer));
  }
}
