/**
 * "Données personnelles" / "Personal data": what Tremplin keeps, why, where, for how long, and
 * how to use one's rights — written from what the code does (see facts.ts for the figures):
 * the website's conversation in memory or Redis, forgotten after an idle hour; unanswered
 * questions and ratings masked before they are stored (src/insights/masking.ts); applications
 * with only a keyed hash of the e-mail address (src/applications/keys.ts); no cookie.
 */
import type { Lang } from '../../knowledge/schemas.js';
import { html, type Html } from '../html.js';
import { duration, type RecruitmentContact, type SiteFacts } from './facts.js';
import { LEGAL_PATHS } from './paths.js';

/** One kind of data kept: what, why, where, how long. */
type Row = [what: Html | string, why: Html | string, where: string, howLong: Html | string];

/** The data kept, one item each, with why, where and how long (readable on a phone, unlike a four-column table). */
function kept(labels: [string, string, string], rows: Row[]): Html {
  return html`<ul class="tremplin-legal__kept">
${rows.map(
  ([what, why, where, howLong]) => html`<li class="fr-mb-3w"><p class="fr-mb-1v"><strong>${what}</strong></p>
  <ul>
    <li>${labels[0]} ${why}</li>
    <li>${labels[1]} ${where}</li>
    <li>${labels[2]} ${howLong}</li>
  </ul></li>
`,
)}</ul>`;
}

function contactLink(contact: string): Html {
  const href = /^https?:\/\//.test(contact) ? contact : /@/.test(contact) ? `mailto:${contact}` : undefined;
  return href ? html`<a href="${href}">${contact}</a>` : html`${contact}`;
}

function recruitmentList(contacts: RecruitmentContact[], lang: Lang): Html {
  if (contacts.length === 0) return html`<p>${lang === 'fr' ? 'Les fiches des employeurs ne donnent pas d’adresse de contact.' : 'The employers’ files give no contact address.'}</p>`;
  return html`<ul>${contacts.map((c) => html`<li>${c.name} : ${c.email ? html`<a href="mailto:${c.email}">${c.email}</a>` : ''}${c.email && c.url ? (lang === 'fr' ? ' ou ' : ' or ') : ''}${c.url ? html`<a href="${c.url}">${c.url}</a>` : ''}</li>`)}</ul>`;
}

