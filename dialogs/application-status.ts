/**
 * "Où en est ma candidature ?" — how to follow an application and whom to ask, per employer.
 */
import { answerContact } from '../src/answers/contacts.js';
import { lookUpFaq } from './faq-lookup.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const APPLICATION_STATUS = 'application-status';

export class ApplicationStatusDialog extends SingleStepDialog {
  constructor() {
    super(APPLICATION_STATUS);
  }

  protected async respond(turn: Turn): Promise<void> {
    const lookup = lookUpFaq(turn, 'application_status');
    if (lookup.found !== 'nothing') return turn.send({ ...lookup.answer, intent: 'application_status' });
    const u = turn.understanding;
    await turn.send({ ...answerContact(turn.runtime.view, u.lang, u.entities.organisation ?? turn.memory.organisationId), intent: 'application_status' });
  }
}
