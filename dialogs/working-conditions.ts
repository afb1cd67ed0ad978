/**
 * "Combien de jours de congés ?", "Il y a des tickets resto ?", "Faut-il un doctorat ?" —
 * working conditions the announcements rarely state: the FAQ entry about that condition when
 * HR wrote one, else a plain "I don't know" with whom to ask.
 */
import { conditionNotStated, unstatedCondition } from '../src/answers/not-stated.js';
import type { Faq } from '../src/knowledge/schemas.js';
import { NO_ANSWER_THRESHOLD } from '../src/knowledge/search/index.js';
import { normalise } from '../src/understanding/normalise.js';
import { lookUpFaq, organisationInContext } from './faq-lookup.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const WORKING_CONDITIONS = 'working-conditions';

/** Whether an FAQ entry is about the condition: its question, phrasings or tags name it (its answer merely mentioning it is not enough). */
const asksAbout = (faq: Faq, condition: RegExp) => condition.test(normalise([faq.question, ...faq.alternatives, ...faq.tags].join(' . ')));

export class WorkingConditionsDialog extends SingleStepDialog {
  constructor() {
    super(WORKING_CONDITIONS);
  }

  protected async respond(turn: Turn): Promise<void> {
    const u = turn.understanding;
    const condition = unstatedCondition(u.normalised);
    if (!condition) return;
    const named = condition.pattern.exec(u.normalised)?.[0] ?? '';
    const [aboutCondition] = turn.runtime.findFaqs(named, { lang: u.lang, organisation: u.entities.organisation, limit: 1 });
    if (aboutCondition && aboutCondition.score >= NO_ANSWER_THRESHOLD && asksAbout(aboutCondition.faq, condition.pattern)) {
      const lookup = lookUpFaq(turn, condition.intent);
      if (lookup.found === 'answer' && lookup.match.faq.id === aboutCondition.faq.id) return turn.send(lookup.answer);
    }
    const organisationId = u.entities.organisation ?? organisationInContext(turn);
    const namedOffers = u.entities.offers.filter((m) => m.queryCoverage >= 0.99 && m.titleCoverage >= 0.75);
    const offer = namedOffers.length === 1 ? turn.runtime.view.offer(namedOffers[0]!.id) : undefined;
    await turn.send(conditionNotStated(turn.runtime.view, condition, u.lang, organisationId, offer));
  }
}
