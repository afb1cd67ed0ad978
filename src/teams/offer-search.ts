/**
 * The Teams search message extension (`searchOffers`): offers for what a recruiter types in the
 * compose box, as Adaptive Cards with a thumbnail preview, 25 at most, paged by Teams'
 * `skip`/`count`. The initial run (empty query) lists the latest open offers.
 */
import type { MessagingExtensionAttachment, MessagingExtensionQuery, MessagingExtensionResponse } from 'botbuilder';
import { places, remotePolicy } from '../answers/format.js';
import type { KnowledgeRuntime } from '../core.js';
import { ADAPTIVE_CARD, offerCardContent } from '../cards/offer-card.js';
import type { Lang, Offer } from '../knowledge/schemas.js';

/** The command id declared in the manifest. */
export const SEARCH_COMMAND = 'searchOffers';
/** Most results Teams shows per page. */
export const MAX_RESULTS = 25;
/** Least search score for an offer to be listed for a query. */
const MIN_SCORE = 0.2;

/** Latest first: published_on, then the soonest closing date, then title. */
function latestFirst(a: Offer, b: Offer): number {
  return (b.published_on ?? '').localeCompare(a.published_on ?? '') || (a.closes_on ?? '9999').localeCompare(b.closes_on ?? '9999') || a.title.localeCompare(b.title);
}

/** The text typed in the search box, or '' for the initial run (Teams then sends only `initialRun`). */
export function queryText(query: MessagingExtensionQuery): string {
  const parameter = query.parameters?.find((p) => p.name === 'query');
  return typeof parameter?.value === 'string' ? parameter.value.trim() : '';
}

function result(runtime: KnowledgeRuntime, offer: Offer, lang: Lang): MessagingExtensionAttachment {
  const org = runtime.view.organisation(offer.organisation);
  return {
    contentType: ADAPTIVE_CARD,
    content: offerCardContent(offer, org, lang),
    preview: {
      contentType: 'application/vnd.microsoft.card.thumbnail',
      content: {
        title: offer.title,
        subtitle: [org?.name ?? offer.organisation, places(offer, lang)].join(' — '),
        text: [offer.category ? `${lang === 'fr' ? 'Catégorie' : 'Category'} ${offer.category}` : undefined, offer.remote ? remotePolicy(offer.remote.policy, lang) : undefined]
          .filter(Boolean)
          .join(' · '),
      },
    },
  };
}

/** The extension's answer to one query. */
export function searchOffersExtension(runtime: KnowledgeRuntime, query: MessagingExtensionQuery, lang: Lang): MessagingExtensionResponse {
  const text = queryText(query);
  const skip = Math.max(0, Math.trunc(query.queryOptions?.skip ?? 0));
  const count = Math.min(MAX_RESULTS, Math.max(1, Math.trunc(query.queryOptions?.count ?? MAX_RESULTS)));
  const open = runtime.view.openOffers(lang);
  let offers: Offer[];
  if (text === '') {
    offers = [...open].sort(latestFirst);
  } else {
    const byId = new Map(open.map((o) => [runtime.view.primaryId(o), o]));
    offers = runtime
      .searchOffers(text, lang, MIN_SCORE)
      .map((id) => {
        const hit = runtime.view.offer(id);
        return hit ? byId.get(runtime.view.primaryId(hit)) : undefined;
      })
      .filter((o): o is Offer => o !== undefined)
      .filter((o, i, all) => all.indexOf(o) === i);
  }
  return {
    composeExtension: {
      type: 'result',
      attachmentLayout: 'list',
      attachments: offers.slice(skip, skip + count).map((o) => result(runtime, o, lang)),
    },
  };
}
