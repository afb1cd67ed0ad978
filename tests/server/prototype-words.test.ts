/**
 * Words that are keys of Object.prototype (`constructor`, `toString`, `__proto__`…) are words
 * like any other: a property test sends every one, alone and inside French and English
 * sentences, through the whole pipeline — understanding, search, the bot over every channel
 * route (/api/messages as the Emulator and as Teams, Direct Line, in-process), GET /api/offers
 * and the Teams message extension. None may crash a turn, answer 5xx, or read differently from
 * an unknown word because a plain object had a property of that name.
 */
import fc from 'fast-check';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversation } from '../support/conversation.js';
import { botFrameworkMessage, generateToken, pollReplies, postDirectLine, postMessage, startHttpTremplin, type RunningTremplin } from '../support/tremplin-http.js';

/** Every own key of Object.prototype, and `__proto__`'s spellings. */
const PROTOTYPE_KEYS = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype', '__PROTO__', 'Constructor', 'TOSTRING'])];

/** Sentences a candidate or a recruiter could write, `{}` standing for the word. */
const SENTENCES = [
  '{}',
  'le {}',
  'Quel est le salaire du poste {} ?',
  'Le télétravail est possible chez {} ?',
  'offres {} à Paris',
  'Où en est ma candidature {} ?',
  "j'ai {} ans d'expérience",
  'statut {}',
  'passer 20240001 en {}',
  'How much does a {} developer earn?',
  'What jobs does {} have?',
  'remote work at {}',
  '{} {} {}',
  '{}?',
  '{}-{}',
  "l'{}",
];

const sentence = fc.tuple(fc.constantFrom(...SENTENCES), fc.constantFrom(...PROTOTYPE_KEYS)).map(([template, key]) => template.replaceAll('{}', key));

/** Every value a reading holds is data: strings, numbers, booleans, arrays and plain objects of them. */
function isData(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (value === null || value === undefined) return true;
  if (['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every((v) => isData(v, depth + 1));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value instanceof Map || value instanceof Set || value instanceof Date;
    return Object.values(value).every((v) => isData(v, depth + 1));
  }
  return false;
}

let instance: RunningTremplin;
beforeAll(async () => {
  instance = await startHttpTremplin({
    RATE_LIMIT_MESSAGES_PER_MINUTE: '1000000',
    RATE_LIMIT_OFFERS_PER_MINUTE: '1000000',
    RATE_LIMIT_DIRECTLINE_STARTS_PER_MINUTE: '1000000',
    RATE_LIMIT_DIRECTLINE_REQUESTS_PER_MINUTE: '1000000',
    DIRECTLINE_CONVERSATIONS_PER_ADDRESS: '1000000',
  });
});
afterAll(() => instance?.close());

const intentOf = (replies: Partial<Activity>[]) => (replies.at(-1)?.channelData as { intent?: string } | undefined)?.intent;
const NO_ERROR = (replies: Partial<Activity>[]) => replies.length > 0 && !['error', 'channel_error'].includes(intentOf(replies) ?? 'none');

describe('words that are Object.prototype keys', () => {
  it('are read as words by the understanding, in French and English: no function, no crash', () => {
    const { recogniser } = instance.tremplin.core.current();
    fc.assert(
      fc.property(sentence, fc.constantFrom('fr-FR', 'en-US'), (text, locale) => {
        const reading = recogniser.recognise(text, { locale });
        expect(isData(reading.entities), `${text}: entities`).toBe(true);
        expect(isData(reading.corrections), `${text}: corrections`).toBe(true);
        expect(typeof reading.intent).toBe('string');
        expect(typeof reading.normalised).toBe('string');
      }),
      { numRuns: 400, seed: 13 },
    );
  });

  it('are searched like any word: the offers and FAQ searches answer lists of ids', () => {
    const core = instance.tremplin.core.current();
    for (const key of PROTOTYPE_KEYS) {
      for (const lang of ['fr', 'en'] as const) {
        const ids = core.searchOffers(key, lang);
        expect(Array.isArray(ids) && ids.every((id) => typeof id === 'string'), key).toBe(true);
      }
    }
  });

  it('get an answer in process (the command line), alone and in sentences', async () => {
    await fc.assert(
      fc.asyncProperty(sentence, fc.constantFrom('fr-FR', 'en-US'), async (text, locale) => {
        const replies = await conversation(instance.tremplin, { locale }).say(text);
        expect(NO_ERROR(replies), `${text}: ${intentOf(replies)}`).toBe(true);
      }),
      { numRuns: 150, seed: 13 },
    );
  });

  it('get an answer over /api/messages, as the Emulator and as Teams, and over Direct Line', async () => {
    for (const key of PROTOTYPE_KEYS) {
      for (const channelId of ['emulator', 'msteams']) {
        const res = await postMessage(instance.url, botFrameworkMessage(`proto-${channelId}-${key}`, `salaire ${key}`, { channelId }));
        expect(res.status, key).toBe(200);
        const { activities } = (await res.json()) as { activities: Partial<Activity>[] };
        expect(NO_ERROR(activities.filter((a) => a.type === 'message')), `${channelId}: ${key}`).toBe(true);
      }
      const grant = await generateToken(instance.url);
      const id = await postDirectLine(instance.url, grant, key);
      expect(NO_ERROR(await pollReplies(instance.url, grant, id)), `Direct Line: ${key}`).toBe(true);
    }
  });

  it('are answered by GET /api/offers in every parameter, never with a 5xx', async () => {
    for (const key of PROTOTYPE_KEYS) {
      for (const parameter of ['q', 'organisation', 'location', 'category', 'contract', 'remote', 'lang', key]) {
        const res = await fetch(`${instance.url}/api/offers?${encodeURIComponent(parameter)}=${encodeURIComponent(key)}`);
        expect(res.status, `${parameter}=${key}`).toBeLessThan(500);
        const body = (await res.json()) as { offers?: unknown[]; error?: unknown };
        expect(Array.isArray(body.offers) || body.error !== undefined, `${parameter}=${key}`).toBe(true);
      }
    }
  });

  it('are searched by the Teams message extension like any word', async () => {
    for (const key of PROTOTYPE_KEYS) {
      const invoke = botFrameworkMessage(`proto-extension-${key}`, '', {
        type: 'invoke',
        name: 'composeExtension/query',
        channelId: 'msteams',
        text: undefined,
        value: { commandId: 'searchOffers', parameters: [{ name: 'query', value: key }], queryOptions: { skip: 0, count: 25 } },
      });
      const res = await postMessage(instance.url, invoke);
      expect(res.status, key).toBe(200);
      const { activities } = (await res.json()) as { activities: Partial<Activity>[] };
      const response = activities.find((a) => a.type === 'invokeResponse')?.value as { status?: number; body?: { composeExtension?: { type?: string } } } | undefined;
      expect(response?.status, key).toBe(200);
      expect(response?.body?.composeExtension?.type, key).toBe('result');
    }
  });

  it('are counted as channels like any other in the unanswered-questions report', async () => {
    const insights = instance.tremplin.services.insights!;
    for (const key of ['constructor', '__proto__', 'toString']) {
      await insights.recordQuestion({ kind: 'unanswered', question: 'une question sans réponse', lang: 'fr', channel: key, intent: 'fallback' });
    }
    const groups = await insights.unanswered({ limit: 100 });
    const group = groups.find((g) => g.representative === 'une question sans réponse');
    expect(Object.entries(group!.channels).sort()).toEqual([
      ['__proto__', 1],
      ['constructor', 1],
      ['toString', 1],
    ]);
  });
});
