/**
 * Turns an answer into a Bot Framework activity for the channel it goes to: text ending with
 * its sources, citation entities (the schema.org `Claim` format Teams renders), suggested
 * actions, the offers it presents, the channel's own way to rate it, and
 * `channelData.intent` / `channelData.sources` for analytics and tests.
 *
 * What differs by channel is only how things are shown (see `channelStyle`): offers as a card
 * list or as lines of text, markdown or the HTML Teams renders, how long a button label may be,
 * how the user rates an answer.
 */
import type { Activity } from 'botbuilder';
import { ActionTypes, AttachmentLayoutTypes } from './sdk.js';
import type { Answer, Source } from '../answers/answer.js';
import { feedbackSuggestions, rated } from '../answers/feedback.js';
import { offerListItem, shorten } from '../answers/format.js';
import type { KnowledgeView } from '../answers/knowledge-view.js';
import type { Lang } from '../knowledge/schemas.js';
import { feedbackActions } from './answer-feedback.js';
import { offerListCard } from '../cards/offer-card.js';
import { teamsHtml } from './teams-text.js';

/** What every reply to a user message carries in `channelData`. */
export interface ReplyChannelData {
  /** The intent the reply answers (see src/understanding/intents.ts). */
  intent: string;
  /** Ids of the knowledge entries the reply comes from. */
  sources: string[];
  /** False when the knowledge did not hold the answer. */
  answered: boolean;
  /** Teams: shows Teams' own like / dislike on the message (answers that can be rated). */
  feedbackLoopEnabled?: boolean;
}

/** How a channel shows a reply. */
export interface ChannelStyle {
  /** The offers an answer presents: as one Adaptive Card list, or as markdown lines of the text. */
  offers: 'cards' | 'text';
  /** Longest suggested-action label; longer ones are cut at a word (the value keeps the whole text). */
  labelMax: number;
  /**
   * How the user rates an answer: Web Chat's like / dislike on the message (schema.org
   * `LikeAction` / `DislikeAction`), Teams' feedback loop, or two more suggested actions.
   */
  feedback: 'message-actions' | 'teams-feedback-loop' | 'suggestions';
  /** The text as markdown, or as the HTML subset Teams renders (`textFormat: 'xml'`). */
  format: 'markdown' | 'teams-html';
}

/** Web Chat over Direct Line (the website). */
const WEBSITE: ChannelStyle = { offers: 'cards', labelMax: 40, feedback: 'message-actions', format: 'markdown' };
/** Channels not listed (the Emulator, tests): cards, markdown, feedback as suggestions. */
const OTHER: ChannelStyle = { offers: 'cards', labelMax: 40, feedback: 'suggestions', format: 'markdown' };
const STYLES: Record<string, ChannelStyle> = {
  webchat: WEBSITE,
  directline: WEBSITE,
  // Teams cuts long button labels, shows raw markdown where a reply has suggested actions in
  // the Agents Playground, and has no carousel there: HTML text, short labels, a card list.
  msteams: { offers: 'cards', labelMax: 30, feedback: 'teams-feedback-loop', format: 'teams-html' },
  // The terminal (`tremplin chat`, `ask`, `knowledge diff`, the eval) shows text only.
  cli: { offers: 'text', labelMax: 60, feedback: 'suggestions', format: 'markdown' },
};

/** The style of a channel id; unknown channels get cards, markdown and feedback as suggestions. */
export function channelStyle(channelId: string | undefined): ChannelStyle {
  return STYLES[channelId ?? ''] ?? OTHER;
}

/** The schema.org Message entity with one Claim per source (Bot Framework / Teams citations). */
export function citationEntity(sources: readonly Source[]) {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: sources.map((s, i) => ({
      '@type': 'Claim',
      position: i + 1,
      appearance: {
        '@type': 'DigitalDocument',
        name: s.title.slice(0, 80),
        abstract: s.title.slice(0, 160),
        ...(s.url ? { url: s.url } : {}),
      },
    })),
  };
}

