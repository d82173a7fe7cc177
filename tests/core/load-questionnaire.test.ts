import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { fixture } from '../helpers/cli.js';

const minimal = readFileSync(fixture('minimal.yaml'), 'utf8');

/** Problems as "LINE:COL severity message" strings, easy to compare with the YAML in the test. */
function problems(yaml: string): string[] {
  return loadQuestionnaire(yaml, 'q.yaml').problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`);
}

const base = (themes: string, extra = '') => `id: q
version: 1
title: Q
description: D
minutes: 2
scales:
  five: { labels: [A, B, C, D, E] }
default_scale: five
bands:
  - { id: low, label: Low, below: 50 }
  - { id: high, label: High }
${extra}themes:
${themes}`;

const goodReflections = `    reflections:
      low: { meaning: m, questions: [q], try: t }
      high: { meaning: m, questions: [q], try: t }
`;

describe('loadQuestionnaire', () => {
  it('warns of an item id that is a heading survey exports give their own columns, as an export would read that column as the item', () => {
    const themes = `  - id: t
    title: T
    items:
      - { id: name, text: One }
      - { id: timestamp, text: Two }
      - { id: t3, text: Three }
${goodReflections}`;
    expect(problems(base(themes))).toEqual([
      '16:15 warning item id "name" is also the heading survey exports give the respondent\'s name: such a column would be read as this item; choose another id, such as "name-1"',
      '17:15 warning item id "timestamp" is also the heading survey exports give the completion time: such a column would be read as this item; choose another id, such as "timestamp-1"',
    ]);
  });

  it('loads a valid questionnaire into the model with defaults applied', () => {
    const { questionnaire, problems: found } = loadQuestionnaire(minimal, 'minimal.yaml');
    expect(found).toEqual([]);
    expect(questionnaire?.language).toBe('en-GB');
    expect(questionnaire?.scoring).toEqual({ method: 'mean', minAnswered: 0.5 });
    expect(questionnaire?.defaultScale).toEqual({ id: 'five', min: 1, max: 5, labels: ['One', 'Two', 'Three', 'Four', 'Five'], notApplicable: [] });
    const items = questionnaire!.themes[0]!.scoredItems;
    expect(items.map((i) => [i.id, i.keyed, i.weight, i.scale.max])).toEqual([
      ['a1', 'plus', 1, 5],
      ['a2', 'minus', 1, 5],
      ['a3', 'plus', 1, 5],
    ]);
  });

  it('computes a scale maximum from min and the number of labels', () => {
    const yaml = base(`  - id: t\n    title: T\n    items:\n      - { id: x1, text: X, scale: seven }\n      - { id: x2, text: Y }\n      - { id: x3, text: Z }\n${goodReflections}`).replace(
      'default_scale',
      '  seven: { min: 0, labels: [a, b, c, d, e, f, g] }\ndefault_scale',
    );
    const q = loadQuestionnaire(yaml, 'q.yaml').questionnaire!;
    expect(q.scales.seven).toEqual({ id: 'seven', min: 0, max: 6, labels: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], notApplicable: [] });
  });

  it("gathers a theme's facet items into the theme and gives facets their own", () => {
    const yaml = base(`  - id: t
    title: T
    items: [{ id: o1, text: Own }]
    facets:
      - id: f1
        title: F1
        items: [{ id: f1a, text: FA }, { id: f1b, text: FB, keyed: minus }]
      - id: f2
        title: F2
        items: [{ id: f2a, text: F2A }, { id: f2n, type: text, text: Notes }]
${goodReflections}`);
    const { questionnaire, problems: found } = loadQuestionnaire(yaml, 'q.yaml');
    expect(found).toEqual([]);
    const theme = questionnaire!.themes[0]!;
    expect(theme.items.map((i) => i.id)).toEqual(['o1', 'f1a', 'f1b', 'f2a', 'f2n']);
    expect(theme.scoredItems.map((i) => i.id)).toEqual(['o1', 'f1a', 'f1b', 'f2a']);
    expect(theme.facets.map((f) => f.scoredItems.map((i) => i.id))).toEqual([['f1a', 'f1b'], ['f2a']]);
    expect(theme.items.find((i) => i.id === 'f2n')).toMatchObject({ kind: 'text', facetId: 'f2' });
  });

  describe('reports each kind of error at its line and column', () => {
    it('YAML syntax errors', () => {
      expect(problems(minimal.replace('title: Minimal', 'title: [unclosed'))).toEqual(['3:8 error the [ that starts here is never closed: add a ] at the end of the list, or indent the lines that continue it']);
    });

    it('duplicate keys', () => {
      expect(problems(minimal.replace('version: 1', 'version: 1\nid: r'))).toEqual(['3:1 error "id" is given twice in the same mapping: keep one of them (YAML would keep only the last)']);
    });

    it('unknown keys, with a suggestion', () => {
      expect(problems(minimal.replace('minutes: 1', 'minutes: 1\ntitel: x'))).toEqual(['6:1 error unknown field "titel" (did you mean "title"?)']);
      expect(problems(minimal.replace('{ id: a1, text: First statement }', '{ id: a1, text: First statement, colour: red }'))).toEqual(['17:42 error unknown field "colour"']);
    });

    it('missing required fields, at the mapping that lacks them', () => {
      expect(problems(minimal.replace('title: Minimal\n', ''))).toEqual(['1:1 error missing required field "title"']);
      expect(problems(minimal.replace('{ id: a3, text: Third statement }', '{ id: a3 }'))).toEqual(['19:9 error theme 1 (alpha), item 3 (a3): missing required field "text"']);
    });

    it('wrong types', () => {
      expect(problems(minimal.replace('version: 1', 'version: one'))).toEqual(['2:10 error version: the text "one" where a number belongs: write it in digits, e.g. 3']);
      expect(problems(minimal.replace('version: 1', 'version: 1.5'))).toEqual(['2:10 error version: 1.5 where a whole number belongs: leave out the decimals']);
      expect(problems(minimal.replace('keyed: minus', 'keyed: reversed'))).toEqual(['18:50 error theme 1 (alpha), item 2 (a2), keyed: must be one of "plus", "minus", not the text "reversed"']);
    });

    it('duplicate item, theme and facet ids', () => {
      const yaml = base(`  - id: t
    title: T
    items: [{ id: x, text: X }, { id: x, text: Y }, { id: z, text: Z }]
    facets:
      - { id: t, title: Same as theme, items: [{ id: w, text: W }] }
${goodReflections}`);
      expect(problems(yaml)).toEqual(['15:39 error duplicate item id "x" (first used in theme "t")', '17:15 error duplicate theme or facet id "t" (first used by theme "t")']);
    });

    it('references to unknown scales, resources and bands', () => {
      const yaml = base(`  - id: t
    title: T
    items: [{ id: x, text: X, scale: ten }, { id: y, text: Y }, { id: z, text: Z }]
    resources: [nowhere]
    reflections:
      low: { meaning: m, questions: [q], try: t }
      high: { meaning: m, questions: [q], try: t }
      middle: { meaning: m, questions: [q], try: t }
`).replace('default_scale: five', 'default_scale: fiv');
      expect(problems(yaml)).toEqual([
        '8:16 error unknown scale "fiv" (known: five)',
        '15:38 error unknown scale "ten" (known: five)',
        '16:17 error unknown resource "nowhere"',
        '20:7 error reflections for unknown band "middle" (known: low, high)',
      ]);
    });

    it('band cut-offs that do not rise or lie outside 0-100', () => {
      const bands = (cuts: string) => minimal.replace(/bands:\n(?: {2}- .*\n)+/, `bands:\n${cuts}`);
      expect(problems(bands('  - { id: low, label: Low, below: 60 }\n  - { id: mid, label: Mid, below: 60 }\n  - { id: high, label: High }\n'))).toEqual([
        '12:35 error band cut-offs must be strictly increasing: 60 is not above 60',
        expect.stringMatching(/^21:5 warning theme "alpha" has no reflections for band "mid"/),
      ]);
      expect(problems(bands('  - { id: low, label: Low, below: 120 }\n  - { id: high, label: High }\n'))).toEqual(['11:35 error band 1 (low), below: must be at most 100, not 120']);
      expect(problems(bands('  - { id: low, label: Low, below: 0 }\n  - { id: high, label: High }\n'))).toEqual(['11:35 error a cut-off must lie between 0 and 100 (exclusive), not 0']);
      expect(problems(bands('  - { id: low, label: Low }\n  - { id: high, label: High, below: 50 }\n'))).toEqual([
        '11:5 error band "low" needs a "below" cut-off (only the last band has none)',
        '12:37 error the last band must not have a "below" cut-off: it takes every percent above the others',
      ]);
    });

    it('a scale with fewer than 2 labels', () => {
      expect(problems(minimal.replace('[One, Two, Three, Four, Five]', '[Only]'))).toEqual(['8:13 error scale "five", labels: a scale needs at least 2 labels']);
    });

    it('labels of one scale that an answer or CSV cell could not tell apart (case and spacing ignored)', () => {
      expect(problems(minimal.replace('[One, Two, Three, Four, Five]', '[Same, same, "  SAME ", Four, "Five  ok"]\n  other:\n    labels: [five ok, Other, "Five ok"]'))).toEqual([
        '8:20 error scale "five": label 2 "same" is the same as label 1 "Same" when case and spacing are ignored, so an answer "same" could not be read back: give each point its own label',
        '8:26 error scale "five": label 3 "SAME" is the same as label 1 "Same" when case and spacing are ignored, so an answer "SAME" could not be read back: give each point its own label',
        '10:30 error scale "other": label 3 "Five ok" is the same as label 1 "five ok" when case and spacing are ignored, so an answer "Five ok" could not be read back: give each point its own label',
      ]);
    });

    it('"not observed" answers that are a label, a number, or given twice', () => {
      expect(problems(minimal.replace('[One, Two, Three, Four, Five]', '[One, Two, Three, Four, Five]\n    not_applicable: [two, "3", N/A]'))).toEqual([
        '9:22 error scale "five": "two" is both a "not observed" answer and label 2 "Two": give it a text of its own',
        '9:27 error scale "five": the "not observed" answer "3" is a number, so it could be read as a point: use words, e.g. "Not observed"',
      ]);
      expect(problems(minimal.replace('[One, Two, Three, Four, Five]', '[One, Two, Three, Four, Five]\n    not_applicable: [N/A, " n/A "]'))).toEqual([
        '9:27 error scale "five": the "not observed" answer "n/A" is given twice',
      ]);
    });

    it('a theme or facet with no scored item', () => {
      const yaml = base(`  - id: t
    title: T
    items: [{ id: n, type: text, text: Notes }]
  - id: u
    title: U
    items: [{ id: a, text: A }, { id: b, text: B }, { id: c, text: C }]
    facets:
      - { id: f, title: F, items: [{ id: m, type: text, text: More notes }] }
${goodReflections}`);
      expect(problems(yaml)).toEqual(['13:5 error theme "t" has no scored item: add items or facets with rating items', '20:9 error facet "f" has no scored item (only free-text items)']);
    });

    it('keyed, scale or weight on a free-text item', () => {
      expect(problems(minimal.replace('{ id: a3, text: Third statement }', '{ id: a3, text: Third statement }\n      - { id: n, type: text, text: Notes, weight: 2 }'))).toEqual([
        '20:43 error "weight" has no meaning on a free-text item (type: text)',
      ]);
    });
  });

  describe('lints as warnings, which do not stop loading', () => {
    it('a theme with fewer than 3 scored items', () => {
      const { questionnaire, problems: found } = loadQuestionnaire(minimal.replace('      - { id: a3, text: Third statement }\n', ''), 'q.yaml');
      expect(questionnaire).toBeDefined();
      expect(found.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`)).toEqual(['14:5 warning theme "alpha" has only 2 scored items; 3 or more give a steadier score']);
    });

    it('a theme of 6 or more items all keyed the same way', () => {
      const items = Array.from({ length: 6 }, (_, i) => `{ id: i${i}, text: Item ${i} }`).join(', ');
      expect(problems(base(`  - id: t\n    title: T\n    items: [${items}]\n${goodReflections}`))).toEqual([
        '13:5 warning all 6 items of theme "t" are keyed "plus": mix in a few reverse-keyed items to catch agreeing by habit',
      ]);
    });

    it('a band with no reflections in a theme', () => {
      expect(problems(minimal.replace(/ {6}high: \{ meaning: High.*\n/, ''))).toEqual(['20:5 warning theme "alpha" has no reflections for band "high"']);
    });
  });

  describe('refuses hostile input quickly and clearly', () => {
    it('a file over 1 MiB', () => {
      expect(problems(`# ${'x'.repeat(1024 * 1024)}\n`)).toEqual([expect.stringMatching(/^1:1 error file is too large \(1\.0 MiB; the limit is 1 MiB\)$/)]);
    });

    it('an alias bomb', () => {
      const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
      for (const [prev, name] of [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'e'],
        ['e', 'f'],
        ['f', 'g'],
        ['g', 'h'],
      ] as const) {
        lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
      }
      expect(problems(lines.join('\n'))).toEqual([expect.stringMatching(/^6:32 error aliases \(\*name\) would make this file 612,146 times larger than written/)]);
    });

    it('an alias inside the value it names, however deep, and an alias with no anchor', () => {
      expect(problems('attributes: &a {team: *a}\n')).toEqual(['1:23 error alias *a refers to itself: it is inside the value anchored as &a, so the value would contain itself (a cycle)']);
      expect(problems('a: &x {b: &y [1, {c: *x}]}\n')).toEqual([expect.stringMatching(/^1:22 error alias \*x refers to itself/)]);
      expect(problems('x: &m\n  <<: *m\n')).toEqual([expect.stringMatching(/^2:7 error alias \*m refers to itself/)]);
      expect(problems('? &k [*k]\n: 1\n')).toEqual([expect.stringMatching(/^1:7 error alias \*k refers to itself/)]);
      expect(problems('a: *nope\n')).toEqual(['1:4 error a value starting with * refers to an anchor &nope that is not set before it: if the * is part of the text, put the whole value in quotes']);
    });

    it('more aliases than the limit, at the first one over it, in one pass however many there are', () => {
      // 200,000 aliases took minutes when each alias was resolved by a search of the whole document.
      expect(problems(`a: &a 1\nb: [${Array(200_000).fill('*a').join(', ')}]\n`)).toEqual(['2:405 error too many aliases (*name): a file may use at most 100']);
      expect(problems(`a: &a 1\nb: [${Array(50).fill('*a').join(', ')}]\n`).filter((p) => /alias/.test(p))).toEqual([]);
    });

    it('an alias names the latest anchor of its name before it', () => {
      expect(problems('a: &x 1\nb: &x [*x]\n')).toEqual([expect.stringMatching(/^2:8 error alias \*x refers to itself/)]);
      expect(problems('a: &x [1]\nb: *x\nc: &x 2\n').filter((p) => /alias/.test(p))).toEqual([]);
    });

    it('an alias to an earlier value is still read', () => {
      const shared = minimal.replace('labels: [One, Two, Three, Four, Five]', 'labels: &five [One, Two, Three, Four, Five]\n  again: { labels: *five }');
      expect(loadQuestionnaire(shared, 'q.yaml').questionnaire?.scales.again?.labels).toEqual(['One', 'Two', 'Three', 'Four', 'Five']);
    });

    it('absurd nesting, in flow and block style', () => {
      expect(problems(`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toEqual(['1:68 error nesting is too deep (more than 64 levels)']);
      expect(problems(`a:\n${'- '.repeat(300_000)}x`)).toEqual(['2:1 error nesting is too deep (more than 64 levels)']);
    });

    it('the nesting yaml makes of "key: value: " in brackets, which no bracket counts (found by fuzzing: a stack overflow)', () => {
      // Each key of the run opens a level, with the document and the brackets: the 63rd key, the 32nd "a",
      // passes 64 at its colon, column 8 + 31 * 6 + 2.
      expect(problems(`title: [${'a: b: '.repeat(3000)}\n`)).toEqual(['1:196 error nesting is too deep (more than 64 levels)']);
      // One level a line after the first, whose "b:" opens none: line 63 passes it, at the colon of its "b:".
      expect(problems(`title: [\n${'  a: b:\n'.repeat(3000)}`)).toEqual(['63:7 error nesting is too deep (more than 64 levels)']);
    });

    it('an empty file or a file that is not a mapping', () => {
      expect(problems('')).toEqual(['1:1 error the file is empty: expected a questionnaire (see questionnaires/template.yaml)']);
      expect(problems('- just\n- a list\n')).toEqual(['1:1 error a list where a mapping of fields belongs: write each field as name: value']);
    });

    it('keeps apostrophes and quoted brackets from confusing the nesting check', () => {
      expect(problems(minimal.replace('First statement', '"[[[[ I don\'t ]]]]"'))).toEqual([]);
    });
  });

  describe('size', () => {
    const theme = (t: number, items: number, item = (i: number) => `{ id: t${t}i${i}, text: T }`) =>
      `  - id: t${t}\n    title: T\n${goodReflections}    items:\n${Array.from({ length: items }, (_, i) => `      - ${item(i)}\n`).join('')}`;

    it('reports at most 100 problems of one file, then counts the rest', () => {
      const found = problems(base(theme(0, 150, (i) => `{ id: i${i}, text: T, bad: 1, worse: 1 }`)));
      expect(found).toHaveLength(101);
      expect(found[100]).toMatch(/ error 200 more problems from here on, not shown \(only the first 100 are\)$/);
    });

    it('refuses more than 200 items in one theme or facet, at the list', () => {
      const yaml = base(theme(0, 201));
      const line = yaml.split('\n').indexOf('    items:') + 2;
      expect(problems(yaml)).toContain(`${line}:7 error theme 1 (t0), items: may have at most 200 items: split a longer list into themes or facets`);
      expect(problems(base(theme(0, 200))).filter((p) => p.includes(' error '))).toEqual([]);
    });

    it('refuses more than 200 items in a theme with its facets, at the item that crosses', () => {
      const facet = (f: number, n: number) => `      - id: f${f}\n        title: F\n        items:\n${Array.from({ length: n }, (_, i) => `          - { id: f${f}i${i}, text: T }\n`).join('')}`;
      const yaml = base(`  - id: t0\n    title: T\n${goodReflections}    facets:\n${facet(0, 150)}${facet(1, 51)}`);
      const line = yaml.split('\n').indexOf('          - { id: f1i50, text: T }') + 1;
      expect(problems(yaml).filter((p) => p.includes(' error '))).toEqual([`${line}:13 error too many items in one theme: a theme with its facets may have at most 200`]);
    });

    it('refuses more than 500 items in all, at the 501st', () => {
      const yaml = base(theme(0, 200) + theme(1, 200) + theme(2, 101));
      const line = yaml.split('\n').indexOf('      - { id: t2i100, text: T }') + 1;
      const errors = (yaml: string) => problems(yaml).filter((p) => p.includes(' error '));
      expect(errors(yaml)).toEqual([`${line}:9 error too many items: a questionnaire may have at most 500 in all`]);
      expect(errors(base(theme(0, 200) + theme(1, 200) + theme(2, 100)))).toEqual([]);
    });
  });
});
