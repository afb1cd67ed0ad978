/**
 * The behaviour every `DirectLineStore` owes the Direct Line endpoint, run against each
 * implementation (memory-directline-store.test.ts, redis-directline-store.test.ts).
 */
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActivityPage, DirectLineStore } from '../../src/channels/directline/store.js';
import { EVENTUALLY } from '../support/patience.js';

/** Limits and clock of a store under test. */
export interface StoreTestOptions {
  maxActivities?: number;
  maxConversationBytes?: number;
  maxConversationsPerOwner?: number;
  idleTimeoutMs?: number;
  now: () => number;
}

/** Creates a fresh, empty store. */
export type NewDirectLineStore = (options: StoreTestOptions) => Promise<DirectLineStore>;

const message = (text: string, extra: Partial<Activity> = {}): Partial<Activity> => ({ type: 'message', text, ...extra });
const texts = (page: ActivityPage | undefined) => page?.activities.map((a) => a.text);

/** Runs the contract against stores made by `newStore`. */
export function describeDirectLineStore(name: string, newStore: NewDirectLineStore): void {
  describe(`Direct Line store contract (${name})`, () => {
    let clock = Date.parse('2024-06-01T12:00:00Z');
    const now = () => clock;
    const opened: DirectLineStore[] = [];
    let conversations = 0;
    const newId = () => `conv-${name.replace(/\W+/g, '-')}-${++conversations}`;
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });
    async function store(options: Partial<StoreTestOptions> = {}): Promise<DirectLineStore> {
      const s = await newStore({ now, ...options });
      opened.push(s);
      return s;
    }

    it('creates conversations, not started yet, and forgets none it did not create', async () => {
      const s = await store();
      const id = newId();
      const created = await s.createConversation({ id, userId: 'dl_user' });
      const expected = { id, userId: 'dl_user', createdAt: clock, lastActiveAt: clock, started: false };
      expect(created).toEqual(expected);
      expect(await s.getConversation(id)).toEqual(expected);
      expect(await s.getConversation('never-created')).toBeUndefined();
    });

    it('says whether a conversation was already started', async () => {
      const s = await store();
      const id = newId();
      await s.createConversation({ id, userId: 'u' });
      expect(await s.markStarted(id)).toBe(false);
      expect(await s.markStarted(id)).toBe(true);
      expect((await s.getConversation(id))?.started).toBe(true);
      expect(await s.markStarted('never-created')).toBe(false);
    });

    it('numbers activities from 0, with Bot Framework ids, keeping their channel data', async () => {
      const s = await store();
      const id = newId();
      await s.createConversation({ id, userId: 'u' });
      const first = await s.append(id, message('bonjour', { channelData: { clientActivityID: 'c1' } }));
      const second = await s.append(id, message('salaire ?'));
      expect(first).toMatchObject({
        type: 'message',
        text: 'bonjour',
        id: `${id}|0000000`,
        channelData: { clientActivityID: 'c1', 'webchat:sequence-id': 0 },
      });
      expect(second).toMatchObject({ id: `${id}|0000001`, channelData: { 'webchat:sequence-id': 1 } });
      expect(await s.append('never-created', message('x'))).toBeUndefined();
    });

    it('lists what follows a watermark, with the watermark of the last activity', async () => {
      const s = await store();
      const id = newId();
      await s.createConversation({ id, userId: 'u' });
      expect(await s.listSince(id, undefined)).toEqual({ activities: [], watermark: '' });
      for (const text of ['a', 'b', 'c']) await s.append(id, message(text));
      const all = await s.listSince(id, undefined);
      expect(texts(all)).toEqual(['a', 'b', 'c']);
      expect(all?.watermark).toBe('2');
      expect(all?.activities[1]).toMatchObject({ id: `${id}|0000001`, channelData: { 'webchat:sequence-id': 1 } });
      expect(texts(await s.listSince(id, 0))).toEqual(['b', 'c']);
      expect(await s.listSince(id, 2)).toEqual({ activities: [], watermark: '2' });
      expect(await s.listSince(id, 7)).toEqual({ activities: [], watermark: '2' });
      expect(await s.listSince('never-created', undefined)).toBeUndefined();
    });

    it('keeps a bounded history, and its watermarks keep growing', async () => {
      const s = await store({ maxActivities: 3 });
      const id = newId();
      await s.createConversation({ id, userId: 'u' });
      for (const text of ['a', 'b', 'c', 'd', 'e']) await s.append(id, message(text));
      expect(await s.listSince(id, undefined)).toMatchObject({ watermark: '4' });
      expect(texts(await s.listSince(id, undefined))).toEqual(['c', 'd', 'e']);
      expect(texts(await s.listSince(id, 0))).toEqual(['c', 'd', 'e']);
      expect(texts(await s.listSince(id, 3))).toEqual(['e']);
    });

    it('forgets a conversation idle for longer than the limit; each activity keeps it alive', async () => {
      const s = await store({ idleTimeoutMs: 60_000 });
      const [busy, idle] = [newId(), newId()];
      await s.createConversation({ id: busy, userId: 'u' });
      await s.createConversation({ id: idle, userId: 'u' });
      clock += 40_000;
      await s.append(busy, message('encore là'));
      expect((await s.getConversation(busy))?.lastActiveAt).toBe(clock);
      clock += 40_000;
      expect(await s.getConversation(idle)).toBeUndefined();
      expect(await s.listSince(idle, undefined)).toBeUndefined();
      expect(await s.append(idle, message('trop tard'))).toBeUndefined();
      expect(await s.markStarted(idle)).toBe(false);
      expect(texts(await s.listSince(busy, undefined))).toEqual(['encore là']);
    });

    it('tells listeners each new activity in order, until they stop listening', async () => {
      const s = await store();
      const [id, otherId] = [newId(), newId()];
      await s.createConversation({ id, userId: 'u' });
      await s.createConversation({ id: otherId, userId: 'u' });
      await s.append(id, message('before'));
      const pages: ActivityPage[] = [];
      const stop = s.subscribe(id, (page) => pages.push(page));
      // What a stream does: listen, then read the history.
      expect(texts(await s.listSince(id, undefined))).toEqual(['before']);
      await s.append(id, message('one'));
      await s.append(otherId, message('elsewhere'));
      await s.append(id, message('two'));
      await vi.waitFor(() => expect(pages).toHaveLength(2), EVENTUALLY);
      expect(pages.map((p) => [texts(p), p.watermark])).toEqual([
        [['one'], '1'],
        [['two'], '2'],
      ]);
      expect(pages[1]!.activities[0]).toMatchObject({ id: `${id}|0000002`, channelData: { 'webchat:sequence-id': 2 } });
      stop();
      await s.append(id, message('three'));
      const more: ActivityPage[] = [];
      s.subscribe(id, (page) => more.push(page));
      await s.listSince(id, undefined);
      await s.append(id, message('four'));
      await vi.waitFor(() => expect(more.flatMap(texts)).toContain('four'), EVENTUALLY);
      expect(pages).toHaveLength(2);
    });

    it('keeps a bounded number of bytes per conversation: a flood of large messages pushes out only its own oldest', async () => {
      const s = await store({ maxConversationBytes: 10_000 });
      const id = newId();
      await s.createConversation({ id, userId: 'u' });
      for (let n = 0; n < 40; n++) await s.append(id, message(`${n} ${'x'.repeat(2000)}`));
      const kept = (await s.listSince(id, undefined))!;
      expect(kept.watermark).toBe('39');
      expect(kept.activities.length).toBeGreaterThan(0);
      expect(kept.activities.length).toBeLessThan(6);
      expect(kept.activities.at(-1)?.text).toMatch(/^39 /);
      expect(JSON.stringify(kept.activities).length).toBeLessThan(12_000);
    });

    it('keeps a bounded number of conversations per owner: its least recently active go, nobody else’s', async () => {
      const s = await store({ maxConversationsPerOwner: 3 });
      const visitor = newId();
      await s.createConversation({ id: visitor, userId: 'v', owner: 'visitor' });
      const flood = Array.from({ length: 10 }, () => newId());
      for (const id of flood.slice(0, 3)) await s.createConversation({ id, userId: 'a', owner: 'attacker' });
      clock += 1000;
      await s.append(flood[0]!, message('still talking'));
      for (const id of flood.slice(3)) {
        clock += 1000;
        await s.createConversation({ id, userId: 'a', owner: 'attacker' });
      }
      expect(await s.getConversation(visitor)).toBeDefined();
      const alive = [];
      for (const id of flood) if (await s.getConversation(id)) alive.push(id);
      expect(alive).toEqual(flood.slice(-3));
    });
  });
}