function sourceLine(sources: readonly Source[], lang: Lang): string {
  if (sources.length === 0) return '';
  const label = sources.length > 1 ? 'Sources' : 'Source';
  const items = sources.map((s, i) => `[${i + 1}] ${s.url ? `[${s.title}](${s.url})` : s.title}`);
  return `\n\n${label}${lang === 'fr' ? ' :' : ':'} ${items.join(' · ')}`;
}

/**
 * The sources line when every source is an offer shown in the cards below the text: each card
 * already names its offer and links to it, so the line points at them instead of listing the
 * same titles a second time.
 */
function cardsSourceLine(count: number, lang: Lang): string {
  if (lang === 'fr') return count === 1 ? '\n\nSource : l’offre ci-dessous.' : `\n\nSources : les ${count} offres ci-dessous.`;
  return count === 1 ? '\n\nSource: the offer below.' : `\n\nSources: the ${count} offers below.`;
}

/** Where a reply goes, and what it needs to be rated there. */
export interface ReplyOptions {
  /** The channel id of the conversation (`webchat`, `msteams`, `cli`…). */
  channelId?: string;
  /** This answer's key in the conversation, which a rating on the message sends back (see answer-feedback.ts). */
  feedbackKey?: string;
}

/** The activity for an answer. */
export function toActivity(answer: Answer, view: KnowledgeView, options: ReplyOptions = {}): Partial<Activity> {
  const style = channelStyle(options.channelId);
  const offers = answer.offerCards.map((id) => view.offer(id)).filter((o) => o !== undefined);
  const shownAsCards = style.offers === 'cards' && offers.length > 0;
  const sources = answer.sources.slice(0, 5);
  const offerIds = new Set(answer.offerCards);
  const sourcesAreCards = shownAsCards && answer.sources.every((s) => offerIds.has(s.id));
  const listed = style.offers === 'text' && offers.length ? `\n\n${offers.map((o) => offerListItem(o, view.employerOf(o), answer.lang)).join('\n')}` : '';
  const markdown = `${answer.text}${listed}${sourcesAreCards ? cardsSourceLine(answer.sources.length, answer.lang) : sourceLine(sources, answer.lang)}`;
  const canRate = rated(answer);
  // One id per entry: an explained word cites each of its pages, all under the entry's id.
  const channelData: ReplyChannelData = { intent: answer.intent, sources: [...new Set(answer.sources.map((s) => s.id))], answered: answer.answered };
  if (canRate && style.feedback === 'teams-feedback-loop') channelData.feedbackLoopEnabled = true;
  const activity: Partial<Activity> = {
    type: 'message',
    text: style.format === 'teams-html' ? teamsHtml(markdown) : markdown,
    textFormat: style.format === 'teams-html' ? 'xml' : 'markdown',
    locale: answer.lang === 'fr' ? 'fr-FR' : 'en-US',
    inputHint: 'acceptingInput',
    channelData,
  };
  const actions = canRate && style.feedback === 'message-actions' && options.feedbackKey ? feedbackActions(options.feedbackKey) : undefined;
  if (sources.length || actions) activity.entities = [{ ...citationEntity(sources), ...(actions ? { potentialAction: actions } : {}) }];
  const suggestions = canRate && style.feedback === 'suggestions' ? [...answer.suggestions.slice(0, 4), ...feedbackSuggestions(answer.lang)] : answer.suggestions;
  if (suggestions.length) {
    activity.suggestedActions = {
      to: [],
      actions: suggestions.slice(0, 6).map((s) => ({ type: ActionTypes.ImBack, title: shorten(s.title, style.labelMax), value: s.value })),
    };
  }
  if (shownAsCards) {
    activity.attachments = [offerListCard(offers.map((offer) => ({ offer, org: view.organisation(offer.organisation), employer: view.employerOf(offer) })), answer.lang)];
    activity.attachmentLayout = AttachmentLayoutTypes.List;
  }
  return activity;
}
