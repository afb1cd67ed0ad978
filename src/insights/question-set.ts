/**
 * The questions `tremplin knowledge diff` asks: the project's evaluation set
 * (tests/eval/questions.yaml) or any file of the same shape — a YAML list whose items are a
 * question `{ q, lang }` or a conversation `{ conversation: [{ q, lang }, …] }`. The checks
 * the evaluation makes (`intent`, `expect`…) are ignored here: the diff compares the answers
 * with each other, not with expectations.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { insightsErrors, TremplinError } from '../errors.js';

/** One question to ask. */
export interface AskedQuestion {
  q: string;
  lang: 'fr' | 'en';
}

/** Questions asked one after another in one conversation (a single question is a conversation of one). */
export type QuestionConversation = AskedQuestion[];

const question = z.object({ q: z.string().min(1), lang: z.enum(['fr', 'en']).default('fr') });
const item = z.union([z.object({ conversation: z.array(question).min(1) }), question]);

/**
 * Reads a question file into conversations, in file order.
 * @throws TremplinError when the file cannot be read or is not a list of questions.
 */
export async function readQuestionSet(file: string): Promise<QuestionConversation[]> {
  let items: z.infer<typeof item>[];
  try {
    const parsed = z.array(item).safeParse(parse(await readFile(file, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${issue.path.join('.')}: ${issue.message}`);
    }
    items = parsed.data;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TremplinError('knowledge_diff_questions', insightsErrors.diffQuestionsUnreadable(file, code ?? (error as Error).message));
  }
  return items.map((entry) => ('conversation' in entry ? entry.conversation : [entry]));
}
