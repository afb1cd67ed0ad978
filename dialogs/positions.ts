/**
 * "Quels postes sont ouverts ?" — open offers matching what the candidate asks for (employer,
 * place, region, category, contract, remote work, a subject), as cards; one offer in detail
 * when the message names exactly one, or asks about the offer in focus ("c'est quelle
 * catégorie ?"); an FAQ entry when the question is about offers but not a listing.
 */
import { listPositions, offerDetails, offersWithoutContract, type PositionsQuery } from '../src/answers/positions.js';
import type { Offer } from '../src/knowledge/schemas.js';
import { asksOfferAttribute } from '../src/understanding/entities.js';
import { normalise } from '../src/understanding/normalise.js';
import { NO_ANSWER_THRESHOLD } from '../src/knowledge/search/index.js';
import { lookUpFaq } from './faq-lookup.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const POSITIONS = 'positions';

/** Words of a listing question that ask for a count. */
const COUNT = /\b(combien|nombre|how many|number of)\b/;
/** Words that ask for a list even when one offer is named ("les offres de data scientist"). */
const PLURAL_LIST = /\b(offres|postes|jobs|positions|openings|liste|list|quels|quelles|which)\b/;
/** Least search score for an offer to be "about" a subject word of a listing. */
const SUBJECT_MIN_SCORE = 0.35;
/** Score from which another intent makes a listing question worth checking against the FAQ. */
const RIVAL_SCORE = 0.6;
/** Score from which another intent is a strong rival. */
const STRONG_RIVAL_SCORE = 0.75;
/** Least FAQ score for an FAQ answer to replace a listing. */
const FAQ_INSTEAD_OF_LISTING = 0.5;

