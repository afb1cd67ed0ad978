/**
 * The language of a message read without the name of a team or product it contains: a French
 * name says nothing of the asker's language ("annuaire des entreprises search engineer remote?"
 * is English, "Civils de la Défense" is a name), so the words around it decide.
 */
import { detectLanguage, type DetectedLanguage, type LanguageContext } from '../text/language.js';
import { isStopword, tokenize } from '../text/normalise.js';

/**
 * The language of `text` without the first run of words whose tokens are `name` (the tokens the
 * recogniser found the team's name in), little words between them aside; `undefined` when the
 * name is not found so or nothing is left around it, then the whole message decides.
 */
export function languageBesideName(text: string, name: readonly string[], context: LanguageContext): DetectedLanguage | undefined {
  if (name.length === 0) return undefined;
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ index: m.index!, word: m[0], tokens: tokenize(m[0]) }));
  const flat = words.flatMap((w, i) => w.tokens.map((token) => ({ token, word: i })));
  for (let i = 0; i < flat.length; i++) {
    // The name's tokens in a row, little words between them aside ("annuaire des entreprises" for the team "Annuaire entreprises").
    let at = i;
    let matched = 0;
    while (at < flat.length && matched < name.length) {
      if (flat[at]!.token === name[matched]) matched += 1;
      else if (matched === 0 || !isStopword(flat[at]!.token)) break;
      at += 1;
    }
    if (matched < name.length) continue;
    const first = words[flat[i]!.word]!;
    const last = words[flat[at - 1]!.word]!;
    const rest = `${text.slice(0, first.index)} ${text.slice(last.index + last.word.length)}`;
    return /\p{L}/u.test(rest) ? detectLanguage(rest, context) : undefined;
  }
  return undefined;
}
