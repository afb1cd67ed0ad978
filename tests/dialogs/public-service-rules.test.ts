/**
 * Candidates from the private sector ask the public service's rules in their own words (issue
 * 17, third blind round): the value of a figure ("il vaut combien ?"), a difference with what
 * they know ("la diff avec un CDD du privé"), the three sides of the civil service, who an
 * acronym of an offer is, and a measure asked right after an explanation. Each gets the
 * explanation that holds it, opened with the line that answers, never an offer list or "I have
 * no explanation of « diff »".
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

/** A definition answer: the explanation cited, no offer shown. */
const explains = (cite: string | string[], say?: string | string[]) => ({ intent: 'definition', cite, cards: 0, ...(say ? { say } : {}) });
const en = { locale: 'en-US' } as const;

describe('an amount or a value asked of a word is answered with the line that states it', () => {
  it('the index point, in French and in English', async () => {
    await play(tremplin, [["le point d'indice, il vaut combien en ce moment ?", explains('point-d-indice', ['4,92278', '1er juillet 2023'])]]);
    await play(tremplin, [["How much is the index point worth these days?", explains('point-d-indice-en', ['4.92278', '1 July 2023'])]], en);
  });

  it('the telework allowance: the daily amount and the cap of 2024, with its date', async () => {
    await play(tremplin, [["l'indemnité télétravail des agents publics, c'est combien ?", { ...explains('forfait-teletravail', ['2,88 €', '282,24 €']), notSay: 'ne répondent pas précisément' }]]);
    await play(tremplin, [['How much is the telework allowance for civil servants?', explains('forfait-teletravail-en', ['€2.88', '€282.24', '2024'])]], en);
  });
});

describe('a difference with a word the candidate knows from the private sector', () => {
  it('“c koi la diff” asks a comparison, not a word named “diff”', () =>
    play(tremplin, [["un CDD de l'État c koi la diff avec un CDD dans le privé ?", { ...explains('contractuel', '18 mois'), notSay: "pas d'explication de « diff »" }]]));

  it('“privé” is not read as a typo of another word', () =>
    play(tremplin, [['en quoi un CDD public est différent d\'un CDD du privé ?', { ...explains('contractuel', 'code du travail'), notSay: 'RIFSEEP' }]]));
});

describe('words of the public service as a whole', () => {
  it('the three sides of the civil service, and where the DINUM stands', () =>
    play(tremplin, [["Fonction publique d'État, territoriale, hospitalière : c'est quoi ces trois versants ?", explains('fonctions-publiques', ['hôpitaux', 'DINUM'])]]));

  it('in English', () =>
    play(tremplin, [['What are the three civil services in France?', explains('fonctions-publiques-en', ['State civil service', 'hospital'])]], en));

  it('a word of an offer asked with “c\'est qui … exactement”: its explanation, not the offer list', () =>
    play(tremplin, [["un intrapreneur, c'est qui exactement ? je l'ai lu dans l'annonce de beta.gouv.fr", { ...explains('intrapreneur', 'agent public'), cards: 0 }]]));

  it('“who is” in English', () => play(tremplin, [['Who is an intrapreneur at beta.gouv.fr?', explains('intrapreneur-en', 'public agent')]], en));

  it('public agent and civil servant are told apart', () =>
    play(tremplin, [['agent public et fonctionnaire, c\'est la même chose ?', explains(['agent-public', 'fonctionnaire'], 'contractuel')]]));
});

describe('a question about an employer that asks a rule of the public service', () => {
  it('“do I need a concours to work at the DINUM?” is the concours explained', () =>
    play(tremplin, [['Je viens du privé, faut-il avoir réussi un concours pour travailler à la DINUM ?', { ...explains('concours', 'externe'), notSay: 'avantages' }]]));

  it('where public employers publish their offers is the sites explained, not a listing', () =>
    play(tremplin, [['where do public employers publish their job ads?', explains('sites-emploi-public-en', 'Choisir le service public')]], en));
});

describe('a measure asked right after an explanation is asked of the word just explained', () => {
  it('“au bout de combien de temps ?” after the CDI of a contractuel', () =>
    play(tremplin, [
      ["c'est quoi un contractuel ?", explains('contractuel')],
      ['au bout de combien de temps on passe en CDI ?', { ...explains('contractuel', '6 ans'), notSay: "La réponse dépend de l'employeur" }],
    ]));

  it('“how long can it last?” after a secondment', () =>
    play(
      tremplin,
      [
        ['What is a secondment?', explains('detachement-en')],
        ['how long can it last?', { intent: 'definition', cite: 'detachement-en' }],
      ],
      en,
    ));
});

describe('what the employer pays besides the salary, for civil servants and contract staff alike', () => {
  it('the health insurance refund, as an amount', () =>
    play(tremplin, [["la mutuelle, l'employeur public en rembourse combien ?", explains('complementaire-sante', ['15 €', '1er janvier 2022'])]]));

  it('the commuting costs: pass and bike, in English', () =>
    play(tremplin, [['Is there a cycling allowance for public agents?', explains('frais-de-transport-en', ['€300', '30 days'])]], en));

  it('part-time work for a contract agent', () =>
    play(tremplin, [['le temps partiel, c\'est possible pour un contractuel ?', explains('temps-partiel', '1er janvier 2025')]]));
});

