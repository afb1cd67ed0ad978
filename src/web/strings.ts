/**
 * Every word of the website's pages, in French (the default) and English. The chat's own
 * strings (Web Chat's interface) live with the page script, public/chat.js.
 */
import type { Lang, RemotePolicy } from '../knowledge/schemas.js';

/** The words of one language. */
export interface PageStrings {
  lang: Lang;
  /** Web Chat's locale and the bot's: `fr-FR` or `en-US`. */
  locale: string;
  title: string;
  chatTitle: string;
  /** "République française" as the Marianne block writes it, in two lines (never translated). */
  republic: [string, string];
  service: string;
  tagline: string;
  homeTitle: string;
  skipLinks: { label: string; content: string; chat: string; offers: string; footer: string };
  language: { button: string; short: string; menuLabel: string };
  /** The header's menu button on small screens (it holds the language switch). */
  menu: { open: string; close: string };
  heading: string;
  intro: string;
  chat: {
    heading: string;
    intro: string;
    region: string;
    noScript: string;
    loading: string;
    restart: string;
    privacy: string;
  };
  offers: {
    heading: string;
    /** How many offers are listed; `undated` of them are open offers HR gave no date (see knowledge/open-status.ts). */
    count: (n: number, undated: number) => string;
    /** On the card of an offer HR gave no date: it may no longer be open. */
    undated: string;
    none: string;
    remote: (policy: RemotePolicy, daysPerWeek?: number) => string;
    category: (category: string) => string;
    closesOn: (date: string) => string;
    start: (date: string) => string;
    inOtherLanguage: string;
    positions: (n: number) => string;
  };
  footer: {
    description: string;
    /** The mandatory links of the footer's bottom line (the DSFR footer pattern). */
    accessibility: string;
    legalNotice: string;
    personalData: string;
    licence: string;
    licenceLink: string;
    newWindow: string;
    homeTitle: string;
  };
  /** The accessibility statement's title. */
  accessibilityStatement: string;
  /** The error pages: what happened, and the ways on. */
  errors: {
    404: { title: string; lead: string; help: string };
    500: { title: string; lead: string; help: string };
    code: (status: number) => string;
    home: string;
    ask: string;
  };
  /** Formats `YYYY-MM-DD` as words ("31 décembre 2026"); other text is returned as is. */
  date: (value: string) => string;
}

const formatDate = (locale: string) => {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? format.format(new Date(`${value}T00:00:00Z`)) : value);
};

const fr: PageStrings = {
  lang: 'fr',
  locale: 'fr-FR',
  title: 'Tremplin — Rejoindre le numérique public',
  chatTitle: 'Tremplin — Assistant de recrutement',
  republic: ['République', 'Française'],
  service: 'Tremplin',
  tagline: 'L’assistant de recrutement du numérique public',
  homeTitle: 'Accueil — Tremplin',
  skipLinks: { label: 'Accès rapide', content: 'Contenu', chat: 'Assistant', offers: 'Offres ouvertes', footer: 'Pied de page' },
  language: { button: 'FR', short: 'FR - Français', menuLabel: 'Choisir une langue' },
  menu: { open: 'Menu', close: 'Fermer' },
  heading: 'Rejoignez les équipes du numérique de l’État',
  intro:
    'DINUM, PEReN, beta.gouv.fr, équipes numériques des ministères : découvrez les postes ouverts et posez vos questions à Tremplin — télétravail, contrats, salaires, étapes du recrutement ou suivi de votre candidature.',
  chat: {
    heading: 'Posez vos questions à Tremplin',
    intro: 'Tremplin répond à partir des offres et des informations publiées par les équipes de recrutement.',
    region: 'Conversation avec Tremplin, l’assistant de recrutement',
    noScript: 'La conversation avec Tremplin a besoin de JavaScript. Les offres ouvertes restent consultables ci-dessous.',
    loading: 'Connexion à Tremplin…',
    restart: 'Nouvelle conversation',
    privacy: 'N’indiquez pas de données personnelles sensibles (santé, situation familiale…) dans la conversation.',
  },
  offers: {
    heading: 'Offres ouvertes',
    count: (n, undated) =>
      undated === 0
        ? n === 1 ? '1 offre ouverte' : `${n} offres ouvertes`
        : undated === n
          ? n === 1 ? '1 offre annoncée (non datée)' : `${n} offres annoncées (non datées)`
          : `${n} offres (${n - undated === 1 ? 'une ouverte' : `${n - undated} ouvertes`}, ${undated === 1 ? 'une annoncée' : `${undated} annoncées`} sans date)`,
    undated: 'Annoncée sans date : vérifiez sur l’annonce qu’elle est toujours ouverte',
    none: 'Aucune offre n’est ouverte en ce moment. Tremplin peut tout de même répondre à vos questions sur nos métiers et nos recrutements.',
    remote: (policy, days) =>
      ({
        none: 'Sur site',
        possible: 'Télétravail possible',
        occasional: 'Télétravail ponctuel',
        partial: days ? `Télétravail ${days} j/semaine` : 'Télétravail partiel',
        full: 'Télétravail complet',
      })[policy],
    category: (c) => `Catégorie ${c}`,
    closesOn: (d) => `Candidatures jusqu’au ${d}`,
    start: (d) => `Prise de poste : ${d}`,
    inOtherLanguage: 'Offre rédigée en anglais',
    positions: (n) => `${n} postes`,
  },
  footer: {
    description:
      'Tremplin est l’assistant de recrutement des services numériques de l’État. Il répond à partir des offres et des informations publiées par les équipes de recrutement.',
    accessibility: 'Accessibilité : non conforme',
    legalNotice: 'Mentions légales',
    personalData: 'Données personnelles',
    licence: 'Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous',
    licenceLink: 'licence etalab-2.0',
    newWindow: 'nouvelle fenêtre',
    homeTitle: 'Retour à l’accueil — Tremplin',
  },
  accessibilityStatement: 'Déclaration d’accessibilité',
  errors: {
    404: {
      title: 'Page non trouvée',
      lead: 'La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.',
      help: 'Si vous avez tapé l’adresse dans le navigateur, vérifiez qu’elle est correcte : la page n’est peut-être plus disponible. Vous pouvez revenir à l’accueil, ou poser votre question à Tremplin.',
    },
    500: {
      title: 'Erreur inattendue',
      lead: 'Désolé, le service rencontre un problème. Nous travaillons à le résoudre.',
      help: 'Essayez de rafraîchir la page, ou réessayez un peu plus tard.',
    },
    code: (status) => `Erreur ${status}`,
    home: 'Page d’accueil',
    ask: 'Poser une question à Tremplin',
  },
  date: formatDate('fr-FR'),
};

