/**
 * "Parler à un humain" — the contact of the employer the conversation is about, and the
 * question recorded as an escalation in HR's report.
 */
import { escalation, teamEscalation } from '../src/answers/feedback.js';
import { SingleStepDialog } from './single-step-dialog.js';
import { organisationInContext } from './faq-lookup.js';
import type { Turn } from './turn.js';

export const ESCALATION = 'escalation';

export class EscalationDialog extends SingleStepDialog {
  constructor() {
    super(ESCALATION);
  }

  protected async respond(turn: Turn): Promise<void> {
    const u = turn.understanding;
    const organisationId = u.entities.organisation ?? organisationInContext(turn);
    const record = {
      kind: 'escalation' as const,
      question: turn.memory.lastQuestion ?? u.text,
      lang: u.lang,
      channel: turn.channel,
      intent: turn.memory.lastAnswer?.intent,
      organisationId,
      visitor: turn.visitor,
    };
    turn.afterReply.later(async () => turn.services.insights?.recordQuestion(record));
    // A team or product named ("parler à quelqu'un de l'équipe Dora"): its own contact, not its organisation's.
    const team = u.entities.unit ? turn.runtime.view.team(u.entities.unit.id) : undefined;
    await turn.send(team ? teamEscalation(turn.runtime.view, team, u.lang) : escalation(turn.runtime.view, u.lang, organisationId));
  }
}
