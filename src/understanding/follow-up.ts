/**
 * A follow-up keeps the subject of the question before and changes only what it names itself:
 * "et à la DINUM ?" after "le PEReN recrute des data scientists ?" is about data scientists at
 * the DINUM; "et en CDI ?" after "postes de data à Paris" keeps data and Paris. The previous
 * question is read again (without its employer, as the conversation remembers it) and each part
 * of the reading the follow-up leaves empty is taken from it — but its `terms`: a question that
 * only asks ("où exactement ?") is matched with passages by its own words (see
 * src/answers/search-policy.ts, which reads it with the previous question itself).
 *
 * Plain TypeScript, no I/O.
 */
import type { Entities, Understanding } from './reading.js';

/** The entity kinds a follow-up may leave out and the question before fills (the employer is the conversation's, see ConversationContext). */
const KEPT = ['offers', 'places', 'regions', 'departments', 'excludedPlaces', 'categories', 'contracts'] as const;

/** `reading` (a follow-up) with the subject of `previous` wherever it names none of its own. */
export function withPreviousSubject(reading: Understanding, previous: Understanding): Understanding {
  const entities: Entities = { ...reading.entities };
  // A subject of its own ("et en design ?") replaces the offers the question before was about;
  // years of experience ("I have 8 years of experience") are the candidate's, not a subject.
  const ownSubject = reading.topic.length > 0 && reading.entities.experience === undefined;
  for (const kind of KEPT) if ((kind !== 'offers' || !ownSubject) && entities[kind].length === 0 && previous.entities[kind].length > 0) (entities as unknown as Record<string, unknown>)[kind] = previous.entities[kind];
  entities.remote ??= previous.entities.remote;
  entities.closesBefore ??= previous.entities.closesBefore;
  return {
    ...reading,
    entities,
    topic: ownSubject ? reading.topic : previous.topic,
    typedWords: ownSubject ? reading.typedWords : [...previous.typedWords, ...reading.typedWords],
    // What the next follow-up borrows from: this question as read, without its employer.
    withoutOrganisation: ownSubject ? reading.withoutOrganisation : `${previous.withoutOrganisation} ${reading.withoutOrganisation}`.trim(),
  };
}
