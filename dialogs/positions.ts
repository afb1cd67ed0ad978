/**
 * "Quels postes sont ouverts ?" — open offers matching what the candidate asks for (employer,
 * place, region, category, contract, remote work, a subject), as cards; one offer in detail
 * when the message names exactly one, or asks about the offer in focus ("c'est quelle
 * catégorie ?"); an FAQ entry when the question is about offers but not a listing.
 */
import { describedOffers, listPositions, nearestOffers, offerDetails, offersWithoutContract, type PositionsQuery } from '../src/answers/positions.js';
import { withAnnouncementPart } from '../src/answers/described-offer.js';
import { faqAnswer } from '../src/answers/faq-answers.js';
import { passageAnswer, readPassages } from '../src/answers/passage-answers.js';
import { verbatimFirst } from '../src/answers/offer-facts.js';
import { offerSays } from '../src/answers/offer-says.js';
import { pageWords } from '../src/answers/offer-page.js';
import type { Answer } from '../src/answers/answer.js';
import { pageLineReader } from '../src/understanding/page-parts.js';
import { faqForEmptyListing, faqRivalsListing, listingSubject, offersAbout, offersAboutEvery } from '../src/answers/search-policy.js';
import { newestFirst } from '../src/answers/knowledge-view.js';
import type { Offer } from '../src/knowledge/schemas.js';
import { namesTitle, typedSubject } from '../src/understanding/aspects.js';
import type { ClassName } from '../src/understanding/lexicon-classes.js';
import { DESCRIBED, NAMED_PLAINLY } from '../src/tuning.js';
import { lookUpFaq } from './faq-lookup.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const POSITIONS = 'positions';

/** Most offers shown for a whole title said among other words when nothing matches them all: beyond, the title is too common to name one. */
const MAX_WHOLLY_NAMED = 3;

/** Kinds of contract that are programmes of their own, which the FAQ tells where to find ("offres de stage"). */
const PROGRAMMES = new Set<string>(['stage', 'alternance', 'apprentissage']);

export class PositionsDialog extends SingleStepDialog {
  constructor() {
    super(POSITIONS);
  }

  protected async respond(turn: Turn): Promise<void> {
    const u = turn.understanding;
    if (u.entities.organisation) turn.memory.organisationId = u.entities.organisation;
    if (u.entities.organisation) turn.memory.unitId = u.entities.unit?.id;
    // "il est encore ouvert ?": the offer in focus, not the offers its kept subject names.
    const stateOfFocus = u.asks.still_open && !u.entities.organisation && (u.followUp || u.subjectKept) ? this.focusOffer(turn) : undefined;
    if (stateOfFocus) return this.showOffer(turn, stateOfFocus);
    const named = this.namedOffers(turn);
    if (named.length === 1) return this.showOffer(turn, named[0]!);
    const focus = this.offerInFocusAsked(turn);
    if (focus) return this.showOffer(turn, focus);
    const described = this.describedOfTeam(turn);
    if (described?.length === 1) return this.showOffer(turn, described[0]!);
    if (described) return turn.send(describedOffers(turn.runtime.view, described, u.lang, u.entities.unit!.id));
    // A title several offers bear ("Chargée ou chargé de déploiement"): each of them, open or
    // not, with its team and date — not the open offers that merely share a word with it.
    if (named.length > 1) return turn.send(describedOffers(turn.runtime.view, named, u.lang));
    // A follow-up that only refines the listing ("et à Lyon ?") is answered by the listing, found or not.
    if (!turn.understanding.subjectKept && (await this.answerFromFaqInstead(turn))) return;
    if (await this.answerFromEntryBefore(turn)) return;
    await this.listMatchingOffers(turn);
  }

  /**
   * The offers the message names, one per announcement, unless it asks for a list or a count:
   * those whose every descriptive word it says — the ones whose whole title it says first ("an
   * exact title wins"). With a team named ("the Dora senior developer offer"), an offer of that
   * team the message describes is enough.
   */
  private namedOffers(turn: Turn): Offer[] {
    const u = turn.understanding;
    if (u.asks.list || this.countsOffers(turn)) return [];
    const named = this.aboutEveryWord(turn, this.plainlyNamed(turn));
    return named.length === 1 && this.partOfWider(turn, named[0]!) ? [] : named;
  }

