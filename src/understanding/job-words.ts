/**
 * Words of job titles that mean the same in French and English ("analyste de données" and "data
 * analyst", "responsable des opérations" and "operations manager"): both sides of an offer-title
 * match read them as one shared key, so a candidate finds a French-titled offer in English and the
 * reverse. Keys are not stemmed (they are the same in both languages); other words are.
 *
 * Trade-off: a key groups words that are close, not identical ("chef" and "manager"); a title
 * match still needs most of the title's weight (see Catalogue.findOffers).
 */
const GROUPS: Record<string, string[]> = {
  '~data': ['data', 'donnee', 'donnees'],
  '~analyst': ['analyste', 'analystes', 'analyst', 'analysts'],
  '~developer': ['developpeur', 'developpeuse', 'developpeurs', 'developpeuses', 'developer', 'developers', 'dev', 'devs'],
  '~engineer': ['ingenieur', 'ingenieure', 'ingenieurs', 'ingenieures', 'engineer', 'engineers'],
  '~manager': ['responsable', 'responsables', 'manager', 'managers', 'chef', 'cheffe', 'chefs', 'head'],
  '~operations': ['operations', 'operation', 'ops'],
  '~security': ['securite', 'security', 'cybersecurite', 'cybersecurity'],
  '~network': ['reseau', 'reseaux', 'network', 'networks', 'networking'],
  '~project': ['projet', 'projets', 'project', 'projects'],
  '~designer': ['designer', 'designers', 'concepteur', 'conceptrice'],
  '~research': ['recherche', 'research', 'chercheur', 'chercheuse', 'researcher'],
  '~user': ['utilisateur', 'utilisatrice', 'utilisateurs', 'user', 'users', 'usager', 'usagers'],
  '~legal': ['juriste', 'juristes', 'juridique', 'lawyer', 'legal'],
  '~finance': ['financier', 'financiere', 'finances', 'finance', 'financial'],
  '~procurement': ['achat', 'achats', 'procurement', 'purchasing', 'buyer'],
  '~deputy': ['adjoint', 'adjointe', 'deputy'],
  '~coordinator': ['coordonnateur', 'coordonnatrice', 'coordinateur', 'coordinatrice', 'coordinator'],
  '~scientist': ['scientist', 'scientists', 'scientifique'],
  '~product': ['produit', 'produits', 'product', 'products'],
  '~digital': ['numerique', 'digital'],
  '~identity': ['identite', 'identity'],
};

const KEY_OF = new Map(Object.entries(GROUPS).flatMap(([key, words]) => words.map((w) => [w, key] as const)));

/** The shared key of a normalised title word, or `undefined` when it has none (then stem it). */
export function jobWordKey(token: string): string | undefined {
  return KEY_OF.get(token);
}
