/**
 * A flow that answers in one turn (no question back, except "which employer?", which the next
 * turn resolves as a follow-up). Subclasses name their step after what it answers.
 *
 * A plain Dialog, not a ComponentDialog with a one-step waterfall: it never waits, so it needs
 * neither the base dialog's interruptions nor a dialog set of its own, and each turn is spared
 * two dialog contexts (a quarter of the SDK's allocations in a turn).
 */
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog } from './sdk.js';
import { turnOf, type Turn } from './turn.js';

export abstract class SingleStepDialog extends Dialog {
  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.respond(turnOf(dc.context));
    return dc.endDialog();
  }

  /** Answers the turn. */
  protected abstract respond(turn: Turn): Promise<void>;
}
