/**
 * The few things the channel itself says to a visitor, when the bot is not asked: in French,
 * or in English when the visitor's activity is in English.
 */
import type { Activity } from 'botbuilder';
import { isEnglish } from './activities.js';

const number = (value: number, english: boolean) => value.toLocaleString(english ? 'en-GB' : 'fr-FR');

/** The answer to a message longer than the limit (the bot does not see it). */
export function tooLongReply(message: Partial<Activity>, limit: number): Partial<Activity> {
  const english = isEnglish(message);
  const length = number(message.text?.length ?? 0, english);
  const max = number(limit, english);
  return {
    type: 'message',
    locale: english ? 'en-US' : 'fr-FR',
    text: english
      ? `Your message is too long for me (${length} characters; ${max} at most). Could you shorten it, or ask one question at a time?`
      : `Votre message est trop long pour moi (${length} caractères ; ${max} au maximum). Pourriez-vous le raccourcir, ou poser une question à la fois ?`,
    channelData: { intent: 'message_too_long' },
  };
}

/** The answer when the bot failed on a turn. */
export function failureReply(message: Partial<Activity>): Partial<Activity> {
  const english = isEnglish(message);
  return {
    type: 'message',
    locale: english ? 'en-US' : 'fr-FR',
    text: english
      ? 'Sorry, something went wrong on my side and I could not answer. Could you try again in a moment?'
      : "Désolé, un problème de mon côté m'a empêché de répondre. Pouvez-vous réessayer dans un instant ?",
    channelData: { intent: 'channel_error' },
  };
}
