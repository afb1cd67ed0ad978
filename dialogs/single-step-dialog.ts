/**
 * A flow that answers in one turn (no question back, except "which employer?", which the next
 * turn resolves as a follow-up). Subclasses name their step after what it answers.
 */
import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { TremplinDialog } from './tremplin-dialog.js';
import { turnOf, type Turn } from './turn.js';

export abstract class SingleStepDialog extends TremplinDialog {
  constructor(id: string) {
    super(id);
    this.addDialog(new WaterfallDialog(`${id}.step`, [async (step: WaterfallStepContext) => {
      await this.respond(turnOf(step.context));
      return step.endDialog();
    }]));
    this.initialDialogId = `${id}.step`;
  }

  /** Answers the turn. */
  protected abstract respond(turn: Turn): Promise<void>;
}
