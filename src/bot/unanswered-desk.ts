/**
 * The unanswered-questions report as a recruiter uses it in Teams: numbered groups, each with
 * what to do about it — the offer file to complete when the answer belongs there, or a
 * "Brouillon N" button that gives the FAQ draft in the conversation (and saves it in the
 * knowledge folder's drafts/, never served, never over a draft HR has started). Nothing to run
 * on the server: what `tremplin report unanswered --draft` does, from Teams.
 */
import path from 'node:path';
import { answer, type Answer, type Suggestion } from '../answers/answer.js';
import type { KnowledgeView } from '../answers/knowledge-view.js';
import type { Lang } from '../knowledge/schemas.js';
import type { Logger } from '../logger.js';
import { DRAFTS_FOLDER, draftFile, writeDrafts } from '../insights/drafts.js';
import type { Insights, UnansweredGroup } from '../insights/insights.js';
import { subjectNames } from '../insights/subjects.js';
import { markdownText, plainText } from '../text/untrusted.js';

/** The report covers this many days, and shows this many groups (the most asked). */
export const UNANSWERED_DAYS = 30;
export const UNANSWERED_GROUPS = 10;
/** At most this many "Brouillon N" buttons (Teams shows few suggested actions well). */
const MAX_DRAFT_BUTTONS = 5;

/** What the report needs. */
export interface UnansweredDeskContext {
  insights?: Insights;
  view: KnowledgeView;
  /** The knowledge folder, whose drafts/ receives the drafts. */
  knowledgeDir: string;
  lang: Lang;
  logger: Logger;
  now?: () => Date;
}

const fr = (lang: Lang) => lang === 'fr';
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** The groups the report shows, visitors' words made safe (no link, no control character). */
async function groupsOf(insights: Insights, now: Date): Promise<UnansweredGroup[]> {
  const groups = await insights.unanswered({ since: new Date(now.getTime() - UNANSWERED_DAYS * 24 * 3600_000), limit: UNANSWERED_GROUPS });
  return groups.map((g) => ({ ...g, representative: plainText(g.representative), examples: g.examples.map(plainText) }));
}

function notEnabled(lang: Lang): Answer {
  const text = fr(lang) ? "Le relevé des questions sans réponse n'est pas activé." : 'The unanswered-questions record is not enabled.';
  return answer({ intent: 'unanswered_report', lang, text, answered: false });
}

/** The report: one numbered line per group, with the offer file to complete or a draft button. */
export async function unansweredReport(ctx: UnansweredDeskContext): Promise<Answer> {
  const { lang } = ctx;
  if (!ctx.insights) return notEnabled(lang);
  const groups = await groupsOf(ctx.insights, (ctx.now ?? (() => new Date()))());
  if (groups.length === 0) {
    const text = fr(lang) ? `Aucune question sans réponse ces ${UNANSWERED_DAYS} derniers jours.` : `No unanswered question in the last ${UNANSWERED_DAYS} days.`;
    return answer({ intent: 'unanswered_report', lang, text });
  }
  const subjects = subjectNames(ctx.view.snapshot.entries);
  const drafts: Suggestion[] = [];
  const lines = groups.map((g, i) => {
    const n = i + 1;
    const { subject, fix } = subjects.describe(g);
    const asked = fr(lang)
      ? `${plural(g.count, 'question', 'questions')} de ${plural(g.visitors, 'visiteur', 'visiteurs')}`
      : `${plural(g.count, 'question', 'questions')} from ${plural(g.visitors, 'visitor', 'visitors')}`;
    const humans = g.escalations ? (fr(lang) ? `, ${plural(g.escalations, 'demande', 'demandes')} d’un humain` : `, ${plural(g.escalations, 'request', 'requests')} for a person`) : '';
    const about = subject ? ` — ${markdownText(subject)}` : '';
    const todo = fix
      ? fr(lang)
        ? `à compléter dans la fiche de l’offre : ${markdownText(fix)}`
        : `to complete in the offer's file: ${markdownText(fix)}`
      : fr(lang)
        ? `« Brouillon ${n} » : une fiche FAQ à compléter`
        : `“Draft ${n}”: an FAQ entry to complete`;
    if (!fix && drafts.length < MAX_DRAFT_BUTTONS) drafts.push(fr(lang) ? { title: `Brouillon ${n}`, value: `brouillon ${n}` } : { title: `Draft ${n}`, value: `draft ${n}` });
    return `${n}. « ${markdownText(g.representative)} » (${asked}${humans})${about}\n   → ${todo}`;
  });
  const text = fr(lang)
    ? `Questions sans réponse ces ${UNANSWERED_DAYS} derniers jours, les plus fréquentes d’abord :\n\n${lines.join('\n')}`
    : `Unanswered questions in the last ${UNANSWERED_DAYS} days, most frequent first:\n\n${lines.join('\n')}`;
  return answer({ intent: 'unanswered_report', lang, text, suggestions: drafts });
}

