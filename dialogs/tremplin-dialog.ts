/**
 * The base of every conversation flow: help and cancel are handled here, once, while a flow
 * waits for an answer — and so is a change of subject ("et le télétravail ?" while the bot
 * asked for years of experience), which ends the flow so the new question is answered.
 */
import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { cancelled, welcome } from '../src/answers/welcome.js';
import { forgetTopic } from '../src/conversation/memory.js';
import { CHANGE_OF_SUBJECT } from '../src/tuning.js';
import { turnOf } from './turn.js';

/** Set in the turn state when a flow gave way to a new question: the bot then starts over. */
export const RESTART = Symbol('tremplin.restart');


export class TremplinDialog extends ComponentDialog {
  /** Whether the message answers what the flow waits for (then it never interrupts). */
  protected answersWaitingQuestion(_dc: DialogContext): boolean {
    return false;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interruption = await this.interrupt(innerDc);
    return interruption ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const turn = turnOf(dc.context);
    const { intent, score } = turn.understanding;
    if (intent === 'cancel') {
      forgetTopic(turn.memory);
      await turn.send(cancelled(turn.understanding.lang));
      return dc.cancelAllDialogs();
    }
    if (intent === 'help') {
      await turn.send(welcome(turn.understanding.lang, 'help'));
      await dc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    if (this.answersWaitingQuestion(dc)) return undefined;
    if (intent !== 'fallback' && score >= CHANGE_OF_SUBJECT) {
      turn.memory.awaiting = undefined;
      dc.context.turnState.set(RESTART, true);
      return dc.cancelAllDialogs();
    }
    return undefined;
  }
}