function french(f: SiteFacts): Html {
  const notGiven = 'non renseigné par l’exploitant de ce site';
  const v = f.verification;
  const c = f.verificationPerClient;
  return html`<h1>Données personnelles</h1>
<p class="fr-text--lead">Tremplin répond aux questions des candidats et des recruteurs. Il garde le moins possible de ce que vous écrivez, et le moins longtemps possible. Voici tout ce qu’il conserve.</p>
<h2>Responsable du traitement</h2>
<p>L’administration qui publie ce site : ${f.publisher ?? notGiven}. Pour toute question sur vos données ou pour exercer vos droits : ${f.privacyContact ? contactLink(f.privacyContact) : notGiven}.</p>
<h2>Ce que Tremplin conserve</h2>
${kept(['Pour quoi faire :', 'Où :', 'Combien de temps :'], [
  ['Les messages de la conversation sur le site (vos questions, ses réponses)', 'Afficher la conversation et vous répondre', 'Mémoire du serveur (ou Redis quand plusieurs serveurs se partagent le travail)', html`Effacés ${duration(f.conversationIdleMs, 'fr')} après le dernier message ; ${f.maxMessages} messages au plus par conversation. Les adresses e-mail, numéros de téléphone et numéros de dossier que vous écrivez y sont masqués : Tremplin les lit pour vous répondre, sans les garder`],
  ['Ce dont la conversation se souvient : sa langue, l’offre et l’employeur dont il est question, votre dernière question, les années d’expérience que vous avez indiquées, les ' + f.rateableAnswers + ' dernières réponses (pour que votre avis porte sur la bonne)', 'Comprendre « et le salaire ? » sans tout redemander', 'Mémoire du serveur (ou Redis)', html`Oublié ${duration(f.stateMs, 'fr')} après sa dernière utilisation`],
  ['Le jeton de la conversation', 'Retrouver la conversation d’une page à l’autre du site', 'Votre navigateur (stockage de session de l’onglet ; pas un cookie)', html`Valable ${duration(f.tokenMs, 'fr')}, renouvelé tant que l’onglet est ouvert ; effacé à la fermeture de l’onglet ou par « Nouvelle conversation »`],
  ['Les questions auxquelles Tremplin n’a pas su répondre, les demandes à parler à une personne, et vos avis « utile / pas utile » avec la question posée', 'Permettre à l’équipe de recrutement d’améliorer les réponses', 'Base de données du service', 'Jusqu’à leur suppression par l’équipe qui exploite le service, qui dispose pour cela d’une commande de purge : Tremplin ne les efface pas de lui-même. Avant d’être enregistrées, les adresses e-mail, numéros de téléphone, numéros de dossier et autres références sont masqués, et les liens réduits à leur site.'],
  ['Votre candidature, si l’équipe de recrutement l’a enregistrée : numéro de dossier, offre, statut et son historique (dates, notes, nom du recruteur qui l’a modifié)', 'Vous permettre de suivre votre candidature dans la conversation', 'Base de données du service', 'Jusqu’à sa suppression par l’équipe de recrutement (commande de purge par ancienneté)'],
  ['Votre adresse e-mail de candidature', 'Vérifier que c’est bien vous qui demandez où en est votre candidature', 'Jamais conservée en clair : seulement une empreinte (HMAC salé, dont la clé est gardée hors de la base), qui confirme une adresse sans permettre de la retrouver', 'Comme la candidature'],
  ['Les vérifications de candidature échouées (une empreinte du numéro de dossier, de votre adresse IP — ou de votre identifiant Teams — et de votre conversation, avec la date)', html`Bloquer un dossier ${duration(v.blockMs, 'fr')} après ${v.maxFailures} échecs en ${duration(v.windowMs, 'fr')}, qui que ce soit qui essaie, et une adresse ${duration(c.blockMs, 'fr')} après ${c.maxFailures} échecs en ${duration(c.windowMs, 'fr')}, pour que personne ne puisse essayer des numéros ou des adresses au hasard`, 'Base de données du service (ou Redis)', html`Ne comptent plus après ${duration(c.windowMs, 'fr')} au plus ; effacées ensuite à la vérification échouée suivante, de qui que ce soit`],
  ['L’adresse IP de votre connexion', 'Limiter les abus (un nombre de requêtes par minute)', 'Compteurs en mémoire, jamais écrits sur disque ni dans les journaux', 'Une minute'],
  ['Dans Microsoft Teams (recruteurs) : votre identifiant Microsoft Entra et votre nom', 'Vérifier que vous êtes recruteur ; signer les changements de statut d’une candidature', 'Historique de la candidature', 'Comme la candidature'],
])}
<p>Les journaux techniques du service décrivent son fonctionnement (démarrage, erreurs, mises à jour des fiches) ; ils ne contiennent ni adresse e-mail ni numéro de dossier en clair. Leur durée de conservation dépend de l’hébergeur.</p>
<h2>Cookies et mesure d’audience</h2>
<p>Tremplin ne dépose aucun cookie et ne mesure pas l’audience. Le seul élément gardé dans votre navigateur est le jeton de la conversation décrit plus haut, nécessaire au fonctionnement du chat. Le chat et le système de design de l’État sont servis par ce serveur : votre navigateur ne contacte aucun autre site pour les afficher.</p>
<h2>N’écrivez pas de données sensibles</h2>
<p>Tremplin n’a besoin d’aucune information sur votre santé, votre situation familiale, vos opinions ou votre numéro de sécurité sociale : ne les écrivez pas dans la conversation.</p>
<h2>Vos droits</h2>
<p>Vous pouvez accéder aux données qui vous concernent, les faire rectifier ou effacer, vous opposer à leur traitement ou en demander la limitation (articles 15 à 21 du règlement général sur la protection des données). Écrivez à : ${f.privacyContact ? contactLink(f.privacyContact) : notGiven}.</p>
<p>Pour une candidature (son statut, votre adresse, sa suppression), écrivez à l’équipe de recrutement de l’employeur :</p>
${recruitmentList(f.recruitmentContacts, 'fr')}
<p>Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la <a href="https://www.cnil.fr/fr/plaintes">Commission nationale de l’informatique et des libertés (CNIL)</a>.</p>
<p><a class="fr-link" href="${LEGAL_PATHS.legalNotice.fr}">Mentions légales</a></p>`;
}