/** A code fence longer than any run of backticks in `text`, so that nothing in it closes the block. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}markdown\n${text}${text.endsWith('\n') ? '' : '\n'}${fence}`;
}

/**
 * The FAQ draft of the report's group `number`, in the conversation, saved in drafts/ too when
 * it is new (a draft already there is HR's: left alone, and said so).
 */
export async function unansweredDraft(number: number, ctx: UnansweredDeskContext): Promise<Answer> {
  const { lang } = ctx;
  if (!ctx.insights) return notEnabled(lang);
  const groups = await groupsOf(ctx.insights, (ctx.now ?? (() => new Date()))());
  const group = groups[number - 1];
  const again: Suggestion = fr(lang) ? { title: 'Questions sans réponse', value: 'questions sans réponse' } : { title: 'Unanswered questions', value: 'unanswered questions' };
  if (!group) {
    const text = fr(lang)
      ? `Le relevé n’a pas de question n° ${number} : il en compte ${groups.length}. Redemandez-le pour voir les numéros à jour.`
      : `The report has no question number ${number}: it holds ${groups.length}. Ask for it again to see the current numbers.`;
    return answer({ intent: 'unanswered_report', lang, text, answered: false, suggestions: [again] });
  }
  const subjects = subjectNames(ctx.view.snapshot.entries);
  const quoted = `« ${markdownText(group.representative)} »`;
  const { fix } = subjects.describe(group);
  if (fix) {
    const text = fr(lang)
      ? `${quoted} porte sur une offre : la réponse manque dans sa fiche, pas dans une FAQ. À compléter : ${markdownText(fix)}.`
      : `${quoted} is about an offer: the answer is missing from its file, not from an FAQ. To complete: ${markdownText(fix)}.`;
    return answer({ intent: 'unanswered_report', lang, text, suggestions: [again] });
  }
  const file = draftFile(group, subjects.organisationOf(group), 'teams');
  let saved: string;
  try {
    const result = await writeDrafts(ctx.knowledgeDir, [group], subjects, 'teams');
    const name = `\`knowledge/${DRAFTS_FOLDER}/${result.written[0] ?? result.kept[0]}\``;
    saved = result.written.length
      ? fr(lang)
        ? `Enregistré dans ${name} (jamais montré aux candidats).`
        : `Saved as ${name} (never shown to candidates).`
      : fr(lang)
        ? `Un brouillon existe déjà dans ${name} : laissé tel quel.`
        : `A draft already exists as ${name}: left as it is.`;
  } catch (error) {
    ctx.logger.warn({ err: error, folder: path.join(ctx.knowledgeDir, DRAFTS_FOLDER) }, 'insights: a draft could not be saved');
    saved = fr(lang) ? 'Il n’a pas pu être enregistré sur le serveur : copiez-le ci-dessous.' : 'It could not be saved on the server: copy it from below.';
  }
  const asked = plural(group.count, 'question', 'questions');
  const text = fr(lang)
    ? `Brouillon de fiche FAQ pour ${quoted} (${asked}). ${saved} Écrivez la réponse sous la ligne ---, retirez le tag « brouillon », puis placez le fichier dans \`knowledge/faq/\`.\n\n${fenced(file)}`
    : `FAQ draft for ${quoted} (${asked}). ${saved} Write the answer below the --- line, remove the “brouillon” tag, then put the file in \`knowledge/faq/\`.\n\n${fenced(file)}`;
  return answer({ intent: 'unanswered_report', lang, text, suggestions: [again] });
}
