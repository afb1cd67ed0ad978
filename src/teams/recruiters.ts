/**
 * Who is a recruiter. Recruiter-only actions (application updates, the unanswered-questions
 * report) are open only to Teams users listed in the configuration — by Entra object id or by
 * tenant — and only when the Bot Framework endpoint authenticates its callers (a
 * `MicrosoftAppId` is set), or when the development flag says otherwise. Every other channel is
 * refused: a web visitor can never pass for a recruiter, whatever they send.
 */
import type { Activity } from 'botbuilder';
import type { Config } from '../config.js';

/** Why someone is or is not a recruiter, for the reply and the logs. */
export type RecruiterCheck =
  | { recruiter: true; name: string }
  | { recruiter: false; reason: 'not-teams' | 'unauthenticated-endpoint' | 'not-listed' };

/** Checks an activity's sender against the configured recruiters. */
export function checkRecruiter(activity: Partial<Activity>, config: Pick<Config, 'microsoftApp' | 'recruiters'>): RecruiterCheck {
  if (activity.channelId !== 'msteams') return { recruiter: false, reason: 'not-teams' };
  if (!config.microsoftApp.id && !config.recruiters.allowUnauthenticated) return { recruiter: false, reason: 'unauthenticated-endpoint' };
  const objectId = activity.from?.aadObjectId;
  const tenantId = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? activity.conversation?.tenantId;
  const listed =
    (objectId !== undefined && config.recruiters.ids.includes(objectId)) ||
    (tenantId !== undefined && config.recruiters.tenantIds.includes(tenantId));
  return listed ? { recruiter: true, name: activity.from?.name ?? objectId ?? 'recruteur' } : { recruiter: false, reason: 'not-listed' };
}
