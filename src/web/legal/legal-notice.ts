/**
 * "Mentions légales" / "Legal notice": who publishes and hosts the site (from the
 * configuration: LEGAL_PUBLISHER, LEGAL_DIRECTOR, LEGAL_HOST), where its content comes from,
 * its licence. Also the Teams app's terms of use (manifest `termsOfUseUrl`).
 */
import type { Lang } from '../../knowledge/schemas.js';
import { html, type Html } from '../html.js';
import type { SiteFacts } from './facts.js';
import { LEGAL_PATHS } from './paths.js';

const LICENCE = 'https://github.com/etalab/licence-ouverte/blob/master/LO.md';

function french(f: SiteFacts): Html {
  const notGiven = html`<em>non renseigné par l’exploitant de ce site</em>`;
  return html`<h1>Mentions légales</h1>
<h2>Éditeur</h2>
<p>Ce site (${f.publicUrl}) est publié par : ${f.publisher ?? notGiven}.</p>
<h2>Directeur ou directrice de la publication</h2>
<p>${f.director ?? notGiven}</p>
<h2>Hébergement</h2>
<p>${f.host ?? notGiven}</p>
<h2>Ce que dit Tremplin</h2>
<p>Tremplin répond à partir des offres et des informations que les équipes de recrutement des employeurs publics ont publiées ; chaque réponse cite sa source, avec un lien vers l’annonce ou la page d’origine. Tremplin n’invente aucune information : quand une fiche ne dit pas une chose (un salaire, une date), il le dit et indique où la demander. Seule l’annonce de l’employeur fait foi ; en cas de différence, c’est elle qui compte.</p>
<h2>Conditions d’utilisation</h2>
<p>Le service est gratuit et ouvert à tous. N’y écrivez pas de données sensibles (santé, situation familiale, numéro de sécurité sociale…). Les candidatures se déposent auprès de chaque employeur, par le lien donné dans son offre : Tremplin ne reçoit ni CV ni lettre. Ce que Tremplin conserve et pour combien de temps est décrit sur la page <a href="${LEGAL_PATHS.personalData.fr}">Données personnelles</a>.</p>
<h2>Licence et réutilisation</h2>
<p>Sauf mention contraire, les contenus de ce site sont proposés sous <a href="${LICENCE}">licence etalab-2.0</a> : vous pouvez les réutiliser en citant leur source. Les marques et logos de l’État (bloc-marque « République française ») ne peuvent pas être réutilisés.</p>
<h2>Accessibilité</h2>
<p>Voir la <a href="${LEGAL_PATHS.accessibility.fr}">déclaration d’accessibilité</a>.</p>`;
}

function english(f: SiteFacts): Html {
  const notGiven = html`<em>not given by the operator of this site</em>`;
  return html`<h1>Legal notice</h1>
<h2>Publisher</h2>
<p>This site (${f.publicUrl}) is published by: ${f.publisher ?? notGiven}.</p>
<h2>Director of publication</h2>
<p>${f.director ?? notGiven}</p>
<h2>Hosting</h2>
<p>${f.host ?? notGiven}</p>
<h2>What Tremplin says</h2>
<p>Tremplin answers from the offers and information that the recruitment teams of public employers have published; every answer cites its source, with a link to the announcement or the original page. Tremplin invents nothing: when a file does not say something (a salary, a date), it says so and tells you where to ask. Only the employer’s announcement is authoritative; where they differ, it prevails.</p>
<h2>Terms of use</h2>
<p>The service is free and open to all. Please do not write sensitive data in it (health, family situation, social security number…). Applications are made to each employer, through the link given in its offer: Tremplin receives no CV and no letter. What Tremplin keeps, and for how long, is described on the <a href="${LEGAL_PATHS.personalData.en}">Personal data</a> page.</p>
<h2>Licence and reuse</h2>
<p>Unless stated otherwise, the content of this site is available under the <a href="${LICENCE}">etalab-2.0 licence</a>: you may reuse it, citing its source. The State’s marks and logos (the “République française” block) may not be reused.</p>
<h2>Accessibility</h2>
<p>See the <a href="${LEGAL_PATHS.accessibility.en}">accessibility statement</a>.</p>`;
}

/** The page's content, in `lang`. */
export function legalNoticeContent(facts: SiteFacts, lang: Lang): Html {
  return lang === 'fr' ? french(facts) : english(facts);
}
