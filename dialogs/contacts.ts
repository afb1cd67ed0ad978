/**
 * "Qui contacter ?" — the employer's contact as its file gives it, or every employer's.
 */
import { answerContact, asksPhone } from '../src/answers/contacts.js';
import { SingleStepDialog } from './single-step-dialog.js';
import { organisationInContext } from './faq-lookup.js';
import type { Turn } from './turn.js';

export const CONTACTS = 'contacts';

export class ContactsDialog extends SingleStepDialog {
  constructor() {
    super(CONTACTS);
  }

  protected async respond(turn: Turn): Promise<void> {
    const u = turn.understanding;
    const orgId = u.entities.organisation ?? organisationInContext(turn);
    if (u.entities.organisation) turn.memory.organisationId = u.entities.organisation;
    await turn.send(answerContact(turn.runtime.view, u.lang, orgId, asksPhone(u.normalised)));
  }
}
