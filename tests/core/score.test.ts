import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { scoreAnswers, keyedValue } from '../../src/core/score/score.js';
import { personResultSchema } from '../../src/core/score/result-schema.js';
import { answerSet, header, questionnaireFrom } from '../helpers/questionnaire.js';

const theme = (id: string, items: string, more = '') => `  - id: ${id}\n    title: Theme ${id}\n${more}    items: [${items}]\n`;
const themeOf = (result: ReturnType<typeof scoreAnswers>, id: string) => result.themes.find((t) => t.id === id)!;

describe('scoreAnswers: reverse keying on the declared scale (min + max - answer)', () => {
  const scales = `  four: { labels: [a, b, c, d] }
  five: { labels: [A, B, C, D, E] }
  six: { min: 0, labels: [a, b, c, d, e, f] }
  seven: { min: -3, labels: [a, b, c, d, e, f, g] }
  bipolar: { min: -2, labels: [a, b, c, d, e] }`;
  const q = questionnaireFrom(
    header({ scales }) + theme('k', ['four', 'five', 'six', 'seven', 'bipolar'].flatMap((s) => [`{ id: ${s}-minus, text: X, scale: ${s}, keyed: minus }`, `{ id: ${s}-plus, text: X, scale: ${s} }`]).join(', ')),
  );

  it.each([
    // scale, answer, keyed: the hand arithmetic min + max - answer
    ['four', 1, 4], //     1 + 4 - 1 = 4
    ['four', 3, 2], //     1 + 4 - 3 = 2
    ['five', 2, 4], //     1 + 5 - 2 = 4
    ['five', 5, 1], //     1 + 5 - 5 = 1
    ['six', 1, 4], //      0 + 5 - 1 = 4
    ['six', 0, 5], //      0 + 5 - 0 = 5
    ['seven', -3, 3], //  -3 + 3 - (-3) = 3
    ['seven', 2, -2], //  -3 + 3 - 2 = -2
    ['seven', 0, 0], //   -3 + 3 - 0 = 0 (the midpoint stays)
    ['bipolar', -1, 1], // -2 + 2 - (-1) = 1
  ])('%s scale: answer %i on a reverse-keyed item is keyed %i', (scale, answer, expected) => {
    const result = scoreAnswers(q, answerSet(q, { [`${scale}-minus`]: answer, [`${scale}-plus`]: answer }));
    expect(result.items.find((i) => i.id === `${scale}-minus`)).toEqual({ id: `${scale}-minus`, theme: 'k', facet: null, answer, keyed: expected });
    // A plus-keyed item keeps its answer.
    expect(result.items.find((i) => i.id === `${scale}-plus`)?.keyed).toBe(answer);
  });

  it('keyedValue uses the declared scale, not the answers seen', () => {
    expect(keyedValue(2, { keyed: 'minus', scale: { min: 1, max: 7 } })).toBe(6); // 1 + 7 - 2
    expect(keyedValue(2, { keyed: 'plus', scale: { min: 1, max: 7 } })).toBe(2);
  });

  it('percent of maximum compares items on different scales: 100 * sum(keyed - min) / sum(max - min)', () => {
    // f (four) 4: 4 - 1 = 3 of 3; s (seven) 0: 0 - (-3) = 3 of 6; x (six, minus) answer 5 -> keyed 0: 0 of 5.
    // percent = 100 * (3 + 3 + 0) / (3 + 6 + 5) = 600 / 14 = 42.857142857142854
    // mean of keyed values = (4 + 0 + 0) / 3 = 1.3333333333333333
    const mixed = questionnaireFrom(header({ scales }) + theme('k', '{ id: f, text: X, scale: four }, { id: s, text: X, scale: seven }, { id: x, text: X, scale: six, keyed: minus }'));
    const k = themeOf(scoreAnswers(mixed, answerSet(mixed, { f: 4, s: 0, x: 5 })), 'k');
    expect(k.percent).toBeCloseTo(600 / 14, 12);
    expect(k.score).toBeCloseTo(4 / 3, 12);
    expect([k.answered, k.total]).toEqual([3, 3]);
  });
});

