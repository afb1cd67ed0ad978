import { describe, expect, it } from 'vitest';
import { rankFeedback, sourcesKey, wilsonLowerBound } from '../../src/insights/feedback.js';

describe('ranking answers by their feedback', () => {
  it('puts first the answers most surely useless, not those with one unlucky click', () => {
    const ranked = rankFeedback(
      [
        { intent: 'faq', sources: sourcesKey(['one-click']), helpful: 0, notHelpful: 1 },
        { intent: 'salary', sources: sourcesKey(['many']), helpful: 10, notHelpful: 30 },
        { intent: 'contract', sources: sourcesKey(['liked']), helpful: 50, notHelpful: 2 },
        { intent: 'positions', sources: sourcesKey([]), helpful: 0, notHelpful: 4 },
      ],
      [],
    );
    expect(ranked.map((r) => r.sources)).toEqual([['many'], [], ['one-click'], ['liked']]);
  });

  it('attaches up to three distinct questions to their answer', () => {
    const key = sourcesKey(['b', 'a', 'b']);
    expect(key).toBe('["a","b"]');
    const [summary] = rankFeedback(
      [{ intent: 'salary', sources: key, helpful: 0, notHelpful: 5 }],
      ['q1', 'q1', 'q2', 'q3', 'q4'].map((question) => ({ intent: 'salary', sources: key, question })),
    );
    expect(summary!.questions).toEqual(['q1', 'q2', 'q3']);
  });

  it('computes the Wilson lower bound', () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(0, 10)).toBeCloseTo(0, 10);
    expect(wilsonLowerBound(1, 1)).toBeCloseTo(0.2065, 3);
    expect(wilsonLowerBound(30, 40)).toBeCloseTo(0.5981, 3);
  });
});
