/**
 * Conversation state written back only when the turn changed it (a Redis round trip saved on
 * every turn that changes nothing), read once per turn, and kept across turns in a real store.
 */
import { TestAdapter, TurnContext, type Activity, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../src/bot/state/bounded-memory-storage.js';
import { TrackedConversationState, TrackedUserState } from '../../src/bot/state/change-tracking.js';

/** A real in-memory store that counts its writes. */
class CountingStorage extends BoundedMemoryStorage {
  writes = 0;
  override async write(changes: StoreItems): Promise<void> {
    this.writes += Object.keys(changes).length;
    return super.write(changes);
  }
}

const adapter = new TestAdapter();
const turnIn = (conversation: string) =>
  new TurnContext(adapter, {
    type: 'message',
    text: 'bonjour',
    channelId: 'test',
    conversation: { id: conversation },
    from: { id: 'candidate' },
    recipient: { id: 'bot' },
  } as Partial<Activity>);

describe('TrackedConversationState', () => {
  it('writes a turn that changed the state, not one that only read it, and keeps what was written', async () => {
    const storage = new CountingStorage();
    const state = new TrackedConversationState(storage);
    const memory = state.createProperty<{ lang?: string }>('memory');

    const first = turnIn('c1');
    (await memory.get(first, {})).lang = 'fr';
    await state.saveChanges(first);
    expect(storage.writes).toBe(1);

    const second = turnIn('c1');
    expect(await memory.get(second, {})).toEqual({ lang: 'fr' });
    await state.saveChanges(second);
    expect(storage.writes).toBe(1);

    const third = turnIn('c1');
    (await memory.get(third, {})).lang = 'en';
    await state.saveChanges(third);
    expect(storage.writes).toBe(2);
    expect(await memory.get(turnIn('c1'), {})).toEqual({ lang: 'en' });
  });

  it('writes after clear(), and whenever asked to force', async () => {
    const storage = new CountingStorage();
    const state = new TrackedUserState(storage);
    const profile = state.createProperty<{ years?: number }>('profile');
    const turn = turnIn('c2');
    (await profile.get(turn, {})).years = 8;
    await state.saveChanges(turn);
    await state.saveChanges(turn, true);
    expect(storage.writes).toBe(2);

    const next = turnIn('c2');
    await state.clear(next);
    await state.saveChanges(next);
    expect(storage.writes).toBe(3);
    expect(await profile.get(turnIn('c2'), {})).toEqual({});
  });
});
