/**
 * Running recruiters' commands: checks who asks, then shows or updates an application, or
 * reads the unanswered-questions report. Candidates who type "statut 12345" are not recruiters
 * asking for any application: their message goes to the candidate flow instead.
 */
import type { Activity } from 'botbuilder';
import type { Answer } from '../answers/answer.js';
import { answer } from '../answers/answer.js';
import type { KnowledgeView } from '../answers/knowledge-view.js';
import { applicationForRecruiter, recruitersOnly, unknownApplication, unknownStatus } from '../answers/recruiters.js';
import type { Config } from '../config.js';
import type { Lang } from '../knowledge/schemas.js';
import type { Logger } from '../logger.js';
import { checkRecruiter } from '../teams/recruiters.js';
import type { RecruiterCommand } from '../teams/recruiter-commands.js';
import type { BotServices } from '../conversation/services.js';
import { markdownText } from '../text/untrusted.js';

/** What a command needs. */
export interface RecruiterDeskContext {
  activity: Partial<Activity>;
  config: Pick<Config, 'microsoftApp' | 'recruiters'>;
  services: BotServices;
  view: KnowledgeView;
  lang: Lang;
  logger: Logger;
}

/**
 * The answer to a recruiter command, or `undefined` when the message is not one for this
 * sender (a candidate's "statut 12345" goes on to the candidate flow).
 */
export async function runRecruiterCommand(command: RecruiterCommand, ctx: RecruiterDeskContext): Promise<Answer | undefined> {
  const who = checkRecruiter(ctx.activity, ctx.config);
  if (!who.recruiter) {
    if (command.command === 'show-application') return undefined;
    ctx.logger.warn({ reason: who.reason, channel: ctx.activity.channelId, command: command.command }, 'teams: recruiter command refused');
    return recruitersOnly(ctx.lang, who.reason);
  }
  const store = ctx.services.applications?.store;
  switch (command.command) {
    case 'show-application': {
      if (!store) return unavailable(ctx.lang);
      const application = await store.show(command.reference);
      return application ? applicationForRecruiter(ctx.view, application, ctx.lang) : unknownApplication(command.reference, ctx.lang);
    }
    case 'update-application': {
      if (!command.status) return unknownStatus(command.statusWord, ctx.lang);
      if (!store) return unavailable(ctx.lang);
      const updated = await store.set(command.reference, command.status, { note: command.note, author: who.name });
      if (!updated) return unknownApplication(command.reference, ctx.lang);
      ctx.logger.info({ reference: store.maskReference(command.reference), status: command.status }, 'teams: application updated by a recruiter');
      return applicationForRecruiter(ctx.view, updated, ctx.lang, ctx.lang === 'fr' ? 'C’est fait.' : 'Done.');
    }
    case 'unanswered-report':
      return unansweredReport(ctx);
  }
}

function unavailable(lang: Lang): Answer {
  const text = lang === 'fr' ? 'Le suivi des candidatures est indisponible pour le moment.' : 'Application tracking is unavailable for the moment.';
  return answer({ intent: 'recruiter_application', lang, text, answered: false });
}

async function unansweredReport(ctx: RecruiterDeskContext): Promise<Answer> {
  const insights = ctx.services.insights;
  if (!insights) {
    const text = ctx.lang === 'fr' ? "Le relevé des questions sans réponse n'est pas activé." : 'The unanswered-questions record is not enabled.';
    return answer({ intent: 'unanswered_report', lang: ctx.lang, text, answered: false });
  }
  const groups = await insights.unanswered({ since: new Date(Date.now() - 30 * 24 * 3600_000), limit: 10 });
  if (groups.length === 0) {
    const text = ctx.lang === 'fr' ? 'Aucune question sans réponse ces 30 derniers jours.' : 'No unanswered question in the last 30 days.';
    return answer({ intent: 'unanswered_report', lang: ctx.lang, text });
  }
  const lines = groups.map((g) => `- **${g.count}** × « ${markdownText(g.representative)} »${g.escalations ? ` (${g.escalations} ${ctx.lang === 'fr' ? 'demande(s) d’humain' : 'request(s) for a person'})` : ''}`);
  const text =
    ctx.lang === 'fr'
      ? `Questions sans réponse ces 30 derniers jours, les plus fréquentes d’abord :\n\n${lines.join('\n')}\n\nPour en faire des fiches : \`npx tremplin report unanswered --draft\`.`
      : `Unanswered questions in the last 30 days, most frequent first:\n\n${lines.join('\n')}\n\nTo turn them into entries: \`npx tremplin report unanswered --draft\`.`;
  return answer({ intent: 'unanswered_report', lang: ctx.lang, text });
}
