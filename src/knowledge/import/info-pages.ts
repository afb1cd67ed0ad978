/**
 * Pages that are not offers but tell candidates facts: a press release or an event page ("the
 * State's tech job forum, 15 December, 300 posts"), a team page ("who runs PEReN, how many data
 * scientists"), a page presenting a job family. The import keeps them as information pages —
 * FAQ entries of `faq/`, whose question is the page's title and whose answer is its text — so
 * that the bot answers from them (passage by passage, see src/answers/passages.ts) instead of
 * saying it does not know. Test files, guides for recruiters and pages listing offers are not
 * kept: they hold nothing a candidate asks.
 */
import type { Lang } from '../schemas.js';
import type { NotAnOffer } from './page-kind.js';
import { Bare, type YamlValue } from './render.js';
import { slugify } from './text.js';

/** Kinds of page kept as information pages. */
const KEPT: ReadonlySet<NotAnOffer['kind']> = new Set(['press-or-event', 'no-offer-content']);

/** A page's body shorter than this (in characters of text) says too little to be kept. */
const MIN_TEXT = 200;

/** What an information page keeps of its page. */
export interface InfoPage {
  readonly title: string;
  readonly body: string;
  readonly lang: Lang;
  /** The page's date (ISO), when it gives one: its year is a tag, so "the 2019 forum" finds it. */
  readonly publishedOn?: string;
}

/** Whether a page that is not an offer is kept as an information page. */
export function keptAsInfoPage(kind: NotAnOffer['kind'], page: InfoPage): boolean {
  return KEPT.has(kind) && page.title.trim() !== '' && page.body.replace(/\s+/g, ' ').trim().length >= MIN_TEXT;
}

/** The id of the FAQ file of the page at `relative`: `page-` and the page's file (or folder, for `_index.md`) name. */
export function infoPageId(relative: string): string {
  const parts = relative.replace(/\.(md|markdown|mdx?)$/i, '').split('/');
  const named = parts.filter((p) => !/^(_?index|readme)$/i.test(p));
  const tail = named.slice(-2).join('-');
  return `page-${slugify(tail)}`;
}

/** The front matter of the FAQ file an information page becomes (`source` is added by the writer). */
export function infoPageFrontMatter(page: InfoPage, organisation: string): Record<string, YamlValue> {
  const year = page.publishedOn?.slice(0, 4);
  return {
    question: page.title,
    organisation: new Bare(organisation),
    lang: new Bare(page.lang),
    tags: year ? [year] : [],
  };
}
