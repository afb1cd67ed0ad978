/**
 * Conversation and user state that notice a change by comparing the state's JSON before and
 * after the turn. botbuilder's `BotState` does the same with a SHA-256 of its own replacer-based
 * serialisation, up to three times per state and per turn: about 9 % of a turn's CPU for the
 * few hundred bytes Tremplin remembers. Same contract otherwise: the state is read once per turn
 * (or again with `force`), and written back (eTag `*`, as `BotState` does) only when it changed
 * or when `force` asks; `clear()` still forces the next save.
 */
import type { BotState, TurnContext } from 'botbuilder';
import { ConversationState, UserState } from '../sdk.js';

/** What `BotState` keeps in the turn state for each state object: the state and its fingerprint. */
interface CachedState {
  state: Record<string, unknown>;
  hash: string;
}

/**
 * The turn-state key `BotState` caches the state under: its own (private) symbol, which `get`,
 * `clear` and the property accessors read too, so the cache must stay where they look.
 */
const cacheKeyOf = (state: object): symbol => (state as { stateKey: symbol }).stateKey;

type BotStateClass = new (...args: any[]) => BotState;

/** `Base` with the cheaper change tracking described above. */
function trackingChangesByJson<T extends BotStateClass>(Base: T) {
  return class extends Base {
    override async load(context: TurnContext, force = false): Promise<any> {
      const cacheKey = cacheKeyOf(this);
      const cached = context.turnState.get(cacheKey) as CachedState | undefined;
      if (!force && cached?.state) return cached.state;
      const key = await this.storageKey(context);
      const items = await this.storage.read([key]);
      const state = (items[key] ?? {}) as Record<string, unknown>;
      context.turnState.set(cacheKey, { state, hash: JSON.stringify(state) } satisfies CachedState);
      return state;
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      const cacheKey = cacheKeyOf(this);
      let cached = context.turnState.get(cacheKey) as CachedState | undefined;
      if (!force && (!cached || cached.hash === JSON.stringify(cached.state))) return;
      const key = await this.storageKey(context);
      cached ??= { state: {}, hash: '' };
      cached.state.eTag = '*';
      await this.storage.write({ [key]: cached.state });
      cached.hash = JSON.stringify(cached.state);
      context.turnState.set(cacheKey, cached);
    }
  };
}

/** The conversation's state (botbuilder `ConversationState`), changes noticed by JSON. */
export const TrackedConversationState = trackingChangesByJson(ConversationState);
/** The user's state (botbuilder `UserState`), changes noticed by JSON. */
export const TrackedUserState = trackingChangesByJson(UserState);
