/**
 * The base of every conversation flow: help and cancel are handled here, once, while a flow
 * waits for an answer — and so is a change of subject ("et le télétravail ?" while the bot
 * asked for years of experience), which ends the flow so the new question is answered.
 */
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { ComponentDialog, DialogTurnStatus } from './sdk.js';
import { cancelled, welcome } from '../src/answers/welcome.js';
import { forgetTopic } from '../src/conversation/memory.js';
import { CHANGE_OF_SUBJECT, INTENT_THRESHOLD } from '../src/tuning.js';
import type { Understanding } from '../src/understanding/reading.js';
import { turnOf } from './turn.js';

/** Set in the turn state when a flow gave way to a new question: the bot then starts over. */
export const RESTART = Symbol('tremplin.restart');


/**
 * Whether a message that does not answer the bot's question reads as a question of its own, even
 * when the recogniser is not sure of its intent: an attempt at manipulation (refused), another
 * employer than the one the flow is about ("et au PEReN ?" while the bot asked for years of
 * experience at beta.gouv.fr), a question of its own (yes/no, how many, when, where, a working
 * condition: "faut-il un diplôme ?"), or an intent of its own with something named ("Can I work
 * remotely at PEReN?" while the bot asked which offer). The pending question is then dropped and
 * the new one answered.
 */
export function standsAlone(u: Understanding, organisationInFlow: string | undefined): boolean {
  if (u.asks.injection) return true;
  if (u.entities.organisation !== undefined && u.entities.organisation !== organisationInFlow) return true;
  // A question of its own ("faut-il un diplôme ?", "combien de jours ?" while the bot asked for years of experience).
  if (u.asks.yes_no || u.asks.count || u.asks.date || u.asks.location || u.condition !== undefined) return true;
  const own = u.ranking.find((r) => r.intent === u.intent);
  const names = u.entities.organisation !== undefined || u.entities.offers.length > 0 || u.entities.places.length > 0;
  return u.intent !== 'fallback' && !u.followUp && (own?.cues.length ?? 0) > 0 && names;
}

/**
 * Whether, while the bot asks which offer, the message asks another fact of its own, sure
 * enough and designating no offer ("et j'envoie ma candidature à qui ?" after "Quelle offre
 * vous intéresse ?" about a contract): that question is answered, the choice dropped.
 */
export function asksAnotherFact(u: Understanding, memory: { awaiting?: string; lastIntent?: string }): boolean {
  return memory.awaiting === 'offer' && u.intent !== 'fallback' && u.intent !== memory.lastIntent && u.score >= INTENT_THRESHOLD;
}

export class TremplinDialog extends ComponentDialog {
  /** Whether the message answers what the flow waits for (then it never interrupts). */
  protected answersWaitingQuestion(_dc: DialogContext): boolean {
    return false;
  }

  /** Whether a message that does not answer the flow's question is a question of its own, for this flow (besides the rules every flow shares). */
  protected givesWay(_dc: DialogContext): boolean {
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
    // A question about a word ("c'est quoi, catégorie A ?") is never an answer to the flow's question.
    if (intent === 'definition' || (intent !== 'fallback' && score >= CHANGE_OF_SUBJECT) || standsAlone(turn.understanding, turn.memory.organisationId) || asksAnotherFact(turn.understanding, turn.memory) || this.givesWay(dc)) {
      turn.memory.awaiting = undefined;
      dc.context.turnState.set(RESTART, true);
      return dc.cancelAllDialogs();
    }
    return undefined;
  }
}