describe('scoreAnswers: methods, weights and missing items', () => {
  it('mean: the mean of the keyed values of the answered items', () => {
    const q = questionnaireFrom(header() + theme('m', '{ id: a, text: X }, { id: b, text: X, keyed: minus }, { id: c, text: X }'));
    // keyed: a 4, b 1 + 5 - 2 = 4, c 3 -> mean 11 / 3; percent 100 * (3 + 3 + 2) / (4 * 3) = 800 / 12
    const m = themeOf(scoreAnswers(q, answerSet(q, { a: 4, b: 2, c: 3 })), 'm');
    expect(m).toMatchObject({ method: 'mean', answered: 3, total: 3, band: 'developing' });
    expect(m.score).toBeCloseTo(11 / 3, 12);
    expect(m.percent).toBeCloseTo(200 / 3, 12);
    expect(m.prorated).toBeUndefined();
  });

  it('sum: complete answers give the plain sum, not pro-rated', () => {
    const q = questionnaireFrom(header() + theme('s', '{ id: a, text: X }, { id: b, text: X }, { id: c, text: X, keyed: minus }', '    method: sum\n'));
    // keyed: 5, 3, 1 + 5 - 4 = 2 -> sum 10; percent 100 * (4 + 2 + 1) / 12 = 58.33
    const s = themeOf(scoreAnswers(q, answerSet(q, { a: 5, b: 3, c: 4 })), 's');
    expect(s).toMatchObject({ method: 'sum', score: 10, answered: 3, total: 3, prorated: false });
    expect(s.percent).toBeCloseTo(700 / 12, 12);
  });

  it('sum: a skipped item is pro-rated (mean of answered x number of items), never counted as 0', () => {
    const q = questionnaireFrom(header({ scoring: 'scoring: { method: sum, min_answered: 0.5 }\n' }) + theme('s', '{ id: a, text: X }, { id: b, text: X }, { id: c, text: X }, { id: d, text: X }'));
    // answered keyed 5, 3, 4 (d skipped): mean 12 / 3 = 4; pro-rated sum 4 * 4 items = 16 (not 12)
    // percent over answered only: 100 * (4 + 2 + 3) / (3 * 4) = 75
    const s = themeOf(scoreAnswers(q, answerSet(q, { a: 5, b: 3, c: 4 })), 's');
    expect(s).toMatchObject({ method: 'sum', score: 16, percent: 75, band: 'established', answered: 3, total: 4, prorated: true });
  });

  it('mean: a skipped item does not drag the mean down', () => {
    const q = questionnaireFrom(header() + theme('m', '{ id: a, text: X }, { id: b, text: X }, { id: c, text: X }'));
    // a 5, b 5, c skipped: mean 5, percent 100 (a 0 for c would have given 10 / 3 and 66.7)
    expect(themeOf(scoreAnswers(q, answerSet(q, { a: 5, b: 5 })), 'm')).toMatchObject({ score: 5, percent: 100, answered: 2, total: 3 });
  });

  it('weights: weighted mean, weighted percent, and a weighted pro-rated sum', () => {
    const items = '{ id: a, text: X, weight: 2 }, { id: b, text: X }, { id: c, text: X }';
    const mean = questionnaireFrom(header() + theme('w', items));
    // keyed a 5 (w 2), b 1, c 3: mean (2*5 + 1 + 3) / (2 + 1 + 1) = 14 / 4 = 3.5
    // percent 100 * (2*4 + 0 + 2) / (2*4 + 4 + 4) = 1000 / 16 = 62.5
    expect(themeOf(scoreAnswers(mean, answerSet(mean, { a: 5, b: 1, c: 3 })), 'w')).toMatchObject({ score: 3.5, percent: 62.5, band: 'developing' });

    const sum = questionnaireFrom(header() + theme('w', items, '    method: sum\n'));
    // all answered: sum = 2*5 + 1 + 3 = 14
    expect(themeOf(scoreAnswers(sum, answerSet(sum, { a: 5, b: 1, c: 3 })), 'w')).toMatchObject({ score: 14, prorated: false });
    // c skipped: mean (2*5 + 1) / 3 = 11/3, times total weight 4 = 44/3; percent 100 * (8 + 0) / (8 + 4) = 66.67
    const prorated = themeOf(scoreAnswers(sum, answerSet(sum, { a: 5, b: 1 })), 'w');
    expect(prorated.score).toBeCloseTo(44 / 3, 12);
    expect(prorated.percent).toBeCloseTo(200 / 3, 12);
    expect(prorated.prorated).toBe(true);
  });
});