const en: PageStrings = {
  lang: 'en',
  locale: 'en-US',
  title: 'Tremplin — Join France’s public digital services',
  chatTitle: 'Tremplin — Recruitment assistant',
  republic: ['République', 'Française'],
  service: 'Tremplin',
  tagline: 'The recruitment assistant of France’s public digital services',
  homeTitle: 'Home — Tremplin',
  skipLinks: { label: 'Skip links', content: 'Content', chat: 'Assistant', offers: 'Open positions', footer: 'Footer' },
  language: { button: 'EN', short: 'EN - English', menuLabel: 'Choose a language' },
  menu: { open: 'Menu', close: 'Close' },
  heading: 'Join the French State’s digital teams',
  intro:
    'DINUM, PEReN, beta.gouv.fr, the ministries’ digital teams: browse the open positions and ask Tremplin your questions — remote work, contracts, salaries, recruitment steps or where your application stands.',
  chat: {
    heading: 'Ask Tremplin',
    intro: 'Tremplin answers from the offers and information published by the recruitment teams.',
    region: 'Conversation with Tremplin, the recruitment assistant',
    noScript: 'The conversation with Tremplin needs JavaScript. You can still browse the open positions below.',
    loading: 'Connecting to Tremplin…',
    restart: 'New conversation',
    privacy: 'Please do not share sensitive personal data (health, family situation…) in the conversation.',
  },
  offers: {
    heading: 'Open positions',
    count: (n, undated) =>
      undated === 0
        ? n === 1 ? '1 open position' : `${n} open positions`
        : undated === n
          ? n === 1 ? '1 position listed (undated)' : `${n} positions listed (undated)`
          : `${n} positions (${n - undated} open, ${undated} listed without a date)`,
    undated: 'Listed without a date: check on the ad that it is still open',
    none: 'No position is open right now. Tremplin can still answer your questions about our jobs and how we recruit.',
    remote: (policy, days) =>
      ({
        none: 'On site',
        possible: 'Remote work possible',
        occasional: 'Occasional remote work',
        partial: days ? `Remote ${days} days a week` : 'Partly remote',
        full: 'Fully remote',
      })[policy],
    category: (c) => `Category ${c}`,
    closesOn: (d) => `Apply by ${d}`,
    start: (d) => `Starts: ${d}`,
    inOtherLanguage: 'Offer written in French',
    positions: (n) => `${n} positions`,
  },
  footer: {
    description:
      'Tremplin is the recruitment assistant of the French State’s digital services. It answers from the offers and information published by the recruitment teams.',
    accessibility: 'Accessibility: not compliant',
    legalNotice: 'Legal notice',
    personalData: 'Personal data',
    licence: 'Unless stated otherwise, the content of this site is available under the',
    licenceLink: 'etalab-2.0 licence',
    newWindow: 'new window',
    homeTitle: 'Back to the home page — Tremplin',
  },
  accessibilityStatement: 'Accessibility statement',
  errors: {
    404: {
      title: 'Page not found',
      lead: 'The page you are looking for cannot be found. We are sorry for the inconvenience.',
      help: 'If you typed the address in your browser, check that it is right: the page may no longer exist. You can go back to the home page, or ask Tremplin your question.',
    },
    500: {
      title: 'Unexpected error',
      lead: 'Sorry, the service has a problem. We are working to solve it.',
      help: 'Try reloading the page, or try again a little later.',
    },
    code: (status) => `Error ${status}`,
    home: 'Home page',
    ask: 'Ask Tremplin a question',
  },
  date: formatDate('en-GB'),
};

/** The page strings of `lang`. */
export function pageStrings(lang: Lang): PageStrings {
  return lang === 'en' ? en : fr;
}
