/**
 * "Quels postes sont ouverts ?" — open offers matching what the candidate asks for (employer,
 * place, category, contract, remote work, a subject), as cards; one offer in detail when the
 * message names exactly one.
 */
import { listPositions, offerDetails, type PositionsQuery } from '../src/answers/positions.js';
import { normalise } from '../src/understanding/normalise.js';
import { lookUpFaq } from './faq-lookup.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const POSITIONS = 'positions';

/** Words of a listing question that ask for a count. */
const COUNT = /\b(combien|nombre|how many|number of)\b/;
/** Words that ask for a list even when one offer is named ("les offres de data scientist"). */
const PLURAL_LIST = /\b(offres|postes|jobs|positions|openings|liste|list|quels|quelles|which)\b/;

/** Least FAQ score for an FAQ answer to replace a listing whose words are not all about offers. */
const FAQ_INSTEAD_OF_LISTING = 0.5;

/** Least search score for an offer to be "about" a subject word of a listing. */
const SUBJECT_MIN_SCORE = 0.35;

/** The words of the message as typed whose stems are the subject ("design", "données"). */
function typedWords(text: string, stems: readonly string[]): string {
  const words = text.split(/[^\p{L}\p{N}+#.-]+/u).filter(Boolean);
  const picked = words.filter((w) => {
    const folded = normalise(w);
    return stems.some((s) => folded.startsWith(s) || s.startsWith(folded));
  });
  return picked.length ? picked.join(' ') : stems.join(' ');
}

export class PositionsDialog extends SingleStepDialog {
  constructor() {
    super(POSITIONS);
  }

  protected async respond(turn: Turn): Promise<void> {
    const u = turn.understanding;
    const view = turn.runtime.view;
    if (u.entities.organisation) turn.memory.organisationId = u.entities.organisation;
    const named = u.entities.offers
      .map((m) => ({ m, offer: view.offer(m.id) }))
      .filter((x) => x.offer && (!u.entities.organisation || x.offer.organisation === u.entities.organisation));
    const complete = named.filter((x) => x.m.queryCoverage >= 0.99);
    const distinct = new Set(complete.map((x) => view.primaryId(x.offer!)));
    if (distinct.size === 1 && !PLURAL_LIST.test(u.normalised) && !COUNT.test(u.normalised)) {
      const offer = view.inLanguage(complete[0]!.offer!, u.lang).entry;
      turn.memory.focusOfferId = offer.id;
      return turn.send(offerDetails(view, offer, u.lang));
    }
    const subjectWords = u.topic.filter((word) => turn.runtime.searchOffers(word, u.lang, SUBJECT_MIN_SCORE).length > 0);
    const otherWords = u.topic.filter((word) => !subjectWords.includes(word));
    if (otherWords.length > 0) {
      // "Les offres de la DINUM sont-elles ouvertes aux personnes handicapées ?": words no offer
      // is about, and an FAQ entry on another subject answers the question — not a listing.
      const [faq] = turn.runtime.findFaqs(u.text, { lang: u.lang, organisation: u.entities.organisation, limit: 1 });
      if (faq && faq.score >= FAQ_INSTEAD_OF_LISTING && faq.faq.intent !== 'positions') {
        const lookup = lookUpFaq(turn, 'positions');
        if (lookup.found !== 'nothing') return turn.send(lookup.answer);
      }
    }
    const subject = subjectWords.length ? subjectWords.join(' ') : undefined;
    const query: PositionsQuery = {
      organisationId: u.entities.organisation ?? (u.followUp ? turn.memory.organisationId : undefined),
      places: u.entities.places,
      categories: u.entities.categories,
      contracts: u.entities.contracts,
      remote: u.entities.remote,
      closesBefore: u.entities.closesBefore,
      subjectMatches: subject ? turn.runtime.searchOffers(subject, u.lang, SUBJECT_MIN_SCORE) : undefined,
      subject: subject ? typedWords(u.text, subjectWords) : undefined,
      count: COUNT.test(u.normalised),
    };
    const answer = listPositions(view, query, u.lang);
    if (!answer.answered && subject && query.subjectMatches?.length === 0) {
      const lookup = lookUpFaq(turn, 'positions');
      if (lookup.found === 'answer') return turn.send(lookup.answer);
    }
    if (answer.offerCards.length === 1) turn.memory.focusOfferId = answer.offerCards[0];
    await turn.send(answer);
  }
}
