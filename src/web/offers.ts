/**
 * The open offers on the home page: one version of each offer (the page's language when it
 * exists), grouped by organisation, as DSFR cards.
 */
import { isOpenUndated } from '../knowledge/open-status.js';
import type { Lang, Offer } from '../knowledge/schemas.js';
import { html, type Html } from './html.js';
import type { PageStrings } from './strings.js';

/** An offer to show, and whether it is written in the other language. */
export interface ShownOffer {
  offer: Offer;
  otherLanguage: boolean;
}

/** The offers of one organisation. */
export interface OfferGroup {
  organisation: string;
  name: string;
  offers: ShownOffer[];
}

/**
 * One version per offer: translations are linked by `translation_of`; the version in `lang`
 * wins, else the other one is shown and marked. Grouped by organisation, sorted by name and
 * title (French collation).
 */
export function groupOffers(offers: Offer[], lang: Lang, organisationName: (id: string) => string): OfferGroup[] {
  const versions = new Map<string, Offer[]>();
  for (const offer of offers) {
    if (!offer.open) continue;
    const key = offer.translation_of ?? offer.id;
    versions.set(key, [...(versions.get(key) ?? []), offer]);
  }
  const groups = new Map<string, OfferGroup>();
  for (const candidates of versions.values()) {
    const offer = candidates.find((o) => o.lang === lang) ?? candidates[0];
    if (!offer) continue;
    const group = groups.get(offer.organisation) ?? {
      organisation: offer.organisation,
      name: organisationName(offer.organisation),
      offers: [],
    };
    group.offers.push({ offer, otherLanguage: offer.lang !== lang });
    groups.set(offer.organisation, group);
  }
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  const sorted = [...groups.values()].sort((a, b) => collator.compare(a.name, b.name));
  for (const group of sorted) group.offers.sort((a, b) => collator.compare(a.offer.title, b.offer.title));
  return sorted;
}

/** The link of an offer: its page, else where to apply when that is a web address. */
function offerLink(offer: Offer): string | undefined {
  if (offer.url) return offer.url;
  return offer.apply && /^https?:\/\//.test(offer.apply) ? offer.apply : undefined;
}

function card({ offer, otherLanguage }: ShownOffer, t: PageStrings): Html {
  const link = offerLink(offer);
  const tags = [
    ...(offer.contract ?? []),
    offer.category ? t.offers.category(offer.category) : undefined,
    offer.remote ? t.offers.remote(offer.remote.policy, offer.remote.days_per_week) : undefined,
    offer.positions > 1 ? t.offers.positions(offer.positions) : undefined,
  ].filter((tag): tag is string => Boolean(tag));
  const otherLang = offer.lang === 'en' ? 'en' : 'fr';
  return html`<li class="fr-col-12 fr-col-md-6">
  <div class="fr-card fr-card--sm${link ? ' fr-enlarge-link' : ''}">
    <div class="fr-card__body">
      <div class="fr-card__content">
        <h4 class="fr-card__title"${otherLanguage ? html` lang="${otherLang}"` : ''}>${link ? html`<a href="${link}">${offer.title}</a>` : offer.title}</h4>
        ${offer.team ? html`<p class="fr-card__desc">${offer.team}</p>` : ''}
        <div class="fr-card__start">
          ${tags.length ? html`<ul class="fr-tags-group">${tags.map((tag) => html`<li><p class="fr-tag fr-tag--sm">${tag}</p></li>`)}</ul>` : ''}
        </div>
        <div class="fr-card__end">
          ${offer.locations.length ? html`<p class="fr-card__detail fr-icon-map-pin-2-line">${offer.locations.join(' · ')}</p>` : ''}
          ${offer.closes_on ? html`<p class="fr-card__detail fr-icon-calendar-line">${t.offers.closesOn(t.date(offer.closes_on))}</p>` : ''}
          ${!offer.closes_on && offer.start_date ? html`<p class="fr-card__detail fr-icon-calendar-line">${t.offers.start(t.date(offer.start_date))}</p>` : ''}
          ${isOpenUndated(offer) ? html`<p class="fr-card__detail fr-icon-calendar-line">${t.offers.undated}</p>` : ''}
          ${otherLanguage ? html`<p class="fr-card__detail fr-icon-translate-2">${t.offers.inOtherLanguage}</p>` : ''}
        </div>
      </div>
    </div>
  </div>
</li>`;
}

/** The "open offers" section's content. */
export function renderOffers(groups: OfferGroup[], t: PageStrings): Html {
  const total = groups.reduce((n, g) => n + g.offers.length, 0);
  const undated = groups.reduce((n, g) => n + g.offers.filter((shown) => isOpenUndated(shown.offer)).length, 0);
  if (total === 0) return html`<p>${t.offers.none}</p>`;
  return html`<p class="fr-text--sm fr-mb-4w">${t.offers.count(total, undated)}</p>
${groups.map(
  (group) => html`<h3 class="fr-h5 fr-mt-4w">${group.name}</h3>
<ul class="fr-grid-row fr-grid-row--gutters tremplin-offers" role="list">
${group.offers.map((shown) => card(shown, t))}
</ul>`,
)}`;
}
