/**
 * Asking which offer a question is about, and reading the answer: a title (even misspelt), a
 * number from the list, or a click on a suggestion. Shared by the salary, remote-work and
 * contract flows.
 */
import type { TurnContext } from 'botbuilder';
import type { PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Answer } from '../src/answers/answer.js';
import { offersInQuestion, type OffersInQuestion } from '../src/answers/offer-facts.js';
import type { Offer } from '../src/knowledge/schemas.js';
import { CHOICE_LEAD } from '../src/tuning.js';
import { namesTitle } from '../src/understanding/aspects.js';
import { unitInContext } from './faq-lookup.js';
import { turnOf, type Turn } from './turn.js';

/** The id of the text prompt that waits for an offer. */
export const OFFER_PROMPT = 'offer-choice';

/**
 * The offer this turn's message designates among those the bot offered to choose from
 * (`memory.offerCandidates`), if it designates one.
 */
export function designatedOffer(context: TurnContext): string | undefined {
  const turn = turnOf(context);
  const candidates = turn.memory.offerCandidates ?? [];
  if (candidates.length === 0) return undefined;
  const u = turn.understanding;
  const view = turn.runtime.view;
  const primary = (id: string) => {
    const o = view.offer(id);
    return o ? view.primaryId(o) : id;
  };
  const wanted = new Map(candidates.map((id) => [primary(id), id]));
  // Offers of the same title are told apart by the team or employer the reply names ("… — Dora").
  const ofNamedEmployer = (id: string) => {
    const offer = view.offer(id);
    return !!offer && (!u.entities.unit || view.teamOf(offer)?.id === u.entities.unit.id) && (!u.entities.organisation || offer.organisation === u.entities.organisation);
  };
  const byTitle = candidates
    .map((id) => ({ id, title: view.offer(id)?.title ?? '' }))
    .filter((c) => namesTitle(u, c.title))
    .sort((a, b) => b.title.length - a.title.length || Number(ofNamedEmployer(b.id)) - Number(ofNamedEmployer(a.id)));
  if (byTitle[0]) return byTitle[0].id;
  const named = u.entities.offers
    .filter((m) => wanted.has(primary(m.id)))
    .filter((m) => !u.entities.organisation || view.offer(m.id)?.organisation === u.entities.organisation);
  if (named.length === 1) return wanted.get(primary(named[0]!.id));
  if (named.length > 1) {
    const best = [...named].sort((a, b) => b.queryCoverage + b.titleCoverage - (a.queryCoverage + a.titleCoverage));
    const [first, second] = best;
    if (first && (!second || first.queryCoverage + first.titleCoverage > second.queryCoverage + second.titleCoverage + CHOICE_LEAD)) {
      return wanted.get(primary(first.id));
    }
  }
  const index = u.choice;
  if (index !== undefined) return candidates[index < 0 ? candidates.length - 1 : index - 1];
  return undefined;
}

/** Validator of the offer prompt: accepts a reply that designates one candidate. */
export async function chooseOfferPrompt(prompt: PromptValidatorContext<string>): Promise<boolean> {
  return designatedOffer(prompt.context) !== undefined;
}

/** Sends the question (an answer listing the choices) and waits; read the choice with `designatedOffer`. */
export async function pickOffer(step: WaterfallStepContext, offers: readonly Offer[], question: Answer) {
  const turn = turnOf(step.context);
  turn.memory.offerCandidates = offers.map((o) => o.id);
  turn.memory.awaiting = 'offer';
  await turn.send({ ...question, asks: true });
  return step.prompt(OFFER_PROMPT, {
    retryPrompt: question.lang === 'fr' ? 'Pour quelle offre ? Cliquez sur une proposition ou écrivez son intitulé.' : 'Which offer? Click a suggestion or type its title.',
  });
}

/** The chosen offer after the prompt, and the memory cleared of the question. */
export function chosenOffer(step: WaterfallStepContext): string | undefined {
  const turn = turnOf(step.context);
  const id = designatedOffer(step.context);
  turn.memory.offerCandidates = undefined;
  turn.memory.awaiting = undefined;
  return id;
}

/**
 * The offers a question asking one of their facts is about, with what the conversation holds:
 * those it names, else the offers just listed when it asks of them ("et le salaire ?" right
 * after a listing), else the offer in focus, the team's, the employer's (see offersInQuestion).
 * Remembers the team the question is about.
 */
export function offersAsked(turn: Turn): OffersInQuestion {
  const u = turn.understanding;
  const unit = unitInContext(turn);
  turn.memory.unitId = unit?.id;
  const listedOfferIds = u.listed && 'among' in u.listed ? turn.memory.listedOfferIds : undefined;
  return offersInQuestion(
    turn.runtime.view,
    { entities: { ...u.entities, unit }, saysTitle: (title) => namesTitle(u, title), focusOfferId: turn.memory.focusOfferId, organisationId: turn.memory.organisationId, ...(listedOfferIds ? { listedOfferIds } : {}) },
    u.lang,
  );
}
