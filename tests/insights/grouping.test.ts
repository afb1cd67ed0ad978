import { describe, expect, it } from 'vitest';
import { groupQuestions, type GroupedQuestion } from '../../src/insights/grouping.js';

let clock = 0;
const q = (question: string, over: Partial<GroupedQuestion> = {}): GroupedQuestion => ({
  kind: 'unanswered',
  question,
  lang: 'fr',
  channel: 'webchat',
  at: (clock += 1000),
  ...over,
});
const representatives = (questions: GroupedQuestion[]) => groupQuestions(questions).map((g) => [g.representative, g.count]);

describe('grouping unanswered questions', () => {
  it('puts the phrasings of one need together, whatever the case, accents, stopwords and plurals', () => {
    expect(
      representatives([
        q('Peut-on venir avec son chien ?'),
        q('peut on venir avec son CHIEN'),
        q('Peut-on venir avec ses chiens au bureau ?'),
        q('Quelle est la politique de mobilité interne ?'),
        q('Mobilité interne ?'),
      ]),
    ).toEqual([
      ['peut on venir avec son CHIEN', 3],
      ['Mobilité interne ?', 2],
    ]);
  });

  it('reads a word one typo away from a more frequent one as that word', () => {
    const groups = groupQuestions([q('Y a-t-il une cantine ?'), q('Y a-t-il une cantine ?'), q('cantinne ?'), q('cnatine au bureau')]);
    expect(groups.map((g) => g.count)).toEqual([4]);
  });

  it('keeps different needs apart, in French and in English; among equals, the most recent first', () => {
    expect(
      groupQuestions([
        q('Y a-t-il une crèche ?'),
        q('Y a-t-il une salle de sport ?'),
        q('Is there a gym?', { lang: 'en' }),
        q('Is there a gym on site?', { lang: 'en' }),
        q('Do you offer parking?', { lang: 'en' }),
      ]).map((g) => [g.representative, g.count, g.langs]),
    ).toEqual([
      ['Is there a gym?', 2, { en: 2 }],
      ['Do you offer parking?', 1, { en: 1 }],
      ['Y a-t-il une salle de sport ?', 1, { fr: 1 }],
      ['Y a-t-il une crèche ?', 1, { fr: 1 }],
    ]);
  });

  it('chooses the most frequent phrasing as representative, the shortest among equals, and at most 3 other examples', () => {
    const [group] = groupQuestions([
      q('les horaires de travail ?'),
      q('horaires de travail'),
      q('quels horaires de travail ?'),
      q('quels horaires de travail ?'),
      q('horaires de travail flexibles ?'),
      q('horaires de travail imposés ?'),
    ]);
    expect(group!.representative).toBe('quels horaires de travail ?');
    expect(group!.examples).toEqual(['horaires de travail', 'les horaires de travail ?', 'horaires de travail imposés ?']);
  });

  it('gives the same groups whatever the order the questions come in', () => {
    const questions = [
      q('Y a-t-il une cantine ?'),
      q('cantine sur place ?'),
      q('tickets restaurant ?'),
      q('les tickets restaurant ?'),
      q('restaurant sur place ?'),
      q('Faut-il parler allemand ?'),
      q('parler anglais ?'),
    ];
    const once = groupQuestions(questions);
    expect(groupQuestions([...questions].reverse())).toEqual(once);
  });

  it('counts dates, channels and requests for a human per group', () => {
    const [group] = groupQuestions([
      q('la cantine, svp', { kind: 'escalation', channel: 'msteams', at: 5000 }),
      q('la cantine', { at: 1000 }),
    ]);
    expect(group).toMatchObject({ count: 2, escalations: 1, channels: { msteams: 1, webchat: 1 }, firstAt: new Date(1000), lastAt: new Date(5000) });
  });

  it('keeps questions made only of small words, without merging them with others', () => {
    expect(representatives([q('et alors ?'), q('et alors ?'), q('Et pour moi ?')])).toEqual([
      ['et alors ?', 2],
      ['Et pour moi ?', 1],
    ]);
  });
});

describe('grouping by visitors and by what the bot understood', () => {
  it('counts visitors: one client asking one question 892 times weighs less than three people asking another', () => {
    const flood = Array.from({ length: 892 }, () => q('Y a-t-il une piscine ?', { visitor: 'a1' }));
    const groups = groupQuestions([...flood, q('Y a-t-il une crèche ?', { visitor: 'b1' }), q('une crèche sur place ?', { visitor: 'b2' }), q('crèche ?', { visitor: 'b3' })]);
    expect(groups.map((g) => [g.representative, g.visitors, g.count])).toEqual([
      ['crèche ?', 3, 3],
      ['Y a-t-il une piscine ?', 1, 892],
    ]);
  });

  it('puts paraphrases the bot read as the same question about the same offer together, and names what they are about', () => {
    const salaryDora = { intent: 'salary', offerId: 'dora-dev', teamId: 'dora', organisationId: 'beta-gouv' };
    const groups = groupQuestions([
      q('Combien on est payé chez Dora pour le poste de dev ?', { ...salaryDora, visitor: 'v1' }),
      q('TJM du développeur Dora ?', { ...salaryDora, visitor: 'v2' }),
      q('rémunération dev dora', { ...salaryDora, visitor: 'v3' }),
      q('TJM du développeur Mobilic ?', { intent: 'salary', offerId: 'mobilic-dev', visitor: 'v4' }),
      q('blabla incompréhensible', { intent: 'fallback', offerId: 'dora-dev', visitor: 'v5' }),
    ]);
    expect(groups[0]).toMatchObject({ count: 3, visitors: 3, intent: 'salary', teamId: 'dora', organisationId: 'beta-gouv', offerIds: ['dora-dev'] });
    expect(groups.map((g) => g.count)).toEqual([3, 1, 1]);
    expect(groups.find((g) => g.representative === 'blabla incompréhensible')).not.toHaveProperty('intent');
  });
});
