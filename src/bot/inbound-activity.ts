/**
 * What /api/messages accepts: the fields every Bot Framework activity carries, checked before
 * the adapter sees it, so that a malformed one gets a clear 400 instead of an error deep in
 * the SDK. Fields the SDK or the bot read are checked for their type (the Bot Framework
 * schema's), so that no value of the wrong type reaches them; other fields pass through
 * untouched (channels add their own).
 */
import { z } from 'zod';

const id = z.string().min(1).max(512);
const optionalText = (max: number) => z.string().max(max).optional();

const account = z.looseObject({
  id,
  name: optionalText(512),
  role: optionalText(64),
  aadObjectId: optionalText(128),
});

/** An absolute http(s) address, as channels give their service URL. */
const serviceUrl = z
  .string()
  .max(2048)
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'expected an http(s) URL');

/** The inbound activity schema. */
export const inboundActivity = z
  .looseObject({
    type: z.string().min(1).max(64),
    id: optionalText(512),
    name: optionalText(256),
    channelId: z.string().min(1).max(64),
    serviceUrl: serviceUrl.optional(),
    from: account,
    recipient: account,
    conversation: z.looseObject({
      id,
      name: optionalText(512),
      isGroup: z.boolean().optional(),
      conversationType: optionalText(64),
      tenantId: optionalText(128),
    }),
    text: z.string().max(200_000).optional(),
    locale: optionalText(32),
    deliveryMode: optionalText(32),
    replyToId: optionalText(512),
    attachments: z.array(z.looseObject({ contentType: z.string().max(256) })).max(20).optional(),
    entities: z.array(z.looseObject({ type: z.string().max(256) })).max(50).optional(),
    membersAdded: z.array(account).max(1000).optional(),
    membersRemoved: z.array(account).max(1000).optional(),
  })
  .superRefine((activity, ctx) => {
    // Replies go to the service URL, unless they come back in the response: without one, the
    // SDK would send them to the public Bot Framework service.
    if (activity.serviceUrl === undefined && activity.deliveryMode !== 'expectReplies') {
      ctx.addIssue({ code: 'custom', path: ['serviceUrl'], message: 'required unless deliveryMode is expectReplies' });
    }
    // A mention names who is mentioned, and how (the SDK removes the bot's mentions from the text).
    activity.entities?.forEach((entity, index) => {
      if (entity.type.toLowerCase() !== 'mention') return;
      if (!account.safeParse(entity.mentioned).success) {
        ctx.addIssue({ code: 'custom', path: ['entities', index, 'mentioned'], message: 'a mention needs the mentioned account, with its id' });
      }
      if (entity.text !== undefined && typeof entity.text !== 'string') {
        ctx.addIssue({ code: 'custom', path: ['entities', index, 'text'], message: 'expected a string' });
      }
    });
    // Invokes are answered from their value: Teams and Adaptive Cards always send one.
    if (activity.type !== 'invoke') return;
    const value = activity.value as Record<string, unknown> | null | undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'an invoke activity needs an object value' });
    } else if (activity.name === 'adaptiveCard/action' && (typeof value.action !== 'object' || value.action === null)) {
      ctx.addIssue({ code: 'custom', path: ['value', 'action'], message: 'an adaptiveCard/action invoke needs an action object' });
    }
  });

/** The problems of an activity, one per field, or an empty list. */
export function activityProblems(body: unknown): string[] {
  const parsed = inboundActivity.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`);
}

/**
 * Where replies may go without an app id: the Microsoft 365 Agents Playground, at its default
 * address (`npx @microsoft/m365agentsplayground` serves on port 56150). The Bot Framework
 * Emulator listens on a port of its own that changes at every start: add it to
 * `ANONYMOUS_REPLY_URLS` (see the README).
 */
export const DEFAULT_ANONYMOUS_REPLY_URLS: readonly string[] = ['http://localhost:56150', 'http://127.0.0.1:56150', 'http://[::1]:56150'];

/** An allowed reply address, parsed once: its origin and the path replies must stay under. */
interface ReplyTarget {
  origin: string;
  path: string;
}

/** Parses the allowed reply addresses (invalid ones are dropped: config.ts checks them). */
export function replyTargets(urls: readonly string[]): ReplyTarget[] {
  return urls.flatMap((url) => {
    if (!URL.canParse(url)) return [];
    const parsed = new URL(url);
    return [{ origin: parsed.origin, path: parsed.pathname.replace(/\/*$/, '/') }];
  });
}

/**
 * Whether answering `activity` would make the server send requests to an address its sender
 * chose: replies go to the activity's `serviceUrl` unless they come back in the response
 * (`expectReplies`). Without an app id nobody's identity is checked, so such an address must be
 * one of the `allowed` local tools, or anyone could make the server post to any host or any port
 * of this machine (server-side request forgery, and a port scan by the time the reply takes).
 * Decided before anything is sent: every refusal takes the same time.
 */
export function sendsRepliesAway(activity: { serviceUrl?: unknown; deliveryMode?: unknown }, allowed: readonly ReplyTarget[]): boolean {
  if (activity.deliveryMode === 'expectReplies' || typeof activity.serviceUrl !== 'string') return false;
  if (!URL.canParse(activity.serviceUrl)) return true;
  const target = new URL(activity.serviceUrl);
  const path = target.pathname.replace(/\/*$/, '/');
  return !allowed.some((a) => a.origin === target.origin && path.startsWith(a.path) && !target.username && !target.password);
}
