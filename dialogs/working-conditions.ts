/**
 * "Combien de jours de congés ?", "Il y a des tickets resto ?", "Faut-il un doctorat ?" —
 * working conditions the announcements rarely state: the FAQ entry about that condition when
 * HR wrote one, else a plain "I don't know" with whom to ask.
 */
import { conditionNotStated, unstatedCondition } from '../src/answers/not-stated.js';
import { NO_ANSWER_THRESHOLD } from '../src/knowledge/search/index.js';
import { lookUpFaq, organisationInContext } from './faq-lookup.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const WORKING_CONDITIONS = 'working-conditions';

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
    if (aboutCondition && aboutCondition.score >= NO_ANSWER_THRESHOLD) {
      const lookup = lookUpFaq(turn, condition.intent);
      if (lookup.found === 'answer' && lookup.match.faq.id === aboutCondition.faq.id) return turn.send(lookup.answer);
    }
    const organisationId = u.entities.organisation ?? organisationInContext(turn);
    await turn.send(conditionNotStated(turn.runtime.view, condition, u.lang, organisationId));
  }
}
