/**
 * What HR's report of unanswered questions needs to know of a turn besides the question: the
 * offer or team the answer was about (from the sources it cites), and who asked (the channel's
 * user id; the insights keep only a keyed hash of it).
 */
import type { Activity } from 'botbuilder';
import type { Answer } from '../answers/answer.js';
import type { KnowledgeView } from '../answers/knowledge-view.js';

/** The offer the answer cites first, and its team (or the team it cites). */
export function subjectOf(reply: Pick<Answer, 'sources'>, view: KnowledgeView): { offerId?: string; teamId?: string } {
  const offerId = reply.sources.find((s) => s.kind === 'offer')?.id;
  const teamId = (offerId ? view.snapshot.offerTeams.get(offerId)?.id : undefined) ?? reply.sources.find((s) => s.kind === 'team')?.id;
  return { ...(offerId ? { offerId } : {}), ...(teamId ? { teamId } : {}) };
}

/** Who sent the activity: the Entra object id in Teams, else the channel's user id. */
export function visitorOf(activity: Partial<Activity>): string | undefined {
  return activity.from?.aadObjectId ?? activity.from?.id ?? undefined;
}
