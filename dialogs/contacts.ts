/**
 * "Qui contacter ?" — the employer's contact as its file gives it, or every employer's; a
 * contact HR wrote an FAQ entry for ("le contact presse du forum") when the question is about it.
 */
import { answerContact } from '../src/answers/contacts.js';
import { SingleStepDialog } from './single-step-dialog.js';
import { lookUpFaq, organisationInContext } from './faq-lookup.js';
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
    if (u.topic.length > 0) {
      // "Qui contacter pour la presse ?": more than a contact, perhaps one an FAQ entry gives.
      const lookup = lookUpFaq(turn, 'contact');
      if (lookup.found === 'answer' && lookup.match.faq.intent === 'contact') return turn.send(lookup.answer);
      if (lookup.found === 'ask-organisation') turn.memory.awaiting = undefined;
    }
    await turn.send(answerContact(turn.runtime.view, u.lang, orgId, u.asks.phone === true));
  }
}
