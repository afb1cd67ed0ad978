/**
 * The entry of every conversation turn: hands the message to the flow of its intent.
 */
import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
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

/** Not a TremplinDialog: interruptions are the business of the flow that waits, not of the router. */
export class MainDialog extends ComponentDialog {
  constructor() {
    super(MAIN);
    this.addDialog(new PositionsDialog())
      .addDialog(new SalariesDialog())
      .addDialog(new RemoteWorkDialog())
      .addDialog(new ContractsDialog())
      .addDialog(new ApplicationProcessDialog())
      .addDialog(new ApplicationStatusDialog())
      .addDialog(new EmployersDialog())
      .addDialog(new ContactsDialog())
      .addDialog(new EscalationDialog())
      .addDialog(new FallbackDialog())
      .addDialog(new WorkingConditionsDialog())
      .addDialog(new WaterfallDialog(`${MAIN}.steps`, [this.routeToFlow.bind(this)]));
    this.initialDialogId = `${MAIN}.steps`;
  }

  /** Starts the flow of the message's intent; greetings, help and thanks are answered here. */
  private async routeToFlow(step: WaterfallStepContext) {
    const turn = turnOf(step.context);
    const { intent, lang, normalised, entities } = turn.understanding;
    if (entities.unknownEmployers.length && !entities.organisation && ABOUT_AN_EMPLOYER.has(intent)) {
      await turn.send(unknownEmployerAnswer(turn.runtime.view, entities.unknownEmployers, lang));
      return step.endDialog();
    }
    if (!POLITENESS.has(intent) && intent !== 'cancel' && intent !== 'escalation' && unstatedCondition(normalised)) {
      return step.beginDialog(WORKING_CONDITIONS);
    }
    switch (intent) {
      case 'greeting':
      case 'help':
        await turn.send(welcome(lang, intent));
        return step.endDialog();
      case 'thanks':
        await turn.send(thanks(lang));
        return step.endDialog();
      case 'cancel':
        forgetTopic(turn.memory);
        await turn.send(cancelled(lang));
        return step.endDialog();
      default:
        return step.beginDialog(FLOWS[intent] ?? FALLBACK);
    }
  }
}
