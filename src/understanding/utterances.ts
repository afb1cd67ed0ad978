/**
 * Example utterances and cue words per intent, read from `dialogs/utterances/*.yaml`. Teaching
 * Tremplin a new phrasing is an edit of those files, not a code change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { TremplinError, understandingErrors } from '../errors.js';
import type { Lang } from '../knowledge/schemas.js';
import { isIntentName, type IntentName } from './intents.js';

/** The folder shipped with Tremplin. */
export const DEFAULT_UTTERANCES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dialogs/utterances');

const phrases = z.array(z.string().min(1)).default([]);
const fileSchema = z
  .object({
    intent: z.string().refine(isIntentName, 'not a known intent (see src/understanding/intents.ts)'),
    cues: z.object({ strong: phrases, weak: phrases }).strict().default({ strong: [], weak: [] }),
    fr: phrases,
    en: phrases,
  })
  .strict();

/** What one intent is learnt from. */
export interface IntentExamples {
  intent: Exclude<IntentName, 'fallback'>;
  /** Words or short phrases that signal the intent on their own (strong) or help (weak). */
  cues: { strong: string[]; weak: string[] };
  /** Example messages, each with its language. */
  examples: { text: string; lang: Lang }[];
}

/**
 * Reads every `*.yaml` file of the folder. Throws a `TremplinError` naming the file and the
 * problem when one is invalid: the recogniser cannot start on broken examples.
 * @param dir defaults to the shipped `dialogs/utterances`.
 */
export function loadUtterances(dir: string = DEFAULT_UTTERANCES_DIR): IntentExamples[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  return files.map((file) => {
    const where = path.join(dir, file);
    let raw: unknown;
    try {
      raw = parse(fs.readFileSync(where, 'utf8'));
    } catch (error) {
      throw new TremplinError('utterances_invalid', understandingErrors.utterancesInvalid(where, (error as Error).message));
    }
    const parsed = fileSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new TremplinError('utterances_invalid', understandingErrors.utterancesInvalid(where, `${issue.path.join('.')}: ${issue.message}`));
    }
    const { intent, cues, fr, en } = parsed.data;
    return {
      intent: intent as IntentExamples['intent'],
      cues,
      examples: [...fr.map((text) => ({ text, lang: 'fr' as const })), ...en.map((text) => ({ text, lang: 'en' as const }))],
    };
  });
}
