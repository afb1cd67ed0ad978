/**
 * What every dialog reads during a turn, put in the turn state once by the bot: the knowledge
 * runtime, the recogniser's reading of the message, the conversation and user memory (plain
 * objects saved at the end of the turn) and a way to send an answer.
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../src/answers/answer.js';
import type { KnowledgeRuntime } from '../src/core.js';
import type { BotServices } from '../src/conversation/services.js';
import type { AfterReply } from '../src/conversation/after-reply.js';
import type { Logger } from '../src/logger.js';
import type { ConversationMemory, UserProfile } from '../src/conversation/memory.js';
import type { Understanding } from '../src/understanding/reading.js';

/** The turn's kit. */
export interface Turn {
  runtime: KnowledgeRuntime;
  understanding: Understanding;
  memory: ConversationMemory;
  profile: UserProfile;
  /** Today, `YYYY-MM-DD` on the Paris calendar. */
  today: string;
  /** The application store and the rest (see BotServices). */
  services: BotServices;
  logger: Logger;
  /** Work to do once the reply is sent (recording questions). */
  afterReply: AfterReply;
  /** The channel the message came from (`webchat`, `msteams`…). */
  channel: string;
  /** Who sent the message (the channel's user id), for HR's report; kept only as a keyed hash. */
  visitor?: string;
  /**
   * Who asks, as the channel that received the request knows it (its address, the Teams user
   * behind the Bot Service…): what per-client limits count. See src/bot/turn-origin.ts.
   */
  client: string;
  /**
   * The question this turn answered when the message alone is not it (a short follow-up read
   * with the question before): remembered in its place, for the next follow-up.
   */
  questionRead?: string;
  /** Sends an answer as an activity, and remembers its intent. */
  send(answer: Answer): Promise<void>;
}

const TURN_KEY = Symbol('tremplin.turn');

/** Stores the turn's kit (done by the bot before running the dialogs). */
export function setTurn(context: TurnContext, turn: Turn): void {
  context.turnState.set(TURN_KEY, turn);
}

/** The turn's kit. */
export function turnOf(context: TurnContext): Turn {
  const turn = context.turnState.get(TURN_KEY) as Turn | undefined;
  if (!turn) throw new Error('dialogs: the bot did not set the turn (setTurn) before running dialogs');
  return turn;
}
