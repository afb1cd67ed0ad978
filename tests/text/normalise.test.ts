import { describe, expect, it } from 'vitest';
import { A_PLUS_TOKEN, chunkTokens, chunks, foldForMatch, isStopword, normalise, stem, terms, tokenize } from '../../src/text/normalise.js';

describe('normalise', () => {
  it.each([
    // case and accents
    ['Télétravail', 'teletravail'],
    ['DÉVELOPPEUR FULL-STACK', 'developpeur full stack'],
    ['Cœur de métier, curriculum vitæ', 'coeur de metier curriculum vitae'],
    ['Paris 7ᵉ', 'paris 7e'],
    // apostrophes and elisions
    ["l'entretien", 'entretien'],
    ['l’entretien', 'entretien'],
    ['L`ENTRETIEN', 'entretien'],
    ['d’expérience', 'experience'],
    ["Qu'est-ce que le télétravail ?", 'est ce que le teletravail'],
    ["j'ai postulé, n'ai pas de réponse", 'ai postule ai pas de reponse'],
    ["c'est quoi s'il vous plaît", 'est quoi il vous plait'],
    ['jusqu’à trois jours', 'jusqu a trois jours'],
    ["PEReN's interview", 'peren interview'],
    ["aujourd'hui", 'aujourd hui'],
    // gender marks and inclusive writing
    ['Data scientist H/F', 'data scientist'],
    ['Ingénieur data (H/F)', 'ingenieur data'],
    ['Analyste F/H', 'analyste'],
    ['Analyste H / F', 'analyste'],
    ['Chef / fe de projet', 'chef de projet'],
    ['Développeur / Développeuse', 'developpeur developpeur'],
    ['Chef/fe du Pôle Datalab H/F', 'chef du pole datalab'],
    ['Chef/fe de pôle', 'chef de pole'],
    ['Adjoint/e au PMO', 'adjoint au pmo'],
    ["Chargé/e d'hypervision", 'charge hypervision'],
    ['développeur·se', 'developpeur'],
    ['développeur.se', 'developpeur'],
    ['développeur.euse', 'developpeur'],
    ['développeur-euse', 'developpeur'],
    ['développeurs/ses', 'developpeurs'],
    ['Développeuse', 'developpeur'],
    ['développeuses', 'developpeurs'],
    ['DÉVELOPPEUR·SE', 'developpeur'],
    ['expérimenté.e.s', 'experimente'],
    ['intéressé·e', 'interesse'],
    ['intéressé(e)s', 'interesse'],
    ['un·e indépendant·e', 'un independant'],
    ['directrice de projet', 'directeur de projet'],
    ['coordinatrice', 'coordinateur'],
    // words that only look inclusive stay whole
    ['matrice de confusion', 'matrice de confusion'],
    ['peut-être', 'peut etre'],
    ['beta.gouv.fr', 'beta gouv fr'],
    ['CDD/CDI', 'cdd cdi'],
    ['Paris/Lyon', 'paris lyon'],
    // A+, digits, technology names
    ['Catégorie A+', `categorie ${A_PLUS_TOKEN}`],
    ['catégorie A', 'categorie a'],
    ['cadre A +', `cadre ${A_PLUS_TOKEN}`],
    ['cadre A+,', `cadre ${A_PLUS_TOKEN}`],
    ['45 000 € brut', '45 000 brut'],
    ['3/5e', '3 5e'],
    ['bac+5', 'bac 5'],
    ['C++, C# et .NET', 'cplusplus csharp et dotnet'],
    // chat spellings
    ['c koi le salaire', 'c quoi le salaire'],
    ['kel salaire pr 1 dev', 'quel salaire pour 1 dev'],
    ['cmt postuler ?', 'comment postuler'],
    ['qd est le rdv', 'quand est le rendez vous'],
    ['TT possible ?', 'tt possible'],
    // punctuation and spaces
    ['  Salaire ??!  \n net\t/ brut ', 'salaire net brut'],
    ['', ''],
    ['?!…', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it('normalises a text as the concatenation of its whitespace-separated pieces', () => {
    const text = "Chef/fe du Pôle Datalab H / F — l'équipe recrute un·e développeur·se (C++, catégorie A +) jusqu'à 45 000 €";
    expect(normalise(text)).toBe(chunks(text).map((c) => chunkTokens(c).join(' ')).filter(Boolean).join(' '));
  });

  it('is idempotent', () => {
    for (const text of ['Développeur·se H/F', "l'entretien", 'Catégorie A+', 'c koi le salaire']) {
      expect(normalise(normalise(text))).toBe(normalise(text));
    }
  });
});

describe('tokenize', () => {
  it('splits the normalised text, stopwords included', () => {
    expect(tokenize("Quel est le salaire d'un·e développeur·se ?")).toEqual(['quel', 'est', 'le', 'salaire', 'un', 'developpeur']);
    expect(tokenize('   ')).toEqual([]);
  });
});

describe('stem', () => {
  it.each([
    ['offres', 'offre'],
    ['salaires', 'salaire'],
    ['postes', 'poste'],
    ['developpeurs', 'developpeur'],
    ['professionnelle', 'professionnel'],
    ['professionnelles', 'professionnel'],
    ['actives', 'actif'],
    ['informaticienne', 'informaticien'],
    ['europeenne', 'europeen'],
    ['chargee', 'charge'],
    ['chargees', 'charge'],
    ['ingenieure', 'ingenieur'],
    ['conseillere', 'conseiller'],
    ['bureaux', 'bureau'],
    ['locaux', 'local'],
    ['travaux', 'travail'],
    ['enjeux', 'enjeu'],
  ])('French %s and %s meet', (word, base) => {
    expect(stem(word)).toBe(stem(base));
  });

  it.each([
    ['postule', 'postuler', 'postulez', 'postulons', 'postulerais'],
    ['candidate', 'candidater', 'candidat', 'candidats'],
    ['recrute', 'recruter', 'recrutez'],
    ['touche', 'toucher', 'toucherais'],
    ['arrive', 'arriver', 'arrivera', 'arrivee'],
    ['motif', 'motive', 'motiver'],
  ])('French verb forms meet: %s', (...forms) => {
    expect(new Set(forms.map((f) => stem(f))).size).toBe(1);
  });

  it('lets an adjective meet its feminine', () => {
    expect(stem(normalise('rigoureuse'))).toBe(stem('rigoureux'));
    expect(stem(normalise('rigoureuses'))).toBe(stem('rigoureux'));
    expect(stem(normalise('Développeuses'))).toBe(stem('developpeur'));
  });

  it('keeps apart what must stay apart', () => {
    expect(stem('donnees')).not.toBe(stem('donne'));
    expect(stem('heures')).toBe(stem('heure'));
    expect(stem('matrices')).toBe(stem('matrice'));
    expect(stem('matrice')).not.toBe(stem('mateur'));
    expect(stem('questions')).not.toBe(stem('questier'));
    expect(stem('candidature')).not.toBe(stem('candidat'));
    expect(stem('campus')).toBe('campus');
    expect(stem(A_PLUS_TOKEN)).toBe(A_PLUS_TOKEN);
    expect(stem('2024')).toBe('2024');
    expect(stem('cdd')).toBe('cdd');
  });

  it.each([
    ['developers', 'developer'],
    ['salaries', 'salary'],
    ['companies', 'company'],
    ['processes', 'process'],
    ['engineering', 'engineer'],
    ['interviews', 'interview'],
    ['working', 'work'],
    ['running', 'run'],
    ['staffing', 'staff'],
    ['status', 'status'],
    ['analysis', 'analysis'],
  ])('English %s → %s', (word, expected) => {
    expect(stem(word, 'en')).toBe(expected);
  });

  it('brings English inflected forms together', () => {
    expect(stem('hiring', 'en')).toBe(stem('hire', 'en'));
    expect(stem('roles', 'en')).toBe(stem('role', 'en'));
    expect(stem('employees', 'en')).toBe(stem('employee', 'en'));
  });

  it('does not apply English rules to French words', () => {
    expect(stem('technologies')).toBe(stem('technologie'));
    expect(stem('technologies')).not.toBe(stem('technology', 'en'));
    expect(stem('fiches')).toBe(stem('fiche'));
  });
});

describe('stopwords', () => {
  it('drops grammar and chat filler in both languages but keeps domain words', () => {
    for (const word of ['le', 'des', 'quel', 'est', 'bonjour', 'merci', 'the', 'how', 'does', 'please', 'cherche']) {
      expect(isStopword(word), word).toBe(true);
    }
    for (const word of ['poste', 'temps', 'travail', 'work', 'remote', 'salaire', 'possible', 'recherche', 'b', A_PLUS_TOKEN]) {
      expect(isStopword(word), word).toBe(false);
    }
    expect(isStopword('the', 'fr')).toBe(false);
    expect(isStopword('the', 'en')).toBe(true);
  });
});

describe('foldForMatch', () => {
  it('makes phrasings of the same question equal', () => {
    expect(foldForMatch('Le télétravail est-il possible ?')).toBe(foldForMatch('teletravail possible'));
    expect(foldForMatch('C koi le salaire ???')).toBe(foldForMatch('Quel est le salaire ?'));
    expect(foldForMatch('Les offres de développeuse')).toBe(foldForMatch("l'offre de développeur"));
    expect(foldForMatch('How do I apply to the developer offers?', 'en')).toBe('apply developer offer');
  });

  it('returns the stemmed informative words', () => {
    expect(terms('Nous recrutons des développeurs/ses expérimenté.e.s')).toEqual([stem('recruter'), stem('developpeur'), stem('experimente')]);
  });
});
