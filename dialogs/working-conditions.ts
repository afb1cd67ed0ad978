/**
 * "Combien de jours de congés ?", "Il y a des tickets resto ?", "Faut-il un doctorat ?" —
 * working conditions the announcements rarely state: the FAQ entry about that condition when
 * HR wrote one, else a plain "I don't know" with whom to ask.
 */
import { CONDITION_WORDING, conditionNotStated } from '../src/answers/not-stated.js';
import type { Faq } from '../src/knowledge/schemas.js';
import { NAMED_CLEARLY, NAMED_PLAINLY, NO_ANSWER_THRESHOLD } from '../src/tuning.js';
import { namesCondition } from '../src/understanding/aspects.js';
import type { Condition } from '../src/understanding/reading.js';
import { lookUpFaq, organisationInContext } from './faq-lookup.js';
import { withOfferStatus } from './offer-status.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const WORKING_CONDITIONS = 'working-conditions';

export class WorkingConditionsDialog extends SingleStepDialog {
  constructor() {
    super(WORKING_CONDITIONS);
  }

  protected async respond(turn: Turn): Promise<void> {
    const u = turn.understanding;
    const condition = u.condition;
    if (!condition) return;
    // Whether an FAQ entry is about the condition: its question, phrasings or tags name it (its answer merely mentioning it is not enough).
    const asksAbout = (faq: Faq, kind: Condition) => namesCondition([faq.question, ...faq.alternatives, ...faq.tags].join(' . '), kind, turn.runtime.recogniser.lexicon);
    const [aboutCondition] = turn.runtime.findFaqs(condition.words, { lang: u.lang, organisation: u.entities.organisation, limit: 1 });
    if (aboutCondition && aboutCondition.score >= NO_ANSWER_THRESHOLD && asksAbout(aboutCondition.faq, condition.kind)) {
      const lookup = lookUpFaq(turn, CONDITION_WORDING[condition.kind].intent);
      if (lookup.found === 'answer' && lookup.match.faq.id === aboutCondition.faq.id) return turn.send(lookup.answer);
    }
    const organisationId = u.entities.organisation ?? organisationInContext(turn);
    const namedOffers = u.entities.offers.filter((m) => m.queryCoverage >= NAMED_PLAINLY && m.titleCoverage >= NAMED_CLEARLY);
    // Named, else the offer the conversation is about, when the message names no employer ("il y a des tickets resto ?" right after its salary).
    const focusId = turn.memory.focusOfferId;
    const focus = !u.entities.organisation && focusId && (u.aboutFocus || turn.memory.lastAnswer?.sources.includes(focusId)) ? turn.runtime.view.offer(focusId) : undefined;
    const offer = namedOffers.length === 1 ? turn.runtime.view.offer(namedOffers[0]!.id) : focus;
    // About an offer that is closed or old: said first, as with every other fact of an offer.
    await turn.send(withOfferStatus(turn, conditionNotStated(turn.runtime.view, condition.kind, u.lang, organisationId, offer), offer));
  }
}
