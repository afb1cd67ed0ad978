/**
 * Recruiters' commands, in French or English natural language: "statut 12345", "passer 12345
 * en entretien (note : …)", "questions sans réponse", "brouillon 2". Parsing only; running them is the bot's.
 */
import { parseStatus, type ApplicationStatus } from '../applications/index.js';
import { findReference } from '../understanding/entities.js';
import { normalise } from '../text/normalise.js';

/** A recruiter command. */
export type RecruiterCommand =
  | { command: 'show-application'; reference: string }
  | { command: 'update-application'; reference: string; status?: ApplicationStatus; statusWord: string; note?: string }
  | { command: 'unanswered-report' }
  /** The FAQ draft of the report's group `number` (the report's "Brouillon N" button). */
  | { command: 'unanswered-draft'; number: number };

const UPDATE = /^\s*(?:passer|mettre|changer|basculer|set|move|mark|update)\s+(?:la candidature |le dossier |application |dossier )?(\S+)\s+(?:en|au statut|a|à|au|to|as|comme)\s+(.+?)\s*(?:[,;]?\s*(?:note|avec la note|message|with note)\s*[:：]?\s*(.+))?\s*$/i;
const SHOW = /^\s*(?:statut|status|dossier|candidature|application|voir|show)\s+(?:du dossier |de la candidature |of )?(\S+)\s*\??\s*$/i;
const DRAFT = /^\s*(?:brouillon|draft)\s*(?:n°|no\.?|#)?\s*(\d{1,3})\s*$/i;
const UNANSWERED = /\b(questions? sans reponse|questions? non resolues?|questions? restees? sans reponse|unanswered(?: questions?)?|questions? the bot could not answer)\b/;

/** The command a message is, if it is one. */
export function parseRecruiterCommand(text: string): RecruiterCommand | undefined {
  if (UNANSWERED.test(normalise(text))) return { command: 'unanswered-report' };
  const draft = DRAFT.exec(text);
  if (draft) return { command: 'unanswered-draft', number: Number(draft[1]) };
  const update = UPDATE.exec(text);
  if (update) {
    const reference = findReference(update[1]!);
    if (reference) {
      const statusWord = update[2]!.replace(/[.!]+$/, '').trim();
      return { command: 'update-application', reference, status: parseStatus(statusWord), statusWord, note: update[3]?.trim() || undefined };
    }
  }
  const show = SHOW.exec(text);
  if (show) {
    const reference = findReference(show[1]!);
    if (reference) return { command: 'show-application', reference };
  }
  return undefined;
}
