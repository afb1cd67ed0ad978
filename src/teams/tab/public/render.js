// Turns API answers into DOM: the offer cards and the filter menus. Built with DOM calls,
// never from HTML strings, so nothing an offer says can run as code.

/** @typedef {import('./i18n.js').Messages} Messages */

/**
 * @param {Document} doc
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 */
function el(doc, tag, className, text) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * One offer as a DSFR card: title (a link to the announcement when there is one),
 * organisation, places, and badges for category, contract, remote work and status.
 * @param {Document} doc
 * @param {any} offer an item of `GET /api/offers`
 * @param {Messages} m
 */
export function offerCard(doc, offer, m) {
  const item = el(doc, 'li', 'tremplin-result');
  item.dataset.offerId = offer.id;
  const card = el(doc, 'div', `fr-card fr-card--sm fr-card--horizontal tremplin-card${offer.url ? ' fr-enlarge-link' : ' fr-card--no-arrow'}`);
  const body = el(doc, 'div', 'fr-card__body');
  const content = el(doc, 'div', 'fr-card__content');

  const title = el(doc, 'h2', 'fr-card__title');
  if (offer.url) {
    const link = /** @type {HTMLAnchorElement} */ (el(doc, 'a', undefined, offer.title));
    link.href = offer.url;
    link.target = '_blank';
    link.rel = 'noopener';
    link.title = `${offer.title} — ${m.text('opensInNewWindow')}`;
    title.append(link);
  } else {
    title.textContent = offer.title;
  }

  const start = el(doc, 'div', 'fr-card__start');
  const badges = el(doc, 'ul', 'fr-badges-group');
  const badge = (/** @type {string} */ text, /** @type {string} */ kind) => {
    const li = el(doc, 'li');
    li.append(el(doc, 'p', `fr-badge fr-badge--sm ${kind}`, text));
    badges.append(li);
  };
  if (!offer.open) badge(m.text('closed'), 'fr-badge--error');
  badge(m.category(offer.category), 'fr-badge--blue-ecume');
  if (offer.contract?.length) for (const c of offer.contract) badge(m.contract(c), 'fr-badge--purple-glycine');
  else badge(m.contractUnknown, '');
  badge(m.remote(offer.remote), offer.remote && offer.remote.policy !== 'none' ? 'fr-badge--green-emeraude' : '');
  start.append(badges);
  start.append(el(doc, 'p', 'fr-card__detail tremplin-organisation', offer.organisation.name));

  const desc = el(doc, 'p', 'fr-card__desc tremplin-places fr-icon-map-pin-2-line');
  desc.append(el(doc, 'span', 'fr-sr-only', m.text('places')), offer.locations.length ? offer.locations.join(' · ') : m.text('placeUnknown'));

  const end = el(doc, 'div', 'fr-card__end');
  end.append(el(doc, 'p', 'fr-card__detail', m.closesOn(offer.closes_on)));
  if (!offer.url) end.append(el(doc, 'p', 'fr-card__detail', m.text('noLink')));

  content.append(title, desc, start, end);
  body.append(content);
  card.append(body);
  item.append(card);
  return item;
}

/**
 * Fills a filter menu with facet values ("Paris (4)"), keeping the current choice; a choice
 * no longer among the values stays listed so the filter never changes behind the user's back.
 * @param {HTMLSelectElement} select
 * @param {{ value: string, label: string, count: number }[]} values
 * @param {Messages} m
 * @param {(value: string, label: string) => string} [labelOf]
 */
export function fillSelect(select, values, m, labelOf = (_v, label) => label) {
  const current = select.value;
  const anyKey = /** @type {any} */ (select.dataset.any);
  const options = [new Option(m.text(anyKey), '')];
  for (const v of values) options.push(new Option(`${labelOf(v.value, v.label)} (${v.count})`, v.value));
  if (current && !values.some((v) => v.value === current)) options.push(new Option(labelOf(current, current), current));
  select.replaceChildren(...options);
  select.value = current;
}
