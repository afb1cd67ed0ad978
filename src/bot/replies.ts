/**
 * Turns an answer into a Bot Framework activity: markdown text ending with its sources,
 * citation entities (the schema.org `Claim` format Teams renders), suggested actions, offer
 * cards, and `channelData.intent` / `channelData.sources` for analytics and tests.
 */
import { ActionTypes, AttachmentLayoutTypes, type Activity } from 'botbuilder';
import type { Answer, Source } from '../answers/answer.js';
import type { KnowledgeView } from '../answers/knowledge-view.js';
import { offerCard } from './offer-card.js';

/** What every reply to a user message carries in `channelData`. */
export interface ReplyChannelData {
  /** The intent the reply answers (see src/understanding/intents.ts). */
  intent: string;
  /** Ids of the knowledge entries the reply comes from. */
  sources: string[];
  /** False when the knowledge did not hold the answer. */
  answered: boolean;
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

function sourceLine(sources: readonly Source[], lang: 'fr' | 'en'): string {
  if (sources.length === 0) return '';
  const label = lang === 'fr' ? (sources.length > 1 ? 'Sources' : 'Source') : sources.length > 1 ? 'Sources' : 'Source';
  const items = sources.map((s, i) => `[${i + 1}] ${s.url ? `[${s.title}](${s.url})` : s.title}`);
  return `\n\n${label}${lang === 'fr' ? ' :' : ':'} ${items.join(' · ')}`;
}

/** The activity for an answer. */
export function toActivity(answer: Answer, view: KnowledgeView): Partial<Activity> {
  const sources = answer.sources.slice(0, 5);
  const activity: Partial<Activity> = {
    type: 'message',
    text: `${answer.text}${sourceLine(sources, answer.lang)}`,
    textFormat: 'markdown',
    locale: answer.lang === 'fr' ? 'fr-FR' : 'en-US',
    inputHint: 'acceptingInput',
    channelData: { intent: answer.intent, sources: answer.sources.map((s) => s.id), answered: answer.answered } satisfies ReplyChannelData,
  };
  if (sources.length) activity.entities = [citationEntity(sources)];
  if (answer.suggestions.length) {
    activity.suggestedActions = {
      to: [],
      actions: answer.suggestions.slice(0, 6).map((s) => ({ type: ActionTypes.ImBack, title: s.title, value: s.value })),
    };
  }
  const cards = answer.offerCards
    .map((id) => view.offer(id))
    .filter((o) => o !== undefined)
    .map((o) => offerCard(o, view.organisation(o.organisation), answer.lang));
  if (cards.length) {
    activity.attachments = cards;
    activity.attachmentLayout = cards.length > 1 ? AttachmentLayoutTypes.Carousel : AttachmentLayoutTypes.List;
  }
  return activity;
}
