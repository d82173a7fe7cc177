import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/core/score/score.js';
import { RowScorer } from '../../src/core/score/row-scorer.js';
import { answerSet, questionnaireFrom } from '../helpers/questionnaire.js';
import { fuzzRuns } from '../helpers/fuzz.js';

/** A random questionnaire: themes with their own items and facets, two scales, weights, keying, methods and a minimum answered. */
const questionnaireYaml = fc
  .record({
    minAnswered: fc.constantFrom(0, 0.3, 0.5, 0.75, 1),
    lowMin: fc.integer({ min: -2, max: 1 }),
    lowLabels: fc.integer({ min: 2, max: 7 }),
    themes: fc.array(
      fc.record({
        method: fc.constantFrom('mean', 'sum'),
        own: fc.integer({ min: 0, max: 3 }),
        facets: fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    item: fc.array(fc.record({ weight: fc.constantFrom(1, 0.5, 2, 3.25), minus: fc.boolean(), low: fc.boolean() }), { minLength: 40, maxLength: 40 }),
  })
  .filter((q) => q.themes.every((t) => t.own + t.facets.length > 0));

type Generated = typeof questionnaireYaml extends fc.Arbitrary<infer T> ? T : never;

function toYaml(g: Generated): string {
  let n = 0;
  const item = () => {
    const spec = g.item[n % g.item.length]!;
    const id = `i${n++}`;
    return `{ id: ${id}, text: Statement ${id}, weight: ${spec.weight}${spec.minus ? ', keyed: minus' : ''}${spec.low ? ', scale: low' : ''} }`;
  };
  const themes = g.themes.map((t, ti) => {
    const own = Array.from({ length: t.own }, () => `      - ${item()}`).join('\n');
    const facets = t.facets.map((count, fi) => `      - id: t${ti}f${fi}\n        title: Facet ${ti}.${fi}\n        items:\n${Array.from({ length: count }, () => `          - ${item()}`).join('\n')}`).join('\n');
    return `  - id: t${ti}\n    title: Theme ${ti}\n    method: ${t.method}\n${t.own > 0 ? `    items:\n${own}\n` : ''}${t.facets.length > 0 ? `    facets:\n${facets}\n` : ''}`;
  });
  const labels = Array.from({ length: g.lowLabels }, (_, i) => `L${i}`).join(', ');
  return `id: random
version: 1
title: Random
description: Random.
minutes: 1
scales:
  five: { labels: [A, B, C, D, E] }
  low: { min: ${g.lowMin}, labels: [${labels}] }
default_scale: five
scoring: { method: mean, min_answered: ${g.minAnswered} }
bands:
  - { id: emerging, label: Emerging, below: 40 }
  - { id: developing, label: Developing, below: 70 }
  - { id: established, label: Established }
themes:
${themes.join('')}`;
}

describe('one scorer: RowScorer and scoreAnswers, both through scoreSection', () => {
  it('give the same keyed values, groups, scores, percents and bands, to the last bit, on random questionnaires and answers', () => {
    fc.assert(
      fc.property(questionnaireYaml, fc.array(fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 40, maxLength: 40 }), (generated, picks) => {
        const q = questionnaireFrom(toYaml(generated));
        const scorer = new RowScorer(q);
        const answers: Record<string, number> = {};
        const raw = new Float64Array(scorer.scoredItems.length).fill(NaN);
        scorer.scoredItems.forEach((item, i) => {
          const pick = picks[i % picks.length]!;
          if (pick === null) return;
          const answer = item.scale.min + Math.min(item.scale.max - item.scale.min, Math.floor(pick * (item.scale.max - item.scale.min + 1)));
          answers[item.id] = answer;
          raw[i] = answer;
        });
        const groups = scorer.sectionIds.length;
        const keyed = new Float64Array(raw.length);
        const scores = new Float64Array(2 * groups);
        const percents = new Float64Array(groups);
        scorer.score(raw, keyed, scores, percents);

        const result = scoreAnswers(q, answerSet(q, answers));
        expect(Array.from(keyed, (v) => (Number.isNaN(v) ? null : v))).toEqual(result.items.map((i) => i.keyed));
        const expected = result.themes.flatMap((t) => [t, ...t.facets]);
        expect(expected.map((g) => g.id)).toEqual(scorer.sectionIds);
        expected.forEach((g, i) => {
          expect(Object.is(scores[2 * i], g.score ?? NaN)).toBe(true);
          expect(Object.is(percents[i], g.percent ?? NaN)).toBe(true);
          expect(Object.is(scores[2 * i + 1], g.band === null ? NaN : q.bands.findIndex((b) => b.id === g.band))).toBe(true);
        });
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});
