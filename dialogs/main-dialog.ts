/**
 * The entry of every conversation turn: hands the message to the flow of its intent.
 */
import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import { cancelled, thanks, welcome } from '../src/answers/welcome.js';
import { forgetTopic } from '../src/bot/state/memory.js';
import { POLITENESS, type IntentName } from '../src/understanding/intents.js';
import { APPLICATION_PROCESS, ApplicationProcessDialog } from './application-process.js';
import { APPLICATION_STATUS, ApplicationStatusDialog } from './application-status.js';
import { CONTACTS, ContactsDialog } from './contacts.js';
import { CONTRACTS, ContractsDialog } from './contracts.js';
import { EMPLOYERS, EmployersDialog } from './employers.js';
import { ESCALATION, EscalationDialog } from './escalation.js';
import { FALLBACK, FallbackDialog } from './fallback.js';
import { WORKING_CONDITIONS, WorkingConditionsDialog } from './working-conditions.js';
import { unstatedCondition } from '../src/answers/not-stated.js';
import { unknownEmployerAnswer } from '../src/answers/unknown-employer.js';
import { POSITIONS, PositionsDialog } from './positions.js';
import { REMOTE_WORK, RemoteWorkDialog } from './remote-work.js';
import { SALARIES, SalariesDialog } from './salaries.js';
import { turnOf } from './turn.js';

export const MAIN = 'main';

/** The flow that handles each intent. */
const FLOWS: Partial<Record<IntentName, string>> = {
  positions: POSITIONS,
  salary: SALARIES,
  remote_work: REMOTE_WORK,
  contract: CONTRACTS,
  application_process: APPLICATION_PROCESS,
  application_status: APPLICATION_STATUS,
  organisation_info: EMPLOYERS,
  contact: CONTACTS,
  escalation: ESCALATION,
  fallback: FALLBACK,
};

/** Questions whose answer belongs to an employer: about another one than those known, Tremplin says it does not know it. */
const ABOUT_AN_EMPLOYER = new Set<IntentName>(['positions', 'salary', 'remote_work', 'contract', 'application_process']);

/**
 * Not a TremplinDialog: interruptions are the business of the flow that waits, not of the router.
 * A plain Dialog beside the flows in the bot's dialog set (not a ComponentDialog holding them):
 * routing then costs no dialog context of its own on every turn.
 */
export class MainDialog extends Dialog {
  constructor() {
    super(MAIN);
  }

  /** The flows the router starts: add them to the same dialog set as the router. */
  static flows(): Dialog[] {
    return [
      new PositionsDialog(),
      new SalariesDialog(),
      new RemoteWorkDialog(),
      new ContractsDialog(),
      new ApplicationProcessDialog(),
      new ApplicationStatusDialog(),
      new EmployersDialog(),
      new ContactsDialog(),
      new EscalationDialog(),
      new FallbackDialog(),
      new WorkingConditionsDialog(),
    ];
  }

  /** Starts the flow of the message's intent; greetings, help and thanks are answered here. */
  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const turn = turnOf(dc.context);
    const { intent, lang, normalised, entities } = turn.understanding;
    if (entities.unknownEmployers.length && !entities.organisation && ABOUT_AN_EMPLOYER.has(intent)) {
      await turn.send(unknownEmployerAnswer(turn.runtime.view, entities.unknownEmployers, lang));
      return dc.endDialog();
    }
    if (!POLITENESS.has(intent) && intent !== 'cancel' && intent !== 'escalation' && unstatedCondition(normalised)) {
      return dc.beginDialog(WORKING_CONDITIONS);
    }
    switch (intent) {
      case 'greeting':
      case 'help':
        await turn.send(welcome(lang, intent));
        return dc.endDialog();
      case 'thanks':
        await turn.send(thanks(lang));
        return dc.endDialog();
      case 'cancel':
        forgetTopic(turn.memory);
        await turn.send(cancelled(lang));
        return dc.endDialog();
      default:
        return dc.beginDialog(FLOWS[intent] ?? FALLBACK);
    }
  }

  /** The flow is over: so is the turn's routing. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    return dc.endDialog(result);
  }
}