describe('scoreAnswers: too few answers give a null score with the reason', () => {
  const q = questionnaireFrom(header() + theme('t', '{ id: a, text: X }, { id: b, text: X }, { id: c, text: X }') + theme('u', '{ id: d, text: X }, { id: e, text: X }, { id: f, text: X }, { id: g, text: X }'));

  it('min_answered 0.5 of 3 items needs 2 (ceil 1.5); of 4 items needs 2', () => {
    const result = scoreAnswers(q, answerSet(q, { a: 3, d: 2, e: 4 }));
    expect(themeOf(result, 't')).toEqual({
      id: 't',
      title: 'Theme t',
      method: 'mean',
      score: null,
      percent: null,
      band: null,
      answered: 1,
      total: 3,
      reason: 'only 1 of 3 items answered; 2 needed for a score',
      importance: null,
      facets: [],
    });
    // d 2, e 4: mean 3, percent 100 * (1 + 3) / 8 = 50
    expect(themeOf(result, 'u')).toMatchObject({ score: 3, percent: 50, band: 'developing', answered: 2, total: 4 });
    expect(themeOf(result, 'u').reason).toBeUndefined();
  });

  it('no answers at all is null even when min_answered is 0', () => {
    const zero = questionnaireFrom(header({ scoring: 'scoring: { min_answered: 0 }\n' }) + theme('t', '{ id: a, text: X }, { id: b, text: X }, { id: c, text: X }'));
    expect(themeOf(scoreAnswers(zero, answerSet(zero, {})), 't')).toMatchObject({ score: null, reason: 'only 0 of 3 items answered; 1 needed for a score' });
    // one answer of three is enough with min_answered 0
    expect(themeOf(scoreAnswers(zero, answerSet(zero, { b: 4 })), 't')).toMatchObject({ score: 4, percent: 75 });
  });

  it('a fraction that is not exact in binary (0.3 of 10 = 3) needs 3 answers, not 4', () => {
    const items = Array.from({ length: 10 }, (_, i) => `{ id: i${i}, text: X }`).join(', ');
    const q10 = questionnaireFrom(header({ scoring: 'scoring: { min_answered: 0.3 }\n' }) + theme('t', items));
    expect(themeOf(scoreAnswers(q10, answerSet(q10, { i0: 1, i1: 2, i2: 3 })), 't')).toMatchObject({ score: 2, answered: 3 });
    expect(themeOf(scoreAnswers(q10, answerSet(q10, { i0: 1, i1: 2 })), 't')).toMatchObject({ score: null, answered: 2 });
  });

  it('skipped items are listed with null answer and keyed value', () => {
    const result = scoreAnswers(q, answerSet(q, { a: 3 }));
    expect(result.items.find((i) => i.id === 'b')).toEqual({ id: 'b', theme: 't', facet: null, answer: null, keyed: null });
  });
});

