/**
 * Where Direct Line conversations and their activities live between requests. The interface
 * is asynchronous so that a shared store (Redis, for several instances) can replace the
 * in-memory one without touching the endpoint.
 */
import type { Activity } from 'botbuilder';

/** A Direct Line conversation, as the endpoint knows it. */
export interface DirectLineConversation {
  id: string;
  /** The user id the conversation's tokens are bound to (`dl_…`). */
  userId: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** When the last activity was appended (or the conversation created). */
  lastActiveAt: number;
  /** Whether a client has opened it with POST /conversations (Direct Line then answers 200, not 201). */
  started: boolean;
}

/** A batch of activities and the watermark to ask from next time (Direct Line's `ActivitySet`). */
export interface ActivityPage {
  activities: Partial<Activity>[];
  /** The sequence number of the last activity of the conversation, as a string; `""` when there is none yet. */
  watermark: string;
}

/** What a new conversation is made of. */
export interface NewConversation {
  id: string;
  /** The user id the conversation's tokens are bound to (`dl_…`). */
  userId: string;
  /**
   * Who made it: a digest of the client's address (see `DirectLineTokens.ownerOf`), so that a
   * store can cap conversations per client. Undefined: not counted.
   */
  owner?: string;
}

/** Called with each activity appended to a conversation, in order. */
export type ActivityListener = (page: ActivityPage) => void;

/** Conversations and their bounded history. */
export interface DirectLineStore {
  /**
   * Creates a conversation (not started yet). A store may forget others to make room: idle
   * ones first, and the owner's own beyond its cap.
   */
  createConversation(conversation: NewConversation): Promise<DirectLineConversation>;
  /**
   * The conversation, or `undefined` when it never existed or has expired.
   * @param holder who holds a checked token for it: a store that cannot reach its shared data
   *   may take the conversation in charge from that (see resilient-store.ts); others ignore it.
   */
  getConversation(id: string, holder?: { userId: string }): Promise<DirectLineConversation | undefined>;
  /** Marks a conversation started; returns whether it already was. */
  markStarted(id: string): Promise<boolean>;
  /**
   * Appends an activity: gives it its sequence number, its `id` (`<conversation>|<seq>`, padded
   * to 7 digits as the Bot Framework service does) and `channelData["webchat:sequence-id"]`,
   * keeps at most the store's limit of activities, tells the listeners, and returns it as stored.
   * Returns `undefined` when the conversation does not exist (any more).
   */
  append(conversationId: string, activity: Partial<Activity>): Promise<Partial<Activity> | undefined>;
  /**
   * The activities after `watermark` (all kept ones when it is undefined), or `undefined` when
   * the conversation does not exist.
   */
  listSince(conversationId: string, watermark: number | undefined): Promise<ActivityPage | undefined>;
  /** Listens to a conversation's new activities; returns the function that stops listening. */
  subscribe(conversationId: string, listener: ActivityListener): () => void;
  /** Stops timers and forgets everything. */
  close(): Promise<void>;
}

/** `<conversation>|0000042`: the id format of the Bot Framework's Direct Line service. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/**
 * An activity as the store gives it back: its `id` (`activityId`) and its sequence number in
 * `channelData["webchat:sequence-id"]`, which Web Chat orders activities by.
 */
export function sequenced(conversationId: string, seq: number, activity: Partial<Activity>): Partial<Activity> {
  return {
    ...activity,
    id: activityId(conversationId, seq),
    channelData: { ...(activity.channelData as object | undefined), 'webchat:sequence-id': seq },
  };
}
