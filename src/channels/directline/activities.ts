/**
 * What crosses the Direct Line boundary, in both directions.
 *
 * Inbound, a web visitor is untrusted: only the fields Web Chat legitimately sends are kept,
 * and everything that says who or where they are (`from.id`, `role`, `aadObjectId`,
 * `channelId`, tenant, `serviceUrl`…) is set by the server from the token. A visitor can never
 * pass for a Teams user or for the bot.
 *
 * Outbound, the bot's replies are stamped as coming from the bot of the `webchat` channel,
 * whatever the bot set.
 */
import type { Activity, ChannelAccount } from 'botbuilder';
import { directLineErrors } from '../../errors.js';
import { HttpError } from '../../server/http-errors.js';

/** The display name of the bot in every activity it sends. */
export const BOT_NAME = 'Tremplin';
/** The channel id Web Chat uses, and the only one a website activity can carry. */
export const WEBCHAT_CHANNEL_ID = 'webchat';
/** Locale given to activities that do not state one. */
export const DEFAULT_LOCALE = 'fr-FR';

/** Activity types a web visitor may send. Everything else is refused with 400. */
const CLIENT_TYPES = new Set(['message', 'event', 'typing']);
/** Types that never reach the website (Emulator traces). */
const HIDDEN_REPLY_TYPES = new Set(['trace']);

const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const MAX_SHORT_STRING = 200;

/** The context in which an activity crosses the boundary. */
export interface ActivityContext {
  conversationId: string;
  /** The user id from the token. */
  userId: string;
  bot: ChannelAccount;
  /** ISO time stamp given by the server. */
  timestamp: string;
}

const shortString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= MAX_SHORT_STRING ? value : undefined;

/** The display name a client gave itself, if it is a short string. */
const nameOf = (from: Record<string, unknown>): { name?: string } => {
  const name = shortString(from.name);
  return name ? { name } : {};
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The activity a client posted, reduced to what the bot may trust. Throws a 400 `HttpError`
 * when it is not an activity at all.
 */
export function fromClient(body: unknown, context: ActivityContext): Partial<Activity> {
  if (!isObject(body)) throw new HttpError(400, 'BadArgument', directLineErrors.invalidActivity('expected a JSON object'));
  const type = body.type;
  if (typeof type !== 'string' || !CLIENT_TYPES.has(type)) {
    throw new HttpError(400, 'BadArgument', directLineErrors.invalidActivity('type must be message, event or typing'));
  }
  if (body.text !== undefined && typeof body.text !== 'string') {
    throw new HttpError(400, 'BadArgument', directLineErrors.invalidActivity('text must be a string'));
  }
  if (Array.isArray(body.attachments) && body.attachments.length > 0) {
    throw new HttpError(400, 'BadArgument', directLineErrors.uploadUnsupported);
  }
  const from = isObject(body.from) ? body.from : {};
  const channelData = isObject(body.channelData) ? body.channelData : {};
  const locale = typeof body.locale === 'string' && LOCALE.test(body.locale) ? body.locale : DEFAULT_LOCALE;
  const activity: Partial<Activity> = {
    type,
    channelId: WEBCHAT_CHANNEL_ID,
    conversation: { id: context.conversationId } as Activity['conversation'],
    from: { id: context.userId, role: 'user', ...nameOf(from) } as ChannelAccount,
    recipient: { ...context.bot },
    timestamp: context.timestamp as unknown as Date,
    locale,
  };
  if (typeof body.text === 'string') activity.text = body.text;
  // The user's own words are shown back as typed: plain text, never markdown or HTML.
  if (type === 'message') activity.textFormat = 'plain';
  if (body.value !== undefined) activity.value = body.value;
  const name = shortString(body.name);
  if (name !== undefined && type !== 'message') activity.name = name;
  const localTimestamp = shortString(body.localTimestamp);
  if (localTimestamp) activity.localTimestamp = localTimestamp as unknown as Date;
  const localTimezone = shortString(body.localTimezone);
  if (localTimezone) activity.localTimezone = localTimezone;
  if (type === 'event' && Array.isArray(body.entities)) {
    const entities = eventEntities(body.entities);
    if (entities.length) activity.entities = entities;
  }
  const clientActivityID = shortString(channelData.clientActivityID);
  activity.channelData = clientActivityID ? { clientActivityID } : {};
  return activity;
}

/** Most entities kept on an event. */
const MAX_EVENT_ENTITIES = 4;

/**
 * The entities of an event, reduced to what names a schema.org action: Web Chat's like /
 * dislike posts the chosen `LikeAction` / `DislikeAction` (with the `@id` the bot gave it) in
 * an event's `entities`. Every other field is dropped.
 */
function eventEntities(entities: unknown[]): NonNullable<Activity['entities']> {
  return entities
    .slice(0, MAX_EVENT_ENTITIES)
    .filter(isObject)
    .map((e) => {
      const kept: Record<string, string> = {};
      for (const field of ['type', '@type', '@id']) {
        const value = shortString(e[field]);
        if (value !== undefined) kept[field] = value;
      }
      return kept;
    })
    .filter((e) => e['@type'] !== undefined) as unknown as NonNullable<Activity['entities']>;
}

/**
 * A reply of the bot, stamped for the website; `undefined` for activities the website must
 * not see (traces).
 * @param replyToId the id of the user's activity it answers.
 */
export function fromBot(
  reply: Partial<Activity>,
  context: ActivityContext & { replyToId?: string },
): Partial<Activity> | undefined {
  if (!reply.type || HIDDEN_REPLY_TYPES.has(reply.type)) return undefined;
  const {
    id: _id,
    serviceUrl: _serviceUrl,
    deliveryMode: _deliveryMode,
    from: _from,
    recipient: _recipient,
    conversation: _conversation,
    channelId: _channelId,
    timestamp: _timestamp,
    ...rest
  } = reply;
  return {
    ...rest,
    channelId: WEBCHAT_CHANNEL_ID,
    from: { ...context.bot },
    recipient: { id: context.userId, role: 'user' } as ChannelAccount,
    conversation: { id: context.conversationId } as Activity['conversation'],
    replyToId: reply.replyToId ?? context.replyToId,
    timestamp: context.timestamp as unknown as Date,
    channelData: isObject(reply.channelData) ? { ...reply.channelData } : {},
  };
}

/** Whether an activity is in English (the bot's other language); French otherwise. */
export function isEnglish(activity: Partial<Activity>): boolean {
  return /^en\b/i.test(activity.locale ?? '');
}