describe('scoreAnswers: facets', () => {
  const yaml = `${header()}  - id: t
    title: T
    method: sum
    items: [{ id: o, text: Own }]
    facets:
      - id: f1
        title: F1
        items: [{ id: f1a, text: X }, { id: f1b, text: X, keyed: minus }]
      - id: f2
        title: F2
        items: [{ id: f2a, text: X }, { id: f2b, text: X }, { id: f2n, type: text, text: Notes }]
`;
  const q = questionnaireFrom(yaml);

  it("scores each facet on its own items by its theme's method, and the theme over all its items", () => {
    // keyed: o 3; f1a 4, f1b 1 + 5 - 5 = 1; f2a 5, f2b skipped
    const result = scoreAnswers(q, answerSet(q, { o: 3, f1a: 4, f1b: 5, f2a: 5 }, { texts: { f2n: 'Some notes' } }));
    const t = themeOf(result, 't');
    // theme: mean (3 + 4 + 1 + 5) / 4 = 13 / 4 over answered, times 5 items = 16.25, pro-rated;
    // percent 100 * (2 + 3 + 0 + 4) / (4 * 4) = 56.25
    expect(t).toMatchObject({ method: 'sum', score: 16.25, percent: 56.25, band: 'developing', answered: 4, total: 5, prorated: true });
    // f1: sum 4 + 1 = 5, complete; percent 100 * (3 + 0) / 8 = 37.5
    expect(t.facets[0]).toMatchObject({ id: 'f1', title: 'F1', method: 'sum', score: 5, percent: 37.5, band: 'emerging', answered: 2, total: 2, prorated: false });
    // f2: one of two answered meets min_answered 0.5: 5 x 2 items = 10, pro-rated; percent 100
    expect(t.facets[1]).toMatchObject({ id: 'f2', method: 'sum', score: 10, percent: 100, band: 'established', answered: 1, total: 2, prorated: true });
    expect(result.items.map((i) => [i.id, i.facet])).toEqual([
      ['o', null],
      ['f1a', 'f1'],
      ['f1b', 'f1'],
      ['f2a', 'f2'],
      ['f2b', 'f2'],
    ]);
    expect(result.texts).toEqual({ f2n: 'Some notes' });
  });
});

describe('scoreAnswers: bands from the percent', () => {
  const q = questionnaireFrom(header() + theme('t', Array.from({ length: 5 }, (_, i) => `{ id: i${i}, text: X }`).join(', ')));
  const bandOf = (answers: number[]) => {
    const t = themeOf(scoreAnswers(q, answerSet(q, Object.fromEntries(answers.map((v, i) => [`i${i}`, v])))), 't');
    return [t.percent, t.band];
  };

  it('a percent equal to a cut-off belongs to the higher band', () => {
    // percent = 100 * sum(answer - 1) / (5 * 4) = 5 * sum(answer - 1)
    expect(bandOf([3, 3, 3, 2, 1])).toEqual([35, 'emerging']); //     2+2+2+1+0 = 7  -> 35
    expect(bandOf([3, 3, 3, 2, 2])).toEqual([40, 'developing']); //   2+2+2+1+1 = 8  -> 40, the cut-off
    expect(bandOf([5, 5, 4, 2, 2])).toEqual([65, 'developing']); //   4+4+3+1+1 = 13 -> 65
    expect(bandOf([5, 5, 4, 3, 2])).toEqual([70, 'established']); //  4+4+3+2+1 = 14 -> 70, the cut-off
    expect(bandOf([1, 1, 1, 1, 1])).toEqual([0, 'emerging']);
    expect(bandOf([5, 5, 5, 5, 5])).toEqual([100, 'established']);
  });

  it('a cut-off reached exactly in arithmetic is not pushed below it by floating-point rounding', () => {
    const yes = questionnaireFrom(
      header({ scales: '  five: { labels: [A, B, C, D, E] }\n  yes-no: { min: 0, labels: [No, Yes] }' }).replace('below: 40', 'below: 20').replace('below: 70', 'below: 50') +
        theme('t', Array.from({ length: 6 }, (_, i) => `{ id: i${i}, text: X, scale: yes-no, weight: 0.3 }`).join(', ')),
    );
    // 3 of 6 items at Yes, each weight 0.3: 100 * (0.3 + 0.3 + 0.3) / (6 * 0.3) = 50 exactly, which
    // floating point computes as 49.99999999999999; it must band as 50 (the higher band).
    const t = themeOf(scoreAnswers(yes, answerSet(yes, { i0: 1, i1: 1, i2: 1, i3: 0, i4: 0, i5: 0 })), 't');
    expect(t.percent).toBeCloseTo(50, 12);
    expect(t.band).toBe('established');
  });
});

