/**
 * Offers for the website tests, as the knowledge loader hands them over (`Offer`). Invented for
 * the tests: a translated pair, an offer only in English, a closed one, and one whose title
 * tries to inject markup.
 */
import type { Offer } from '../../src/knowledge/schemas.js';

function offer(fields: Partial<Offer> & Pick<Offer, 'id' | 'title' | 'organisation'>): Offer {
  return {
    kind: 'offer',
    lang: 'fr',
    path: `offers/${fields.id}.md`,
    body: '',
    tags: [],
    status: 'open',
    open: true,
    locations: ['Paris'],
    category: 'A',
    contract: ['CDD'],
    positions: 1,
    ...fields,
  };
}

export const TEST_OFFERS: Offer[] = [
  offer({
    id: 'dinum-data-scientist',
    title: 'Data scientist',
    organisation: 'dinum',
    team: 'Datalab',
    remote: { policy: 'partial', days_per_week: 2 },
    url: 'https://example.org/offres/dinum-data-scientist',
    closes_on: '2031-03-31',
  }),
  offer({
    id: 'dinum-data-scientist-en',
    translation_of: 'dinum-data-scientist',
    lang: 'en',
    title: 'Data scientist (EN)',
    organisation: 'dinum',
    team: 'Datalab',
    remote: { policy: 'partial', days_per_week: 2 },
    url: 'https://example.org/en/jobs/dinum-data-scientist',
    closes_on: '2031-03-31',
  }),
  offer({
    id: 'beta-developpeur',
    title: 'Développeur·se full-stack',
    organisation: 'beta',
    locations: ['Paris', 'Lyon'],
    category: null,
    contract: ['indépendant'],
    remote: { policy: 'occasional' },
    apply: 'https://example.org/candidater',
    positions: 3,
  }),
  offer({
    id: 'peren-research-engineer',
    lang: 'en',
    title: 'Research engineer, algorithm auditing',
    organisation: 'peren',
    contract: ['CDD'],
    remote: { policy: 'possible' },
    start_date: '2031-01-05',
  }),
  offer({
    id: 'dinum-closed',
    title: 'Poste pourvu',
    organisation: 'dinum',
    status: 'closed',
    open: false,
  }),
  offer({
    id: 'dinum-xss',
    title: 'Chef·fe de projet <img src=x onerror=alert(1)>',
    organisation: 'dinum',
    remote: { policy: 'none' },
  }),
];
