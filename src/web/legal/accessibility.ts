/**
 * "Déclaration d'accessibilité" / "Accessibility statement", in the form the RGAA asks for.
 * Its results are those of the project's own tests (tests/web/browser.test.ts): axe-core on
 * every page in Chromium at 1366×900 and 390×844, and the keyboard paths listed below. No
 * complete RGAA audit has been made, so the site is declared "non conforme", as the RGAA
 * requires in that case.
 */
import type { Lang } from '../../knowledge/schemas.js';
import { html, type Html } from '../html.js';
import { pageStrings } from '../strings.js';
import type { SiteFacts } from './facts.js';
import { LEGAL_PATHS } from './paths.js';

/** When the tests this statement reports were last run and checked by hand. */
export const ACCESSIBILITY_TESTED_ON = '2026-12-07';

const DEFENSEUR_FORM = 'https://formulaire.defenseurdesdroits.fr/';
const DEFENSEUR_DELEGATES = 'https://www.defenseurdesdroits.fr/carte-des-delegues';

function french(f: SiteFacts, testedOn: string): Html {
  const contact = f.privacyContact ?? 'l’adresse de contact de l’exploitant (non renseignée)';
  return html`<h1>Déclaration d’accessibilité</h1>
<p>${f.publisher ?? 'L’administration qui publie ce site'} s’engage à rendre ses sites internet accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.</p>
<p>Cette déclaration d’accessibilité s’applique à Tremplin (${f.publicUrl}).</p>
<h2>État de conformité</h2>
<p>Tremplin est <strong>non conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1 : aucun audit de conformité complet n’a encore été réalisé.</p>
<h2>Résultats des tests</h2>
<p>Les tests suivants sont lancés à chaque modification du code, dans le navigateur Chromium, en écran large (1366 × 900) et en écran de téléphone (390 × 844) :</p>
<ul>
  <li>analyse automatique par axe-core (règles WCAG 2.1 niveaux A et AA) de l’accueil en français et en anglais, de la page du chat seule et dans la fenêtre intégrée à un autre site, des pages Mentions légales, Données personnelles, Déclaration d’accessibilité et de la page d’erreur : <strong>aucune violation détectée</strong> ;</li>
  <li>parcours au clavier : liens d’évitement ; zone de saisie du chat ; actions suggérées ; avis « utile / pas utile » sur une réponse ; liens des offres ; ouverture du chat intégré avec Entrée, fermeture avec Échap et retour du focus sur le bouton ; pied de page.</li>
</ul>
<p>Une analyse automatique ne détecte qu’une partie des défauts : ces résultats ne remplacent pas un audit.</p>
<h2>Contenus non accessibles</h2>
<ul>
  <li>Le chat n’a pas été testé avec des lecteurs d’écran (NVDA, JAWS, VoiceOver).</li>
  <li>Les annonces complètes des employeurs, vers lesquelles renvoient les offres, sont sur d’autres sites, dont l’accessibilité ne dépend pas de ce service.</li>
</ul>
<h2>Établissement de cette déclaration</h2>
<p>Cette déclaration a été établie le ${pageStrings('fr').date(testedOn)}.</p>
<p>Technologies utilisées : HTML5, CSS, JavaScript, WAI-ARIA ; système de design de l’État (DSFR) ; Bot Framework Web Chat.</p>
<p>Outils : axe-core, Chromium piloté par Playwright.</p>
<h2>Retour d’information et contact</h2>
<p>Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez à ${contact} pour être orienté vers une autre solution ou obtenir le contenu sous une autre forme.</p>
<h2>Voies de recours</h2>
<p>Si vous nous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :</p>
<ul>
  <li>écrire un message au <a href="${DEFENSEUR_FORM}">Défenseur des droits</a> ;</li>
  <li>contacter <a href="${DEFENSEUR_DELEGATES}">le délégué du Défenseur des droits dans votre région</a> ;</li>
  <li>envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>
</ul>
<p><a class="fr-link" href="${LEGAL_PATHS.legalNotice.fr}">Mentions légales</a></p>`;
}

function english(f: SiteFacts, testedOn: string): Html {
  const contact = f.privacyContact ?? 'the operator’s contact address (not given)';
  return html`<h1>Accessibility statement</h1>
<p>${f.publisher ?? 'The administration that publishes this site'} is committed to making its websites accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005.</p>
<p>This accessibility statement applies to Tremplin (${f.publicUrl}).</p>
<h2>Compliance status</h2>
<p>Tremplin is <strong>not compliant</strong> with the French accessibility framework (RGAA), version 4.1: no complete compliance audit has been made yet.</p>
<h2>Test results</h2>
<p>The following tests run on every change of the code, in the Chromium browser, on a wide screen (1366 × 900) and a phone screen (390 × 844):</p>
<ul>
  <li>automatic analysis by axe-core (WCAG 2.1 level A and AA rules) of the home page in French and English, of the chat page alone and in the window embedded in another site, of the Legal notice, Personal data and Accessibility statement pages, and of the error page: <strong>no violation found</strong>;</li>
  <li>keyboard paths: skip links; the chat’s input; suggested actions; “helpful / not helpful” on an answer; offer links; opening the embedded chat with Enter, closing it with Escape and focus back on its button; footer.</li>
</ul>
<p>An automatic analysis finds only part of the defects: these results do not replace an audit.</p>
<h2>Content that is not accessible</h2>
<ul>
  <li>The chat has not been tested with screen readers (NVDA, JAWS, VoiceOver).</li>
  <li>The employers’ full announcements, which the offers link to, are on other sites whose accessibility this service does not control.</li>
</ul>
<h2>Preparation of this statement</h2>
<p>This statement was prepared on ${pageStrings('en').date(testedOn)}.</p>
<p>Technologies used: HTML5, CSS, JavaScript, WAI-ARIA; the French State’s design system (DSFR); Bot Framework Web Chat.</p>
<p>Tools: axe-core, Chromium driven by Playwright.</p>
<h2>Feedback and contact</h2>
<p>If you cannot access a content or a service, write to ${contact} to be directed to another solution or to get the content in another form.</p>
<h2>Remedies</h2>
<p>If you reported an accessibility defect that prevents you from accessing a content or a service and did not get a satisfactory answer, you may:</p>
<ul>
  <li>write to the <a href="${DEFENSEUR_FORM}">Défenseur des droits</a> (the French rights ombudsman);</li>
  <li>contact <a href="${DEFENSEUR_DELEGATES}">the Défenseur des droits’ delegate in your region</a>;</li>
  <li>send a letter by post (free, no stamp needed): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France.</li>
</ul>
<p><a class="fr-link" href="${LEGAL_PATHS.legalNotice.en}">Legal notice</a></p>`;
}

/** The page's content, in `lang`. */
export function accessibilityContent(facts: SiteFacts, lang: Lang): Html {
  return lang === 'fr' ? french(facts, ACCESSIBILITY_TESTED_ON) : english(facts, ACCESSIBILITY_TESTED_ON);
}