  /**
   * Whether a message that names one offer by part of its title only ("poste finance / budget
   * dinum" for the "Gestionnaire financier") asks about a subject other offers of the employer
   * are about too (the other offer of the same rubric): a listing then, not that one offer.
   */
  private partOfWider(turn: Turn, offer: Offer): boolean {
    const u = turn.understanding;
    const view = turn.runtime.view;
    // A team named, or a follow-up, points at its own offer (its rounds are one offer).
    if (u.followUp || u.subjectKept || u.entities.unit) return false;
    const primary = view.primaryId(offer);
    const saidWhole = u.entities.offers.some((m) => m.titleCoverage >= NAMED_PLAINLY && view.primaryId(view.offer(m.id) ?? offer) === primary);
    if (saidWhole) return false;
    const about = listingSubject(u, turn.runtime.searchOffers).about;
    if (about.length === 0) return false;
    const employer = u.entities.organisation ?? offer.organisation;
    const aboutIt = offersAboutEvery(about, u.lang, turn.runtime.searchOffers, true)
      .map((id) => view.offer(id))
      .filter((o): o is Offer => o !== undefined && o.organisation === employer);
    const distinct = view.withoutOlderRounds(newestFirst(view.withoutRepeats(aboutIt.map((o) => view.inLanguage(o, u.lang).entry))));
    return aboutIt.some((o) => view.primaryId(o) === primary) && distinct.length > 1;
  }

  /**
   * Of the offers a message names, those about every other word it asks ("dev python": the
   * developer offer that names Python, not the one whose page never does).
   */
  private aboutEveryWord(turn: Turn, offers: Offer[]): Offer[] {
    const u = turn.understanding;
    // A level told ("junior data scientist") describes the candidate, not what each page must say.
    if (offers.length < 2 || u.entities.experience?.level) return offers;
    const view = turn.runtime.view;
    const found = listingSubject(u, turn.runtime.searchOffers).about.map((w) => new Set(offersAbout(w, u.lang, turn.runtime.searchOffers, true).map((id) => view.primaryId(view.offer(id)!))));
    return offers.filter((o) => found.every((ids) => ids.has(view.primaryId(o))));
  }

  /** The message asks how many offers, not how many days ("combien de jours" is a term of the offer named). */
  private countsOffers(turn: Turn): boolean {
    return turn.understanding.asks.count === true && !turn.understanding.asks.days;
  }

