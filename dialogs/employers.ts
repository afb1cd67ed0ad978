/**
 * "C'est quoi beta.gouv.fr ?", "les locaux sont-ils accessibles ?" — about an employer: the FAQ
 * entry that answers, else the employer's own presentation.
 */
import { notKnown } from '../src/answers/fallback.js';
import { aboutOrganisation } from '../src/answers/organisations.js';
import { lookUpFaq } from './faq-lookup.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const EMPLOYERS = 'employers';

export class EmployersDialog extends SingleStepDialog {
  constructor() {
    super(EMPLOYERS);
  }

  protected async respond(turn: Turn): Promise<void> {
    const lookup = lookUpFaq(turn, 'organisation_info');
    if (lookup.found !== 'nothing') return turn.send(lookup.answer);
    const u = turn.understanding;
    const org = u.entities.organisation ? turn.runtime.view.organisation(u.entities.organisation) : undefined;
    if (org) {
      turn.memory.organisationId = org.id;
      return turn.send(aboutOrganisation(turn.runtime.view, org, u.lang));
    }
    return turn.send({ ...notKnown(turn.runtime.view, u.lang, lookup.closest, turn.memory.organisationId), intent: 'organisation_info' });
  }
}
