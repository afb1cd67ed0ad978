// The tab's words in French and English, and the helpers that format offer facts for people.
// French is the default; English when the Teams (or browser) locale says so.

/** @typedef {'fr' | 'en'} Lang */

const STRINGS = {
  fr: {
    pageTitle: 'Offres — Tremplin',
    outsideTeams: 'Ouvert hors de Teams',
    outsideTeamsDetail: "Cette page est l'onglet Offres de l'application Tremplin pour Microsoft Teams ; elle fonctionne aussi dans un navigateur.",
    title: 'Offres',
    searchLabel: 'Rechercher une offre',
    searchHint: 'Intitulé, organisation, lieu… La liste se met à jour pendant la saisie.',
    filtersLegend: 'Filtres',
    organisation: 'Organisation',
    anyOrganisation: 'Toutes',
    location: 'Lieu',
    anyLocation: 'Tous',
    remote: 'Télétravail',
    anyRemote: 'Indifférent',
    remoteYes: 'Possible',
    remoteNo: 'Sur site uniquement',
    category: 'Catégorie',
    anyCategory: 'Toutes',
    contract: 'Contrat',
    anyContract: 'Tous',
    includeClosed: 'Inclure les offres clôturées',
    reset: 'Réinitialiser les filtres',
    errorTitle: "Les offres n'ont pas pu être chargées",
    errorDetail: 'Vérifiez votre connexion puis réessayez.',
    retry: 'Réessayer',
    emptyTitle: 'Aucune offre ne correspond à votre recherche',
    emptyDetail: "Essayez d'autres mots, retirez un filtre ou incluez les offres clôturées.",
    more: "Afficher plus d'offres",
    loading: 'Chargement des offres…',
    count: { zero: 'Aucune offre', one: '{n} offre', other: '{n} offres' },
    shown: '{shown} affichées sur {total}',
    categoryValue: 'Catégorie {value}',
    categoryUnknown: 'Catégorie non précisée',
    contractUnknown: 'Contrat non précisé',
    remoteUnknown: 'Télétravail non précisé',
    remotePolicy: {
      none: 'Sur site',
      possible: 'Télétravail possible',
      occasional: 'Télétravail ponctuel',
      partial: 'Télétravail partiel',
      full: 'Télétravail complet',
    },
    daysPerWeek: '{n} j/semaine',
    closesOn: 'Date limite de candidature : {date}',
    noDeadline: 'Pas de date limite indiquée',
    closed: 'Clôturée',
    places: 'Lieux : ',
    placeUnknown: 'Lieu non précisé',
    noLink: "Pas de lien vers l'annonce",
    opensInNewWindow: 'nouvelle fenêtre',
    contracts: {},
  },
  en: {
    pageTitle: 'Offers — Tremplin',
    outsideTeams: 'Opened outside Teams',
    outsideTeamsDetail: "This page is the Offers tab of the Tremplin app for Microsoft Teams; it works in a browser too.",
    title: 'Offers',
    searchLabel: 'Search offers',
    searchHint: 'Title, organisation, place… The list updates as you type.',
    filtersLegend: 'Filters',
    organisation: 'Organisation',
    anyOrganisation: 'All',
    location: 'Place',
    anyLocation: 'All',
    remote: 'Remote work',
    anyRemote: 'Any',
    remoteYes: 'Possible',
    remoteNo: 'On site only',
    category: 'Category',
    anyCategory: 'All',
    contract: 'Contract',
    anyContract: 'All',
    includeClosed: 'Include closed offers',
    reset: 'Reset filters',
    errorTitle: 'The offers could not be loaded',
    errorDetail: 'Check your connection and try again.',
    retry: 'Try again',
    emptyTitle: 'No offer matches your search',
    emptyDetail: 'Try other words, remove a filter or include closed offers.',
    more: 'Show more offers',
    loading: 'Loading offers…',
    count: { zero: 'No offers', one: '{n} offer', other: '{n} offers' },
    shown: '{shown} shown out of {total}',
    categoryValue: 'Category {value}',
    categoryUnknown: 'Category not stated',
    contractUnknown: 'Contract not stated',
    remoteUnknown: 'Remote work not stated',
    remotePolicy: {
      none: 'On site',
      possible: 'Remote work possible',
      occasional: 'Occasional remote work',
      partial: 'Partial remote work',
      full: 'Fully remote',
    },
    daysPerWeek: '{n} days/week',
    closesOn: 'Application deadline: {date}',
    noDeadline: 'No deadline stated',
    closed: 'Closed',
    places: 'Places: ',
    placeUnknown: 'Place not stated',
    noLink: 'No link to the announcement',
    opensInNewWindow: 'new window',
    contracts: {
      CDD: 'Fixed-term (CDD)',
      CDI: 'Permanent (CDI)',
      contractuel: 'Contract agent',
      fonctionnaire: 'Civil servant',
      détachement: 'Secondment',
      vacataire: 'Temporary (vacataire)',
      stage: 'Internship',
      alternance: 'Work-study',
      indépendant: 'Freelance',
      'service civique': 'Civic service',
    },
  },
};

