/**
 * A small, made-up knowledge base for the Teams tests: three organisations and a handful of
 * offers covering what the filters must tell apart (places, remote policies, categories,
 * contracts, deadlines, a closed offer, an offer translated into English, unknown facts).
 */
import type { Offer, Organisation } from '../../src/knowledge/schemas.js';

type OfferFields = Partial<Offer> & Pick<Offer, 'id' | 'title' | 'organisation' | 'locations'>;

/** An offer as the loader would hand it over, with defaults for what a test does not care about. */
export function offer(fields: OfferFields): Offer {
  return {
    kind: 'offer',
    lang: 'fr',
    path: `offers/${fields.id}.md`,
    body: `${fields.title}.`,
    tags: [],
    status: 'open',
    category: null,
    contract: null,
    positions: 1,
    open: fields.status !== 'closed',
    ...fields,
  };
}

export function organisation(fields: Partial<Organisation> & Pick<Organisation, 'id' | 'name'>): Organisation {
  return {
    kind: 'organisation',
    lang: 'fr',
    path: `organisations/${fields.id}.md`,
    body: '',
    tags: [],
    aliases: [],
    sites: [],
    labels: [],
    recruitment_steps: [],
    apply: [],
    ...fields,
  };
}

export const ORGANISATIONS: Organisation[] = [
  organisation({ id: 'dinum', name: 'DINUM', aliases: ['Direction interministérielle du numérique'] }),
  organisation({ id: 'peren', name: 'PEReN', aliases: ["Pôle d'expertise de la régulation numérique"] }),
  organisation({ id: 'beta-gouv', name: 'beta.gouv.fr', aliases: ['beta gouv'] }),
];

const DATA_SCIENTIST = offer({
  id: 'dinum-data-scientist',
  title: 'Data scientist',
  organisation: 'dinum',
  locations: ['Paris'],
  category: 'A',
  contract: ['contractuel', 'fonctionnaire'],
  remote: { policy: 'partial', days_per_week: 2 },
  closes_on: '2099-03-31',
  url: 'https://example.gouv.fr/offres/dinum-data-scientist',
  tags: ['données'],
});

export const OFFERS: Offer[] = [
  DATA_SCIENTIST,
  {
    ...DATA_SCIENTIST,
    id: 'dinum-data-scientist-en',
    path: 'offers/dinum-data-scientist-en.md',
    lang: 'en',
    translation_of: 'dinum-data-scientist',
    title: 'Data scientist (English)',
    url: 'https://example.gouv.fr/en/offers/dinum-data-scientist',
    tags: [],
  },
  offer({
    id: 'dinum-chef-de-projet',
    title: 'Chef·fe de projet accessibilité',
    organisation: 'dinum',
    locations: ['Paris 7e'],
    category: 'A+',
    contract: ['détachement'],
    remote: { policy: 'none' },
    closes_on: '2099-01-15',
  }),
  offer({
    id: 'peren-ingenieur-ml',
    title: 'Ingénieur·e machine learning',
    organisation: 'peren',
    locations: ['Paris', 'Marseille'],
    category: 'A',
    contract: ['CDD'],
    remote: { policy: 'possible' },
    url: 'https://example.gouv.fr/offres/peren-ingenieur-ml',
  }),
  offer({
    id: 'beta-developpeur',
    title: 'Développeur·se full stack',
    organisation: 'beta-gouv',
    locations: ['Lyon'],
    category: null,
    contract: ['indépendant'],
    remote: { policy: 'occasional' },
    closes_on: '2099-06-30',
    url: 'https://example.gouv.fr/offres/beta-developpeur',
  }),
  offer({
    id: 'beta-designer',
    title: 'Designer de services',
    organisation: 'beta-gouv',
    locations: ['Lyon'],
    category: 'B',
    contract: null,
  }),
  offer({
    id: 'peren-stage-juriste',
    title: 'Stage juriste numérique',
    organisation: 'peren',
    locations: ['Paris'],
    category: null,
    contract: ['stage'],
    remote: { policy: 'possible' },
    status: 'closed',
    closes_on: '2020-01-31',
  }),
];
