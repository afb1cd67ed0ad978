/**
 * "C'est quoi un vacataire ?", "contractuel ou fonctionnaire, quelle différence ?" — the
 * explanation of the public service's words the message asks about (the understanding reads
 * which), from the knowledge's explained terms.
 */
import { explainTerms } from '../src/answers/definitions.js';
import { SingleStepDialog } from './single-step-dialog.js';
import type { Turn } from './turn.js';

export const DEFINITION = 'definition';

export class DefinitionDialog extends SingleStepDialog {
  constructor() {
    super(DEFINITION);
  }

  protected async respond(turn: Turn): Promise<void> {
    const { definition, lang } = turn.understanding;
    await turn.send(explainTerms(turn.runtime.view, definition ?? { terms: [], compare: false }, lang));
  }
}
