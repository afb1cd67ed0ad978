/**
 * "C'est quoi un vacataire ?", "contractuel ou fonctionnaire, quelle différence ?" — the
 * explanation of the public service's words the message asks about (the understanding reads
 * which), from the knowledge's explained terms.
 */
import { explainTerms } from '../src/answers/definitions.js';
import { lookUpFaq } from './faq-lookup.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const DEFINITION = 'definition';

export class DefinitionDialog extends SingleStepDialog {
  constructor() {
    super(DEFINITION);
  }

  protected async respond(turn: Turn): Promise<void> {
    const { definition, lang } = turn.understanding;
    // A word no explanation has, but a passage of another entry holds with the rest of the question ("DSAF" spelled out in the recruitment process): that passage answers.
    if (definition?.unexplainedWords?.length && definition.unexplainedWords.every((w) => turn.runtime.passages.says(w))) {
      const lookup = lookUpFaq(turn, 'fallback');
      if (lookup.found === 'passage') {
        if (lookup.answer.intent === 'fallback') lookup.answer.intent = 'organisation_info';
        return turn.send(lookup.answer);
      }
    }
    await turn.send(explainTerms(turn.runtime.view, definition ?? { terms: [], compare: false }, lang));
  }
}
