import { describe, expect, it } from 'vitest';
import { MemoryDirectLineStore } from '../../src/channels/directline/memory-store.js';
import { describeDirectLineStore } from './directline-store-contract.js';

describeDirectLineStore('memory', async (options) => new MemoryDirectLineStore(options));

describe('MemoryDirectLineStore, full', () => {
  let clock = 1_000_000;
  const now = () => clock;

  it('forgets idle conversations first: 10,050 unused tokens do not push out a visitor who talks', async () => {
    const store = new MemoryDirectLineStore({ maxConversations: 10_000, now });
    await store.createConversation({ id: 'visitor', userId: 'v' });
    await store.append('visitor', { type: 'message', text: 'bonjour' });
    clock += 1000;
    for (let n = 0; n < 10_050; n++) {
      clock += 10; // 10,050 tokens take 100 s: the first ones are past their grace when the store fills
      await store.createConversation({ id: `token-${n}`, userId: 'u', owner: `address-${n}` });
    }
    expect(store.size).toBe(10_000);
    expect(await store.getConversation('visitor')).toBeDefined();
    expect(await store.getConversation('token-0')).toBeUndefined();
    expect(await store.getConversation('token-10049')).toBeDefined();
    expect(store.ownerCount).toBeLessThanOrEqual(10_000);
    await store.close();
  });

  it('a token made a moment ago is not sacrificed to conversations already over: the least recently active goes', async () => {
    const store = new MemoryDirectLineStore({ maxConversations: 3, now });
    for (const id of ['a', 'b', 'c']) {
      await store.createConversation({ id, userId: 'u' });
      await store.append(id, { type: 'message', text: id });
      clock += 1000;
    }
    await store.createConversation({ id: 'd', userId: 'u' });
    await store.createConversation({ id: 'e', userId: 'u' });
    expect(await store.getConversation('d')).toBeDefined();
    expect(await store.getConversation('e')).toBeDefined();
    expect(await store.getConversation('a')).toBeUndefined();
    await store.close();
  });

  it('once every conversation has been used, the least recently active goes first', async () => {
    const store = new MemoryDirectLineStore({ maxConversations: 3, now });
    for (const id of ['a', 'b', 'c']) {
      await store.createConversation({ id, userId: 'u' });
      await store.append(id, { type: 'message', text: id });
      clock += 1000;
    }
    await store.append('a', { type: 'message', text: 'a again' });
    await store.createConversation({ id: 'd', userId: 'u' });
    expect(await store.getConversation('b')).toBeUndefined();
    expect(await store.getConversation('a')).toBeDefined();
    await store.close();
  });

  it('keeps the bytes it holds under its budget by dropping the history of idle conversations, which go on', async () => {
    const store = new MemoryDirectLineStore({ maxBytes: 50_000, maxConversationBytes: 20_000, now });
    for (let n = 0; n < 30; n++) {
      const id = `c${n}`;
      await store.createConversation({ id, userId: 'u' });
      for (let k = 0; k < 5; k++) await store.append(id, { type: 'message', text: 'x'.repeat(3000) });
      clock += 1000;
      expect(store.bytes).toBeLessThanOrEqual(50_000);
      expect((await store.listSince(id, undefined))?.activities.length).toBeGreaterThan(0);
    }
    expect(store.size).toBe(30);
    expect(await store.listSince('c0', undefined)).toEqual({ activities: [], watermark: '4' });
    expect((await store.append('c0', { type: 'message', text: 'back' }))?.id).toBe('c0|0000005');
    await store.close();
  });
});
