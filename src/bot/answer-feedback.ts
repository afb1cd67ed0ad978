/**
 * Rating an answer with the channel's own mechanism, and finding which answer a rating is about:
 *
 * - Web Chat (4.18) shows a like / dislike on a message whose schema.org `Message` entity lists
 *   a `LikeAction` and a `DislikeAction` in `potentialAction`; a click posts an event
 *   `webchat:activity-status/feedback` carrying the chosen action. Each action carries the
 *   answer's key in its `@id`, so the rating reaches the answer it was given on, not merely the
 *   latest one.
 * - Teams shows its feedback loop on a message with `channelData.feedbackLoopEnabled`; a click
 *   sends an invoke `message/submitAction` (`actionName: 'feedback'`) whose `replyToId` is the
 *   rated message's id, which the bot kept when it sent it.
 *
 * Both end in the same record as a typed "Utile" / "Pas utile" (src/insights).
 */
import type { Activity } from 'botbuilder';
import type { RateableAnswer } from '../conversation/memory.js';
import type { IntentName } from '../understanding/intents.js';

/** The event Web Chat posts when a like or dislike is clicked. */
export const WEBCHAT_FEEDBACK_EVENT = 'webchat:activity-status/feedback';
/** The invoke Teams sends from its feedback loop. */
export const TEAMS_FEEDBACK_INVOKE = 'message/submitAction';

/** Answers a conversation remembers for a later rating (the most recent ones). */
export const RATEABLE_ANSWERS = 10;

const ACTION_ID = /^urn:tremplin:answer:([0-9]{1,9}):(like|dislike)$/;

export type { RateableAnswer } from '../conversation/memory.js';

/** A rating read from an activity: of the answer with this key, or with this message id. */
export interface Rating {
  helpful: boolean;
  key?: string;
  activityId?: string;
}

/** The like and dislike Web Chat shows under the answer with this key. */
export function feedbackActions(key: string) {
  return [
    { '@type': 'LikeAction', '@id': `urn:tremplin:answer:${key}:like` },
    { '@type': 'DislikeAction', '@id': `urn:tremplin:answer:${key}:dislike` },
  ];
}

/** The rating in a Web Chat feedback event, if the event is one and names one of our answers. */
export function readWebChatRating(activity: Partial<Activity>): Rating | undefined {
  if (activity.type !== 'event' || activity.name !== WEBCHAT_FEEDBACK_EVENT) return undefined;
  for (const entity of activity.entities ?? []) {
    const id = (entity as { '@id'?: unknown })['@id'];
    const m = typeof id === 'string' ? ACTION_ID.exec(id) : null;
    if (m) return { key: m[1], helpful: m[2] === 'like' };
  }
  return undefined;
}

/** The rating in a Teams feedback-loop invoke, if the invoke is one. */
export function readTeamsRating(activity: Partial<Activity>): Rating | undefined {
  if (activity.type !== 'invoke' || activity.name !== TEAMS_FEEDBACK_INVOKE) return undefined;
  const value = activity.value as { actionName?: unknown; actionValue?: { reaction?: unknown } } | undefined;
  const reaction = value?.actionName === 'feedback' ? value.actionValue?.reaction : undefined;
  if (reaction !== 'like' && reaction !== 'dislike') return undefined;
  return { helpful: reaction === 'like', ...(typeof activity.replyToId === 'string' ? { activityId: activity.replyToId } : {}) };
}

/** Keeps an answer for a later rating, forgetting the oldest beyond RATEABLE_ANSWERS. */
export function rememberAnswer(answers: RateableAnswer[], answer: RateableAnswer): RateableAnswer[] {
  return [...answers, answer].slice(-RATEABLE_ANSWERS);
}

/**
 * The answer a rating is about: by key (Web Chat), by message id (Teams); a Teams rating of a
 * message the bot has no id for (a reply sent back in the HTTP response) is taken for the
 * latest answer.
 */
export function ratedAnswer(answers: readonly RateableAnswer[], rating: Rating): RateableAnswer | undefined {
  if (rating.key !== undefined) return answers.find((a) => a.key === rating.key);
  if (rating.activityId !== undefined) {
    const byId = answers.find((a) => a.activityId === rating.activityId);
    if (byId || answers.some((a) => a.activityId !== undefined)) return byId;
  }
  return answers.at(-1);
}
