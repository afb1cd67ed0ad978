/**
 * What /api/messages accepts: the fields every Bot Framework activity carries, checked before
 * the adapter sees it, so that a malformed one gets a clear 400 instead of an error deep in
 * the SDK. Other fields pass through untouched (channels add their own).
 */
import { z } from 'zod';

const account = z.looseObject({ id: z.string().min(1).max(512) });

/** The inbound activity schema. */
export const inboundActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().max(2048).optional(),
  from: account,
  recipient: account.optional(),
  conversation: z.looseObject({ id: z.string().min(1).max(512) }),
  text: z.string().max(200_000).optional(),
  locale: z.string().max(32).optional(),
  attachments: z.array(z.unknown()).max(20).optional(),
  entities: z.array(z.unknown()).max(50).optional(),
});

/** The problems of an activity, one per field, or an empty list. */
export function activityProblems(body: unknown): string[] {
  const parsed = inboundActivity.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`);
}
