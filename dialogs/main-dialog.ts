/**
 * The entry of every conversation turn: hands the message to the flow of its intent.
 */
import type { DialogContext, DialogReason, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog } from './sdk.js';
import { cancelled, thanks, welcome } from '../src/answers/welcome.js';
import { forgetTopic } from '../src/conversation/memory.js';
import { flowOf, intentsWith } from '../src/understanding/intents.js';
import { ApplicationProcessDialog } from './application-process.js';
import { ApplicationStatusDialog } from './application-status.js';
import { ContactsDialog } from './contacts.js';
import { ContractsDialog } from './contracts.js';
import { DefinitionDialog } from './definition.js';
import { EmployersDialog } from './employers.js';
import { EscalationDialog } from './escalation.js';
import { FALLBACK, FallbackDialog } from './fallback.js';
import { WORKING_CONDITIONS, WorkingConditionsDialog } from './working-conditions.js';
import { refusal } from '../src/answers/refusal.js';
import { unknownEmployerAnswer } from '../src/answers/unknown-employer.js';
import { OFFER_PAGE, OfferPageDialog, offerOfPageQuestion } from './offer-page.js';
import { PositionsDialog } from './positions.js';
import { RemoteWorkDialog } from './remote-work.js';
import { SalariesDialog } from './salaries.js';
import { turnOf } from './turn.js';

export const MAIN = 'main';

/** Questions whose answer belongs to an employer: about another one than those known, Tremplin says it does not know it. */
const ABOUT_AN_EMPLOYER = intentsWith('aboutAnEmployer');
/** Intents that give way to a working condition the knowledge rarely states ("tickets resto ?"). */
const YIELDS_TO_CONDITIONS = intentsWith('yieldsToConditions');

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
      new DefinitionDialog(),
      new OfferPageDialog(),
    ];
  }

  /** Starts the flow of the message's intent; greetings, help and thanks are answered here. */
  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const turn = turnOf(dc.context);
    const { intent, lang, entities, condition } = turn.understanding;
    if (turn.understanding.asks.injection) {
      await turn.send(refusal(lang));
      return dc.endDialog();
    }
    if (entities.unknownEmployers.length && !entities.organisation && ABOUT_AN_EMPLOYER.has(intent)) {
      await turn.send(unknownEmployerAnswer(turn.runtime.view, entities.unknownEmployers, lang));
      return dc.endDialog();
    }
    // A part of one offer's page its fields do not hold, or several parts ("quel profil ?", "salaire et télétravail ?").
    if (offerOfPageQuestion(turn)) return dc.beginDialog(OFFER_PAGE);
    if (YIELDS_TO_CONDITIONS.has(intent) && condition) {
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
        return dc.beginDialog(flowOf(intent) ?? FALLBACK);
    }
  }

  /** The flow is over: so is the turn's routing. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    return dc.endDialog(result);
  }
}