describe('scoreAnswers: importance and development priorities', () => {
  // Seven themes of two five-point items; percent = 100 * (a - 1 + b - 1) / 8.
  const ids = ['t1', 't2', 't3', 't4', 't5', 't6', 't7'];
  const q = questionnaireFrom(
    header({
      scales: '  five: { labels: [A, B, C, D, E] }\n  importance: { labels: [Not, Slightly, Moderately, Very, Essential] }',
      extra: 'importance: { scale: importance, question: "How important is {theme}?" }\n',
    }) + ids.map((id) => theme(id, `{ id: ${id}a, text: X }, { id: ${id}b, text: X }`)).join(''),
  );
  const answers = {
    t1a: 3,
    t1b: 3, // 50
    t2a: 2,
    t2b: 2, // 25
    t3a: 1,
    t3b: 1, // 0
    t4a: 5,
    t4b: 5, // 100
    t5a: 2,
    t5b: 1, // 12.5
    //                 t6 skipped: no score
    t7a: 4,
    t7b: 4, // 75
  };
  // importance percent = 100 * (importance - 1) / 4
  const importance = { t1: 5, t2: 4, t3: 2, t4: 5, t5: 3, t6: 5, t7: 5 };

  it('names themes important to the role (at least halfway up the scale) that score below their importance, biggest gap first, at most 3', () => {
    const result = scoreAnswers(q, answerSet(q, answers, { importance }));
    // gaps (importance % - score %): t1 100 - 50 = 50; t2 75 - 25 = 50; t3 25 - 0 = 25 but importance 25 < 50: out;
    // t4 100 - 100 = 0: out; t5 50 - 12.5 = 37.5; t6 no score: out; t7 100 - 75 = 25.
    // Order by gap: t1 and t2 tie at 50, t1 is more important; then t5 (37.5); t7 (25) is fourth and cut.
    expect(result.priorities).toEqual(['t1', 't2', 't5']);
    expect(result.themes.map((t) => t.importance)).toEqual([5, 4, 2, 5, 3, 5, 5]);
  });

  it('has no priorities when importance was not answered', () => {
    const result = scoreAnswers(q, answerSet(q, answers));
    expect(result.priorities).toEqual([]);
    expect(result.themes.every((t) => t.importance === null)).toBe(true);
  });

  it('names the strongest theme and the growth edge by percent', () => {
    const result = scoreAnswers(q, answerSet(q, answers, { importance }));
    expect([result.strongest, result.growthEdge]).toEqual(['t4', 't3']);
  });

  it('names neither when fewer than two themes scored differently', () => {
    const flat = scoreAnswers(
      q,
      answerSet(
        q,
        Object.fromEntries(
          ids.flatMap((id) => [
            [`${id}a`, 3],
            [`${id}b`, 3],
          ]),
        ),
      ),
    );
    expect([flat.strongest, flat.growthEdge]).toEqual([null, null]);
  });
});

