/**
 * "C'est quoi beta.gouv.fr ?", "les locaux sont-ils accessibles ?" — about an employer: the FAQ
 * entry that answers, else the employer's own presentation (the paragraph a precise question is about).
 */
import { notKnown } from '../src/answers/fallback.js';
import { aboutOrganisation, whereIsOrganisation } from '../src/answers/organisations.js';
import { notStatedAnswer, passageAnswer, readPassages } from '../src/answers/passage-answers.js';
import { teamPresentation } from '../src/answers/teams.js';
import { lookUpFaq } from './faq-lookup.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const EMPLOYERS = 'employers';


export class EmployersDialog extends SingleStepDialog {
  constructor() {
    super(EMPLOYERS);
  }

  protected async respond(turn: Turn): Promise<void> {
    const u = turn.understanding;
    const org = u.entities.organisation ? turn.runtime.view.organisation(u.entities.organisation) : undefined;
    if (org) turn.memory.organisationId = org.id;
    // A team or product named ("c'est quoi Trackdéchets ?"): its own presentation, not its organisation's.
    const team = u.entities.unit ? turn.runtime.view.team(u.entities.unit.id) : undefined;
    if (team) {
      turn.memory.unitId = team.id;
      if (u.asks.presentation || !u.asks.sites) return turn.send(teamPresentation(turn.runtime.view, team, u.lang));
    }
    // A question about the employer as a whole ("C'est quoi beta.gouv.fr ?", "Où est le
    // PEReN ?") gets its own file; anything more precise goes to the FAQ.
    if (org && u.asks.sites) {
      return turn.send(whereIsOrganisation(turn.runtime.view, org, u.lang));
    }
    if (org && u.asks.presentation) return turn.send(aboutOrganisation(turn.runtime.view, org, u.lang));
    const lookup = lookUpFaq(turn, 'organisation_info');
    if (lookup.found !== 'nothing') return turn.send(lookup.answer);
    // No FAQ entry: the paragraph of the employer's own presentation the question is about, if any.
    const about = org ?? (turn.memory.organisationId ? turn.runtime.view.organisation(turn.memory.organisationId) : undefined);
    if (about) {
      const page = turn.runtime.view.inLanguage(about, u.lang).entry;
      const reading = readPassages(turn.runtime.passages, page, u);
      if (reading.kind === 'passage') return turn.send(passageAnswer(turn.runtime.view, reading, u.lang, 'organisation_info'));
      if (reading.kind === 'not-stated') return turn.send(notStatedAnswer(turn.runtime.view, reading, page, u.lang, 'organisation_info'));
    }
    return turn.send(notKnown(turn.runtime.view, u.lang, lookup.closest, turn.memory.organisationId, { intent: 'organisation_info' }));
  }
}