/**
 * The language to show for a locale such as `fr-FR`, `en-us` or `de`: English for English
 * locales, French otherwise (the product's default).
 * @param {string | undefined | null} locale
 * @returns {Lang}
 */
export function languageOf(locale) {
  return /^en\b/i.test(locale ?? '') ? 'en' : 'fr';
}

/**
 * The strings and formatters for one language.
 * @param {Lang} lang
 */
export function messages(lang) {
  const s = STRINGS[lang];
  const fill = (/** @type {string} */ text, /** @type {Record<string, string | number>} */ values) =>
    text.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ''));
  const plural = new Intl.PluralRules(lang);
  const dates = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  return {
    lang,
    /** @param {keyof typeof STRINGS.fr} key */
    text: (key) => /** @type {string} */ (s[key]),
    /** "3 offres" */
    count: (/** @type {number} */ n) => fill(n === 0 ? s.count.zero : s.count[plural.select(n) === 'one' ? 'one' : 'other'], { n }),
    shown: (/** @type {number} */ shown, /** @type {number} */ total) => fill(s.shown, { shown, total }),
    category: (/** @type {string | null} */ c) => (c ? fill(s.categoryValue, { value: c }) : s.categoryUnknown),
    contract: (/** @type {string} */ c) => /** @type {Record<string, string>} */ (s.contracts)[c] ?? c.charAt(0).toUpperCase() + c.slice(1),
    contractUnknown: s.contractUnknown,
    /** @param {{ policy: keyof typeof STRINGS.fr.remotePolicy, days_per_week?: number } | null} r */
    remote: (r) => {
      if (!r) return s.remoteUnknown;
      const label = s.remotePolicy[r.policy] ?? r.policy;
      return r.days_per_week !== undefined && r.policy !== 'none' ? `${label} (${fill(s.daysPerWeek, { n: r.days_per_week })})` : label;
    },
    /** @param {string | null} date YYYY-MM-DD */
    closesOn: (date) => (date ? fill(s.closesOn, { date: dates.format(new Date(`${date}T00:00:00Z`)) }) : s.noDeadline),
  };
}

/** @typedef {ReturnType<typeof messages>} Messages */

/**
 * Writes the page's fixed words in the language: every element with `data-i18n`.
 * @param {Document} doc
 * @param {Messages} m
 */
export function translatePage(doc, m) {
  doc.documentElement.lang = m.lang;
  doc.title = m.text('pageTitle');
  for (const el of doc.querySelectorAll('[data-i18n]')) {
    const key = /** @type {keyof typeof STRINGS.fr} */ (el.getAttribute('data-i18n'));
    el.textContent = m.text(key);
  }
}