/** The words of the message as typed whose stems are the subject ("design", "données"). */
function typedWords(text: string, stems: readonly string[]): string {
  const words = text.split(/[^\p{L}\p{N}+#.-]+/u).filter(Boolean);
  const picked = words.filter((w) => {
    const folded = normalise(w);
    return folded.length >= 2 && stems.some((s) => folded.startsWith(s) || (s.startsWith(folded) && folded.length >= s.length - 1));
  });
  return picked.length ? picked.join(' ') : stems.join(' ');
}

/** Kinds of contract that are programmes of their own, which the FAQ tells where to find ("offres de stage"). */
const PROGRAMMES = new Set<string>(['stage', 'alternance', 'apprentissage']);

export class PositionsDialog extends SingleStepDialog {
  constructor() {
    super(POSITIONS);
  }

  protected async respond(turn: Turn): Promise<void> {
    const u = turn.understanding;
    if (u.entities.organisation) turn.memory.organisationId = u.entities.organisation;
    const named = this.namedOffer(turn);
    if (named) return this.showOffer(turn, named);
    const focus = this.offerInFocusAsked(turn);
    if (focus) return this.showOffer(turn, focus);
    if (await this.answerFromFaqInstead(turn)) return;
    await this.listMatchingOffers(turn);
  }

  /** The one offer the message names, unless it asks for a list or a count. */
  private namedOffer(turn: Turn): Offer | undefined {
    const u = turn.understanding;
    const view = turn.runtime.view;
    const complete = u.entities.offers
      .filter((m) => m.queryCoverage >= 0.99)
      .map((m) => view.offer(m.id))
      .filter((o): o is Offer => o !== undefined && (!u.entities.organisation || o.organisation === u.entities.organisation));
    const distinct = new Set(complete.map((o) => view.primaryId(o)));
    if (distinct.size !== 1 || PLURAL_LIST.test(u.normalised) || COUNT.test(u.normalised)) return undefined;
    return view.inLanguage(complete[0]!, u.lang).entry;
  }

  /** The offer in focus, when a short message asks about one of its attributes ("c'est où ?"). */
  private offerInFocusAsked(turn: Turn): Offer | undefined {
    const u = turn.understanding;
    const e = u.entities;
    const focus = turn.memory.focusOfferId ? turn.runtime.view.offer(turn.memory.focusOfferId) : undefined;
    if (!focus || e.offers.length || e.organisation || e.places.length || e.regions.length || e.departments.length || e.categories.length || e.contracts.length) return undefined;
    return asksOfferAttribute(u.normalised) && !PLURAL_LIST.test(u.normalised) ? turn.runtime.view.inLanguage(focus, u.lang).entry : undefined;
  }

  private async showOffer(turn: Turn, offer: Offer): Promise<void> {
    turn.memory.focusOfferId = offer.id;
    await turn.send(offerDetails(turn.runtime.view, offer, turn.understanding.lang));
  }

  /**
   * "Les offres de la DINUM sont-elles ouvertes aux personnes handicapées ?": words no offer is
   * about, and an FAQ entry on another subject answers — a question about offers, not a listing.
   */
  private async answerFromFaqInstead(turn: Turn): Promise<boolean> {
    const u = turn.understanding;
    const otherWords = u.topic.filter((word) => turn.runtime.searchOffers(word, u.lang, SUBJECT_MIN_SCORE).length === 0);
    // A contract type or remote work named in a listing filters it ("Quels postes en CDD ?"): not a rival question.
    const filters = new Set<string>([...(u.entities.contracts.length ? ['contract'] : []), ...(u.entities.remote ? ['remote_work'] : [])]);
    const rival = u.ranking.find((r) => r.intent !== 'positions' && !filters.has(r.intent) && r.score >= RIVAL_SCORE);
    if (otherWords.length === 0 && !rival) return false;
    const [faq] = turn.runtime.findFaqs(u.text, { lang: u.lang, organisation: u.entities.organisation, limit: 1 });
    // A strong rival intent ("forum", "handicap") needs less from the FAQ to win.
    const needed = rival && rival.score >= STRONG_RIVAL_SCORE ? NO_ANSWER_THRESHOLD : FAQ_INSTEAD_OF_LISTING;
    if (!faq || faq.score < needed) return false;
    if (faq.faq.intent === 'positions') {
      // An FAQ about offers answers only if it is about the words no offer is about
      // ("les offres des autres ministères"), not merely about offers ("les offres de la DINUM").
      const [aboutRest] = otherWords.length ? turn.runtime.findFaqs(otherWords.join(' '), { lang: u.lang, limit: 1 }) : [];
      if (aboutRest?.faq.id !== faq.faq.id || aboutRest.score < NO_ANSWER_THRESHOLD) return false;
    }
    const lookup = lookUpFaq(turn, 'positions');
    if (lookup.found === 'nothing') return false;
    await turn.send(lookup.answer);
    return true;
  }

  /** The listing, or, when nothing matches, an FAQ entry that answers the question if there is one. */
  private async listMatchingOffers(turn: Turn): Promise<void> {
    const u = turn.understanding;
    const subjectWords = u.topic.filter((word) => turn.runtime.searchOffers(word, u.lang, SUBJECT_MIN_SCORE).length > 0);
    const subject = subjectWords.length ? subjectWords.join(' ') : undefined;
    const query: PositionsQuery = {
      organisationId: u.entities.organisation ?? (u.followUp ? turn.memory.organisationId : undefined),
      places: u.entities.places,
      regions: u.entities.regions,
      departments: u.entities.departments,
      excludedPlaces: u.entities.excludedPlaces,
      categories: u.entities.categories,
      contracts: u.entities.contracts,
      remote: u.entities.remote,
      closesBefore: u.entities.closesBefore,
      subjectMatches: subject ? turn.runtime.searchOffers(subject, u.lang, SUBJECT_MIN_SCORE) : undefined,
      subject: subject ? typedWords(u.text, subjectWords) : undefined,
      count: COUNT.test(u.normalised),
    };
    const listing = listPositions(turn.runtime.view, query, u.lang);
    // Nothing about a subject or a kind of contract: an FAQ may know more ("offres de stage" →
    // where internships are published). Nothing in a place: say so.
    // Offers that do not state their contract may be of the kind asked: the listing says so, better
    // than an FAQ about another employer's contract.
    const contractsUnstated = () => !query.contracts.some((c) => PROGRAMMES.has(c)) && offersWithoutContract(turn.runtime.view, query, u.lang) > 0;
    if (!listing.answered && (subject || (query.contracts.length > 0 && !contractsUnstated()))) {
      const [faq] = turn.runtime.findFaqs(u.text, { lang: u.lang, organisation: u.entities.organisation, limit: 1 });
      if (faq && faq.score >= FAQ_INSTEAD_OF_LISTING) {
        const lookup = lookUpFaq(turn, 'positions');
        if (lookup.found === 'answer') return turn.send(lookup.answer);
      }
    }
    if (listing.offerCards.length === 1) turn.memory.focusOfferId = listing.offerCards[0];
    await turn.send(listing);
  }
}
