/**
 * Running recruiters' commands: checks who asks, then shows or updates an application, or
 * gives the unanswered-questions report and its drafts (unanswered-desk.ts). Candidates who
 * type "statut 12345" are not recruiters asking for any application: their message goes to
 * the candidate flow instead.
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
import { unansweredDraft, unansweredReport, type UnansweredDeskContext } from './unanswered-desk.js';

/** What a command needs. */
export interface RecruiterDeskContext {
  activity: Partial<Activity>;
  config: Pick<Config, 'microsoftApp' | 'recruiters' | 'knowledgeDir'>;
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
    // A candidate's "statut 12345" or "brouillon 2" is theirs to ask: the candidate flow answers it.
    if (command.command === 'show-application' || command.command === 'unanswered-draft') return undefined;
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
      return unansweredReport(desk(ctx));
    case 'unanswered-draft':
      return unansweredDraft(command.number, desk(ctx));
  }
}

function unavailable(lang: Lang): Answer {
  const text = lang === 'fr' ? 'Le suivi des candidatures est indisponible pour le moment.' : 'Application tracking is unavailable for the moment.';
  return answer({ intent: 'recruiter_application', lang, text, answered: false });
}

const desk = (ctx: RecruiterDeskContext): UnansweredDeskContext => ({
  insights: ctx.services.insights,
  view: ctx.view,
  knowledgeDir: ctx.config.knowledgeDir,
  lang: ctx.lang,
  logger: ctx.logger,
});