describe('scoreAnswers: strengths and growth edges within a theme', () => {
  const q = questionnaireFrom(
    header({ scales: '  five: { labels: [A, B, C, D, E] }\n  three: { labels: [a, b, c] }' }) +
      theme('t', '{ id: a, text: X }, { id: b, text: X, keyed: minus }, { id: c, text: X }, { id: d, text: X, scale: three }, { id: e, text: X }'),
  );

  it('names up to 2 highest and 2 lowest items by keyed share of the scale, none in both', () => {
    // shares: a 5 -> 4/4 = 1; b 1 (minus) -> keyed 5 -> 1; c 2 -> 1/4; d 2 on three -> 1/2; e 3 -> 2/4
    const t = themeOf(scoreAnswers(q, answerSet(q, { a: 5, b: 1, c: 2, d: 2, e: 3 })), 't');
    expect(t.strengths).toEqual(['a', 'b']);
    // lowest first: c (0.25), then d and e tie at 0.5, d asked first
    expect(t.growthEdges).toEqual(['c', 'd']);
  });

  it('with 3 answered items names one of each; with all alike, none', () => {
    expect(themeOf(scoreAnswers(q, answerSet(q, { a: 5, c: 1, e: 3 })), 't')).toMatchObject({ strengths: ['a'], growthEdges: ['c'] });
    expect(themeOf(scoreAnswers(q, answerSet(q, { a: 4, c: 4, e: 4 })), 't')).toMatchObject({ strengths: [], growthEdges: [] });
  });

  it('a tie at the cut never names an item both a strength and a growth edge', () => {
    // shares: a 5 -> 1; b 2 (minus) -> keyed 4 -> 3/4; c 4 -> 3/4; e 3 -> 2/4. Top two: a, then b
    // (b and c tie, b asked first); c scores as b does, so it is no growth edge either: only e.
    const t = themeOf(scoreAnswers(q, answerSet(q, { a: 5, b: 2, c: 4, e: 3 })), 't');
    expect(t.strengths).toEqual(['a', 'b']);
    expect(t.growthEdges).toEqual(['e']);
  });

  it("the issue's case: the quick form's shared values with sv2=3, sv3=4, sv4=5, sv5=2", () => {
    const quick = loadQuestionnaire(readFileSync(new URL('../../questionnaires/systems-leadership-quick.yaml', import.meta.url), 'utf8'), 'quick.yaml').questionnaire!;
    // shares: sv2 3 -> 2/4; sv3 4 -> 3/4; sv4 5 -> 1; sv5 2 (minus) -> keyed 4 -> 3/4
    const t = themeOf(scoreAnswers(quick, answerSet(quick, { sv2: 3, sv3: 4, sv4: 5, sv5: 2 })), 'shared-values');
    expect(t.strengths).toEqual(['sv4', 'sv3']);
    expect(t.growthEdges).toEqual(['sv2']);
    expect(t.strengths!.filter((id) => t.growthEdges!.includes(id))).toEqual([]);
  });
});

describe('scoreAnswers: the result', () => {
  it("matches the published result schema and carries the answer file's details", () => {
    const q = questionnaireFrom(header() + theme('t', '{ id: a, text: X }, { id: b, text: X }, { id: n, type: text, text: Notes }'));
    const result = scoreAnswers(q, answerSet(q, { a: 2 }, { respondent: 'Sam Patel', subject: 'Sam Patel', role: 'peer', completed: '2026-11-25T10:00:00Z', texts: { n: 'A note' } }));
    expect(personResultSchema.parse(result)).toEqual(result);
    expect(result).toMatchObject({
      questionnaire: { id: 'test', version: 1, title: 'Test' },
      respondent: 'Sam Patel',
      role: 'peer',
      subject: 'Sam Patel',
      completed: '2026-11-25T10:00:00Z',
      texts: { n: 'A note' },
    });
    const bare = scoreAnswers(q, answerSet(q, {}));
    expect([bare.respondent, bare.subject, bare.completed]).toEqual([null, null, null]);
    expect(personResultSchema.safeParse(bare).success).toBe(true);
  });
});
