/**
 * "C'est quoi un vacataire ?", "contractuel ou fonctionnaire, quelle différence ?" — the
 * explanation of the public service's words the message asks about (the understanding reads
 * which), from the knowledge's explained terms.
 */
import { acronymAnswer } from '../src/answers/acronyms.js';
import { explainTerms } from '../src/answers/definitions.js';
import { normalise } from '../src/text/normalise.js';
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
    // An acronym asked ("what does PEReN stand for?", "FTAP ?") no explanation has: the words of the knowledge it stands for, or the entry that uses it without spelling it out.
    const spelled = definition?.acronym ? acronymAnswer(turn.runtime.view, definition.acronym, lang) : undefined;
    if (spelled) return turn.send(spelled);
    // A word no explanation has, but a passage of another entry holds with the rest of the question ("DSAF" spelled out in the recruitment process): that passage answers.
    // Read with the message's other words first, else — when it names no explained word, whose explanation would answer — the word
    // alone ("la DSAF dont parle l'offre beta" → "DSAF", at beta.gouv.fr), whose entry must say it.
    if (definition?.unexplained && definition.unexplainedWords?.length && definition.unexplainedWords.every((w) => turn.runtime.passages.says(w))) {
      const alone = definition.alternatives?.length ? [] : [{ text: definition.unexplained, organisation: turn.understanding.entities.organisation }];
      for (const asked of [undefined, ...alone]) {
        const lookup = lookUpFaq(turn, 'fallback', asked);
        const body = lookup.found === 'answer' && asked !== undefined ? ` ${normalise(turn.runtime.view.inLanguage(lookup.match.faq, lang).entry.body)} ` : '';
        const says = body !== '' && definition.unexplainedWords.every((w) => body.includes(` ${w} `));
        // A word explained, from whichever entry holds it: a definition.
        if (lookup.found === 'passage' || (lookup.found === 'answer' && says)) return turn.send({ ...lookup.answer, intent: 'definition' });
      }
    }
    await turn.send(explainTerms(turn.runtime.view, definition ?? { terms: [], compare: false }, lang));
  }
}