function english(f: SiteFacts): Html {
  const notGiven = 'not given by the operator of this site';
  const v = f.verification;
  const c = f.verificationPerClient;
  return html`<h1>Personal data</h1>
<p class="fr-text--lead">Tremplin answers candidates’ and recruiters’ questions. It keeps as little of what you write as it can, for as short a time as it can. Here is everything it keeps.</p>
<h2>Data controller</h2>
<p>The administration that publishes this site: ${f.publisher ?? notGiven}. For any question about your data, or to use your rights: ${f.privacyContact ? contactLink(f.privacyContact) : notGiven}.</p>
<h2>What Tremplin keeps</h2>
${kept(['What for:', 'Where:', 'How long:'], [
  ['The messages of the conversation on the website (your questions, its answers)', 'Showing the conversation and answering you', 'The server’s memory (or Redis when several servers share the work)', html`Deleted ${duration(f.conversationIdleMs, 'en')} after the last message; at most ${f.maxMessages} messages per conversation. The e-mail addresses, phone and application numbers you write are masked there: Tremplin reads them to answer you, without keeping them`],
  ['What the conversation remembers: its language, the offer and employer it is about, your last question, the years of experience you gave, the last ' + f.rateableAnswers + ' answers (so that your rating reaches the right one)', 'Understanding “and the salary?” without asking everything again', 'The server’s memory (or Redis)', html`Forgotten ${duration(f.stateMs, 'en')} after it was last used`],
  ['The conversation’s token', 'Keeping the conversation from one page of the site to the next', 'Your browser (the tab’s session storage; not a cookie)', html`Valid for ${duration(f.tokenMs, 'en')}, renewed while the tab is open; deleted when the tab is closed or with “New conversation”`],
  ['Questions Tremplin could not answer, requests to talk to a person, and your “helpful / not helpful” ratings with the question asked', 'Letting the recruitment team improve the answers', 'The service’s database', 'Until the team that runs the service deletes them with its purge command: Tremplin does not delete them by itself. Before they are stored, e-mail addresses, phone numbers, application and other reference numbers are masked, and links cut down to their site.'],
  ['Your application, if the recruitment team recorded it: reference number, offer, status and its history (dates, notes, name of the recruiter who changed it)', 'Letting you follow your application in the conversation', 'The service’s database', 'Until the recruitment team deletes it (a purge command by age)'],
  ['The e-mail address you applied with', 'Checking that it is you who asks about your application', 'Never kept in clear: only a fingerprint (a salted HMAC whose key is kept outside the database), which confirms an address without revealing it', 'As long as the application'],
  ['Failed application lookups (a fingerprint of the application number, of your IP address — or your Teams identifier — and of your conversation, with the date)', html`Blocking an application for ${duration(v.blockMs, 'en')} after ${v.maxFailures} failures within ${duration(v.windowMs, 'en')}, whoever tries, and an address for ${duration(c.blockMs, 'en')} after ${c.maxFailures} failures within ${duration(c.windowMs, 'en')}, so that nobody can try numbers or addresses at random`, 'The service’s database (or Redis)', html`No longer counted after ${duration(c.windowMs, 'en')} at most; then deleted at the next failed lookup, whoever makes it`],
  ['Your connection’s IP address', 'Limiting abuse (a number of requests per minute)', 'Counters in memory, never written to disk or to the logs', 'One minute'],
  ['In Microsoft Teams (recruiters): your Microsoft Entra identifier and your name', 'Checking that you are a recruiter; signing the status changes of an application', 'The application’s history', 'As long as the application'],
])}
<p>The service’s technical logs describe how it runs (start, errors, knowledge updates); they hold no e-mail address and no application number in clear. How long they are kept depends on the hosting provider.</p>
<h2>Cookies and audience measurement</h2>
<p>Tremplin sets no cookie and does not measure its audience. The only thing kept in your browser is the conversation’s token described above, which the chat needs to work. The chat and the State’s design system are served by this server: your browser contacts no other site to show them.</p>
<h2>Do not write sensitive data</h2>
<p>Tremplin needs nothing about your health, your family, your opinions or your social security number: please do not write them in the conversation.</p>
<h2>Your rights</h2>
<p>You may access the data about you, have it corrected or deleted, object to its processing or ask for it to be restricted (articles 15 to 21 of the General Data Protection Regulation). Write to: ${f.privacyContact ? contactLink(f.privacyContact) : notGiven}.</p>
<p>About an application (its status, your address, its deletion), write to the employer’s recruitment team:</p>
${recruitmentList(f.recruitmentContacts, 'en')}
<p>If, after contacting us, you consider that your rights are not respected, you may complain to the <a href="https://www.cnil.fr/en/contact-cnil">Commission nationale de l’informatique et des libertés (CNIL)</a>, the French data protection authority.</p>
<p><a class="fr-link" href="${LEGAL_PATHS.legalNotice.en}">Legal notice</a></p>`;
}

/** The page's content, in `lang`. */
export function personalDataContent(facts: SiteFacts, lang: Lang): Html {
  return lang === 'fr' ? french(facts) : english(facts);
}