  /** The offers the message names plainly, open or not (see namedOffers). */
  private plainlyNamed(turn: Turn): Offer[] {
    const u = turn.understanding;
    const view = turn.runtime.view;
    // "Do they have data science roles?" after PEReN: the employer (or team) the conversation is about.
    const employer = u.entities.organisation ?? (u.employerKept ? turn.memory.organisationId : undefined);
    const team = u.entities.unit?.id ?? (u.employerKept && !u.entities.organisation ? turn.memory.unitId : undefined);
    const complete = u.entities.offers
      .filter((m) => m.queryCoverage >= NAMED_PLAINLY || (u.entities.unit !== undefined && m.titleCoverage >= DESCRIBED))
      .filter((m) => {
        const o = view.offer(m.id);
        return o !== undefined && (!employer || o.organisation === employer) && (!team || view.teamOf(o)?.id === team);
      });
    // "je suis data scientist": the candidate's profile, which every title holding it fits — not the one exact title.
    const chosen = u.asks.self_description
      ? complete.filter((m) => m.queryCoverage >= NAMED_PLAINLY).map((m) => view.offer(m.id)!)
      : verbatimFirst(closestNamed(complete).map((m) => view.offer(m.id)!), (o) => o.title, (t) => namesTitle(u, t));
    const seen = new Set<string>();
    const distinct = chosen.filter((o) => {
      const key = view.primaryId(o);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return view.withoutRepeats(newestFirst(distinct.map((o) => view.inLanguage(o, u.lang).entry)));
  }

  /** The offers whose every title word the message says, among others, of the employer and team it names; none beyond MAX_WHOLLY_NAMED. */
  private whollyNamed(turn: Turn): Offer[] {
    const u = turn.understanding;
    const view = turn.runtime.view;
    const offers = u.entities.offers
      .filter((m) => m.titleCoverage >= NAMED_PLAINLY)
      .map((m) => view.offer(m.id))
      .filter((o): o is Offer => o !== undefined && (!u.entities.organisation || o.organisation === u.entities.organisation) && (!u.entities.unit || view.teamOf(o)?.id === u.entities.unit.id));
    const distinct = view.withoutRepeats(newestFirst([...new Map(offers.map((o) => [view.primaryId(o), view.inLanguage(o, u.lang).entry])).values()]));
    return distinct.length <= MAX_WHOLLY_NAMED ? distinct : [];
  }

  /** "Quand a été publiée l'offre de développeur senior de Dora ?" when Dora published several: those it describes, with their dates. */
  private describedOfTeam(turn: Turn) {
    const u = turn.understanding;
    const view = turn.runtime.view;
    if (!u.entities.unit || this.countsOffers(turn)) return undefined;
    const ofTeam = u.entities.offers.filter((m) => {
      const o = view.offer(m.id);
      return (m.titleCoverage >= DESCRIBED || m.queryCoverage >= NAMED_PLAINLY) && o !== undefined && view.teamOf(o)?.id === u.entities.unit!.id;
    });
    const offers = closestNamed(ofTeam)
      .map((m) => view.offer(m.id))
      .filter((o): o is Offer => o !== undefined && view.teamOf(o)?.id === u.entities.unit!.id);
    // One offer published again under the same title is one offer: its newest round.
    const distinct = view.withoutRepeats(newestFirst(offers.map((o) => view.inLanguage(o, u.lang).entry)));
    return offers.length > 1 ? distinct : undefined;
  }

  /** The offer the conversation is about, in the message's language. */
  private focusOffer(turn: Turn): Offer | undefined {
    const focus = turn.memory.focusOfferId ? turn.runtime.view.offer(turn.memory.focusOfferId) : undefined;
    return focus ? turn.runtime.view.inLanguage(focus, turn.understanding.lang).entry : undefined;
  }

  /** The offer in focus, when a short message asks about one of its attributes ("c'est où ?"). */
  private offerInFocusAsked(turn: Turn): Offer | undefined {
    const u = turn.understanding;
    const e = u.entities;
    const focus = turn.memory.focusOfferId ? turn.runtime.view.offer(turn.memory.focusOfferId) : undefined;
    // "et la deuxième ?": the offer picked from the list just shown (in focus since this turn began).
    if (focus && u.listed && 'pick' in u.listed) return turn.runtime.view.inLanguage(focus, u.lang).entry;
    // "Elle est encore ouverte, cette offre ?": the offer pointed at, shown with where it stands.
    if (focus && u.focusNamed && !u.asks.list && !this.countsOffers(turn)) return turn.runtime.view.inLanguage(focus, u.lang).entry;
    if (!focus || e.offers.length || e.organisation || e.places.length || e.regions.length || e.departments.length || e.categories.length || e.contracts.length) return undefined;
    return (u.asks.offer_attribute || u.asks.still_open) && !u.asks.list ? turn.runtime.view.inLanguage(focus, u.lang).entry : undefined;
  }

  private async showOffer(turn: Turn, offer: Offer): Promise<void> {
    turn.memory.focusOfferId = offer.id;
    const u = turn.understanding;
    const view = turn.runtime.view;
    // "Is it still open?" is answered by its state, said first, not by a line of its page.
    if (u.asks.still_open) return turn.send(offerDetails(view, offer, u.lang, undefined, true));
    // With the part of its announcement the question names beyond its title ("les outils techniques du…").
    const details = offerDetails(view, offer, u.lang);
    const withPart = withAnnouncementPart(view, details, offer, u.terms, u.lang);
    // "Tell me about the Delta V dev job", "c'est quoi exactement ?": what the job is — its page's missions — follows the card.
    const missions = u.followUp ? undefined : pageWords(offer, 'missions', u.lang, pageLineReader(turn.runtime.recogniser.lexicon));
    const withMissions = (reply: Answer) => (missions ? { ...reply, text: `${reply.text}\n\n${missions}` } : reply);
    if (withPart !== details || u.followUp) return turn.send(withMissions(withPart));
    // Else the lines that hold any word asked, or that the page says nothing of them ("a laptop?") — not of the words
    // the candidates says of themselves ("je suis dev back-end senior"): they describe who asks, not what the page should say.
    const found = u.asks.self_description ? undefined : offerSays(offer, u.terms, turn.runtime.recogniser.lexicon.words('announcement_common_words'));
    // Asked whether there are offers of a kind ("do they hire backend developers?"): an offer silent about it is only the closest.
    const says = found?.kind === 'silent' && u.asks.hiring ? { ...found, kindOfJob: true } : found;
    await turn.send(says ? (says.kind === 'silent' ? offerDetails(view, offer, u.lang, says) : withMissions(offerDetails(view, offer, u.lang, says))) : withMissions(details));
  }

  /**
   * "Les offres de la DINUM sont-elles ouvertes aux personnes handicapées ?": words no offer is
   * about, and an FAQ entry on another subject answers — a question about offers, not a listing.
   */
  private async answerFromFaqInstead(turn: Turn): Promise<boolean> {
    if (!faqRivalsListing(turn.understanding, turn.runtime.findFaqs, turn.runtime.searchOffers)) return false;
    const lookup = lookUpFaq(turn, 'positions');
    if (lookup.found === 'nothing') return false;
    await turn.send(lookup.answer);
    return true;
  }

  /**
   * A count asked right after an answer from an FAQ entry (not an employer's page, not offers),
   * naming no employer or filter ("combien de postes ?" after the forum): the passage of
   * that entry that states it, when one does — not the catalogue's offers.
   */
  private async answerFromEntryBefore(turn: Turn): Promise<boolean> {
    const u = turn.understanding;
    const e = u.entities;
    const last = turn.memory.lastAnswer;
    const view = turn.runtime.view;
    if (!last || last.intent !== 'organisation_info' || !u.asks.count || u.followUp || u.listed || u.aboutFocus) return false;
    if (last.sources.length === 0 || last.sources.some((id) => view.offer(id) ?? view.organisation(id) ?? view.team(id))) return false;
    // (A count names no offer: "postes" is a word of titles too — see namedOffers.)
    if (e.organisation || e.unit || e.places.length + e.regions.length + e.departments.length + e.categories.length + e.contracts.length > 0 || e.remote !== undefined) return false;
    const entry = view.snapshot.faqs.find((f) => last.sources.includes(f.id));
    const reading = entry ? readPassages(turn.runtime.passages, view.inLanguage(entry, u.lang).entry, u) : undefined;
    if (reading?.kind === 'passage') await turn.send(passageAnswer(view, reading, u.lang, 'organisation_info'));
    else if (entry && reading?.kind === 'whole' && reading.holds) await turn.send(faqAnswer(view, entry, u.lang, 'organisation_info'));
    else return false;
    return true;
  }

  /** Of the offers just listed, those about a subject (the same announcement in either language counts), in the listing's order. */
  private listedAbout(turn: Turn, listed: readonly string[], subject: string): string[] {
    const view = turn.runtime.view;
    const key = (id: string) => {
      const offer = view.offer(id);
      return offer ? view.primaryId(offer) : id;
    };
    const about = new Set(offersAbout(subject, turn.understanding.lang, turn.runtime.searchOffers, true).map(key));
    return listed.filter((id) => about.has(key(id)));
  }

  /**
   * When no offer is about all the subject's words ("chef de projet"): those about some of them
   * (of the employer asked), the most words first, open or not, each with how many words it is about.
   */
  private nearestOffers(turn: Turn, words: readonly string[], organisationId?: string): { offer: Offer; words: number }[] {
    if (words.length < 2) return [];
    const view = turn.runtime.view;
    const lang = turn.understanding.lang;
    const hits = new Map<string, { offer: Offer; words: number; order: number }>();
    for (const word of words) {
      offersAbout(word, lang, turn.runtime.searchOffers, true).forEach((id, rank) => {
        const found = view.offer(id);
        if (!found || (organisationId && found.organisation !== organisationId)) return;
        const offer = view.inLanguage(found, lang).entry;
        const key = view.primaryId(offer);
        const hit = hits.get(key);
        if (hit) hit.words += 1;
        else hits.set(key, { offer, words: 1, order: hits.size + rank });
      });
    }
    return [...hits.values()].sort((a, b) => b.words - a.words || a.order - b.order);
  }

  /** The listing, or, when nothing matches, an FAQ entry that answers the question if there is one. */
  private async listMatchingOffers(turn: Turn): Promise<void> {
    const u = turn.understanding;
    const e = u.entities;
    // "Lesquelles sont en A+ ?": the offers just listed are the subject, the employer theirs.
    const listed = u.listed && 'among' in u.listed ? turn.memory.listedOfferIds : undefined;
    const { about, other } = listingSubject(u, turn.runtime.searchOffers);
    // "Des postes en blockchain ?": the one word asked that no offer is about is the listing's subject (none
    // found, said so), not dropped for a listing of every offer.
    const unmatched = about.length === 0 && !listed ? unmatchedWord(u, other) : undefined;
    const subjectWords = unmatched ? [unmatched] : about;
    const subject = subjectWords.length ? subjectWords.join(' ') : undefined;
    // Each word must be about the offer, unless a level is told ("junior data scientist": the candidate, not the page).
    const everyWord = u.entities.experience?.level ? [subjectWords.join(' ')] : subjectWords;
    // "Which of those is about language processing?": those of the offers listed that are about it.
    const among = listed && subject ? this.listedAbout(turn, listed, subject) : listed;
    const query: PositionsQuery = {
      organisationId: u.entities.organisation ?? ((u.followUp || u.employerKept) && !among ? turn.memory.organisationId : undefined),
      teamId: u.entities.unit?.id ?? ((u.followUp || u.employerKept) && !among && !u.entities.organisation ? turn.memory.unitId : undefined),
      places: u.entities.places,
      regions: u.entities.regions,
      departments: u.entities.departments,
      excludedPlaces: u.entities.excludedPlaces,
      categories: u.entities.categories,
      contracts: u.entities.contracts,
      remote: u.entities.remote,
      closesBefore: u.entities.closesBefore,
      subjectMatches: among ?? (unmatched ? [] : subject ? offersAboutEvery(everyWord, u.lang, turn.runtime.searchOffers) : undefined),
      pastSubjectMatches: among ?? (unmatched ? [] : subject ? offersAboutEvery(everyWord, u.lang, turn.runtime.searchOffers, true) : undefined),
      subject: subject ? typedSubject(u, subjectWords) : undefined,
      ...(listed ? { among: listed.length } : {}),
      count: u.asks.count === true,
    };
    const listing = listPositions(turn.runtime.view, query, u.lang);
    // "Des postes de chargé de déploiement ?" when every offer of that title is closed, and the
    // listing found open ones that only share a word with it: the offers named, newest first and marked.
    const filtered = e.unit || e.places.length || e.regions.length || e.departments.length || e.categories.length || e.contracts.length || e.remote !== undefined || u.asks.count;
    const named = filtered ? [] : this.plainlyNamed(turn);
    const listedOpen = listing.offerCards.filter((id) => turn.runtime.view.offer(id)?.open);
    if (named.length > 0 && !named.some((o) => o.open) && listedOpen.length > 0) return turn.send(describedOffers(turn.runtime.view, named, u.lang, undefined, true));
    // Nothing about a subject or a kind of contract: an FAQ may know more ("offres de stage" →
    // where internships are published). Nothing in a place: say so.
    // Offers that do not state their contract may be of the kind asked: the listing says so, better
    // than an FAQ about another employer's contract.
    const contractsUnstated = () => !query.contracts.some((c) => PROGRAMMES.has(c)) && offersWithoutContract(turn.runtime.view, query, u.lang) > 0;
    // A follow-up ("et à la DINUM ?") keeps the listing's subject: its answer is the listing, found or not — but
    // internships asked after an employer ("they take interns?") are a programme of their own, which the FAQ tells where to find.
    const programme = query.contracts.some((c) => PROGRAMMES.has(c));
    if (!listing.answered && (!u.followUp || programme) && (subject || (query.contracts.length > 0 && !contractsUnstated()))) {
      if (faqForEmptyListing(u, turn.runtime.findFaqs)) {
        const lookup = lookUpFaq(turn, 'positions');
        if (lookup.found === 'answer') return turn.send(lookup.answer);
      }
      // Internships asked of an employer ("they take interns?"): its entry about them, found by the programme's own words.
      if (programme && query.organisationId) {
        const lexicon = turn.runtime.recogniser.lexicon;
        const words = query.contracts.filter((c) => PROGRAMMES.has(c)).flatMap((c) => lexicon.phrases(`contract_${c}` as ClassName));
        const lookup = lookUpFaq(turn, 'positions', { text: words.join(' '), organisation: query.organisationId });
        if (lookup.found === 'answer') return turn.send(lookup.answer);
      }
    }
    // Nothing about all the words said, open or not, but a whole title among them ("le poste d'intrapreneur
    // … est-il pour moi ?"): that offer, said closed if it is, rather than "no offer about" every word.
    const wholly = listing.offerCards.length === 0 && !listed && !filtered && !u.followUp ? this.whollyNamed(turn) : [];
    if (wholly.length === 1) return this.showOffer(turn, wholly[0]!);
    if (wholly.length > 1) return turn.send(describedOffers(turn.runtime.view, wholly, u.lang, u.entities.unit?.id));
    const nearest = listing.offerCards.length === 0 && !listed && !unmatched && !u.followUp ? this.nearestOffers(turn, subjectWords, query.organisationId) : [];
    // One offer about more of the words asked than any other, all but one of three or more ("offre dev estime pole
    // emploi"), or the only one near at the employer named: the offer the question names, in detail.
    const [first, second] = nearest;
    const nearestNamed = first && first.words > (second?.words ?? 0) && (first.words === subjectWords.length || (subjectWords.length >= 3 && first.words >= subjectWords.length - 1));
    if (first && (nearestNamed || (nearest.length === 1 && query.organisationId))) return this.showOffer(turn, first.offer);
    if (nearest.length) return turn.send(nearestOffers(turn.runtime.view, nearest.map((n) => n.offer), query.subject ?? subject!, u.lang));
    // The only offer, no longer open, about every word of a subject that names it ("tech lead mobile react native
    // fabrique sociale"), nothing else narrowing the question: that offer in detail, said closed first — not a bare list of one.
    // A question for openings ("any openings at the Brigade?") is answered by the listing, which says none is open.
    const asksOpenings = u.asks.hiring === true || (u.ranking.find((r) => r.intent === 'positions')?.cues.length ?? 0) > 0;
    const onlyPast = listing.offerCards.length === 1 && subject && !filtered && !listed && !u.followUp && !asksOpenings ? turn.runtime.view.offer(listing.offerCards[0]!) : undefined;
    if (onlyPast && !onlyPast.open && subjectWords.length >= 2) return this.showOffer(turn, onlyPast);
    if (listing.offerCards.length === 1) turn.memory.focusOfferId = listing.offerCards[0];
    await turn.send(listing);
  }
}

/** Least length of a word no offer is about for a listing to be about it: shorter ones are initials or typos ("b", "si"). */
const UNMATCHED_MIN_LENGTH = 4;

/**
 * The word, as typed, of a listing that asks for one subject no offer is about ("des postes en
 * blockchain ?", "any quantum jobs?"), when no offer title holds it either and nothing else narrows the listing (an employer, a place,
 * a category, a contract, remote work) and the question follows up none; undefined otherwise.
 */
function unmatchedWord(u: Turn['understanding'], other: readonly string[]): string | undefined {
  const e = u.entities;
  const narrowed = e.offers.length > 0 || e.organisation || e.unit || e.places.length || e.regions.length || e.departments.length || e.excludedPlaces.length || e.categories.length || e.contracts.length || e.remote !== undefined || e.closesBefore || e.unknownEmployers.length;
  if (narrowed || u.followUp || u.subjectKept || other.length !== 1 || other[0]!.length < UNMATCHED_MIN_LENGTH) return undefined;
  return u.typedWords.find((w) => w.folded.startsWith(other[0]!))?.typed ?? u.terms.find((t) => t.startsWith(other[0]!)) ?? other[0];
}

/**
 * The offers a message names most closely: those whose whole title it says, else those whose
 * title holds every word it says ("relation utilisateur conseillers numériques": the title with
 * "Conseillers Numériques", not the team's other "relation utilisateur" offer), else all it describes.
 */
function closestNamed<M extends { titleCoverage: number; queryCoverage: number }>(mentions: readonly M[]): M[] {
  const whole = mentions.filter((m) => m.titleCoverage >= NAMED_PLAINLY && m.queryCoverage >= NAMED_PLAINLY);
  if (whole.length > 0) return whole;
  const plain = mentions.filter((m) => m.queryCoverage >= NAMED_PLAINLY);
  return plain.length > 0 ? plain : [...mentions];
}
