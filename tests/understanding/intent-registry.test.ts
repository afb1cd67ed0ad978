/**
 * The intent registry (src/understanding/intents.ts) is the one place an intent's traits live:
 * every intent must have who answers it, its example utterances in both languages when it is
 * learnt, and its answer worded in both languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MainDialog } from '../../dialogs/main-dialog.js';
import type { Tremplin } from '../../src/assemble.js';
import { flowOf, INTENTS, intentsWith, LEARNT_INTENTS, type IntentName } from '../../src/understanding/intents.js';
import { DEFAULT_UTTERANCES_DIR, loadUtterances } from '../../src/understanding/utterances.js';
import { conversation, startTremplin } from '../support/conversation.js';

const names = Object.keys(INTENTS) as IntentName[];
const utterances = loadUtterances();

describe('the intent registry', () => {
  it('names a dialog for every intent a flow answers, and every flow is registered with the router', () => {
    const flows = new Set(MainDialog.flows().map((d) => d.id));
    for (const intent of names) {
      const flow = flowOf(intent);
      if (flow) expect(flows, `${intent} → ${flow}`).toContain(flow);
    }
  });

  it('has example utterances in French and English for every learnt intent, and none for the others', () => {
    for (const intent of LEARNT_INTENTS) {
      const file = utterances.find((u) => u.intent === intent);
      expect(file, `dialogs/utterances/${intent}.yaml`).toBeDefined();
      expect(file!.examples.some((e) => e.lang === 'fr'), `${intent}: French examples`).toBe(true);
      expect(file!.examples.some((e) => e.lang === 'en'), `${intent}: English examples`).toBe(true);
    }
    const files = fs.readdirSync(DEFAULT_UTTERANCES_DIR).map((f) => path.basename(f, '.yaml'));
    expect(files.sort()).toEqual([...LEARNT_INTENTS].sort());
  });

  it('derives every per-intent set from the traits', () => {
    expect([...intentsWith('politeness')].sort()).toEqual(['greeting', 'help', 'thanks']);
    expect([...intentsWith('offerFact')].sort()).toEqual(['contract', 'remote_work', 'salary']);
    expect(intentsWith('rated').has('application_status')).toBe(false);
    expect(intentsWith('knowledgeGap').has('escalation')).toBe(false);
  });
});

describe('every learnt intent is answered with its intent, in French and in English', () => {
  let tremplin: Tremplin;
  beforeAll(async () => {
    tremplin = await startTremplin();
  });
  afterAll(() => tremplin.close());

  /** An example of the intent that the recogniser reads as that intent (the first is not always enough alone). */
  const probe = (intent: IntentName, lang: 'fr' | 'en') => utterances.find((u) => u.intent === intent)!.examples.filter((e) => e.lang === lang).map((e) => e.text);
  const english = /\b(the|you|is|are|your|what|how|I|please|thanks|hello|hi)\b/i;
  const french = /\b(le|la|les|vous|est|votre|quel|comment|je|merci|bonjour|offres?|de)\b|[éèàç]/i;

  for (const intent of LEARNT_INTENTS) {
    for (const lang of ['fr', 'en'] as const) {
      it(`${intent} (${lang})`, async () => {
        let said: string | undefined;
        for (const example of probe(intent, lang).slice(0, 8)) {
          const replies = await conversation(tremplin, { locale: lang === 'fr' ? 'fr-FR' : 'en-US' }).say(example);
          const last = replies.at(-1)!;
          if ((last.channelData as { intent?: string }).intent === intent) {
            said = replies.map((r) => r.text ?? '').join('\n');
            break;
          }
        }
        expect(said, `no ${lang} example of ${intent} was answered as ${intent}`).toBeDefined();
        expect(said!, `${intent} answered in ${lang}`).toMatch(lang === 'fr' ? french : english);
      });
    }
  }
});
