import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkAnswers, readAnswerHeader } from '../../src/core/answers/check.js';
import { serializeAnswers } from '../../src/core/answers/serialize.js';
import { header, questionnaireFrom } from '../helpers/questionnaire.js';

const q = questionnaireFrom(
  header({
    scales: '  five: { labels: [Rarely, Sometimes, Often, Usually, Almost always] }\n  importance: { labels: [Not, Slightly, Moderately, Very, Essential] }',
    extra: 'importance: { scale: importance, question: "How important is {theme}?" }\n',
  }) +
    `  - id: shared-values
    title: Shared values
    items: [{ id: sv1, text: X }, { id: sv2, text: X, keyed: minus }, { id: sv-notes, type: text, text: Notes }]
`,
);
const noImportance = questionnaireFrom(`${header()}  - id: t\n    title: T\n    items: [{ id: a, text: X }]\n`);

const good = `questionnaire: test
version: 1
respondent: Sam Patel
role: self
completed: 2026-11-25T10:00:00Z
answers:
  sv1: 4
  sv2: almost ALWAYS
  sv-notes: Working on it
importance:
  shared-values: Essential
`;

/** The problems as LINE:COL SEVERITY MESSAGE, for exact comparison. */
const problems = (text: string, questionnaire = q) => checkAnswers(text, 'a.yaml', questionnaire).problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`);

describe('checkAnswers', () => {
  it('turns numbers and labels (any case) into points, keeps free text, and reads importance', () => {
    const { answers, problems: found } = checkAnswers(good, 'a.yaml', q);
    expect(found).toEqual([]);
    expect(answers).toEqual({
      questionnaire: { id: 'test', version: 1 },
      respondent: 'Sam Patel',
      role: 'self',
      completed: '2026-11-25T10:00:00Z',
      attributes: {},
      answers: { sv1: 4, sv2: 5 },
      texts: { 'sv-notes': 'Working on it' },
      importance: { 'shared-values': 5 },
    });
  });

  it('reads JSON as well as YAML, and treats null and empty answers as skipped', () => {
    const json = JSON.stringify({ questionnaire: 'test', version: 1, answers: { sv1: null, sv2: '', 'sv-notes': ' ' } });
    expect(checkAnswers(json, 'a.json', q).answers).toMatchObject({ role: 'self', answers: {}, texts: {}, importance: {} });
  });

  describe('reports each bad answer at its line and column', () => {
    it('malformed YAML', () => {
      expect(problems('questionnaire: test\nanswers: { sv1: 4\n')).toEqual(['2:10 error the { that starts here is never closed: add a } at the end of the fields, or indent the lines that continue it']);
    });

    it('an empty file', () => {
      expect(problems('')).toEqual(['1:1 error the file is empty: expected answers (questionnaire, version, answers)']);
    });

    it('a missing required field', () => {
      expect(problems('questionnaire: test\nanswers: {}\n')).toEqual(['1:1 error missing required field "version"']);
    });

    it('an unknown field, with a suggestion', () => {
      expect(problems(good.replace('respondent:', 'respondant:'))).toEqual(['3:1 error unknown field "respondant" (did you mean "respondent"?)']);
    });

    it('an unknown role', () => {
      expect(problems(good.replace('role: self', 'role: boss'))).toEqual(['4:7 error role: must be one of "self", "manager", "peer", "direct-report", "partner", "other", not the text "boss"']);
    });

    it('a questionnaire id that does not match', () => {
      expect(problems(good.replace('questionnaire: test', 'questionnaire: other'))).toEqual(['1:16 error these answers are for questionnaire "other", not "test"']);
    });

    it('a version that does not match', () => {
      expect(problems(good.replace('version: 1', 'version: 2'))).toEqual(['2:10 error these answers are for version 2 of "test", but the questionnaire is version 1: its items or scoring may have changed']);
    });

    it('an unknown item id, at the key', () => {
      expect(problems(good.replace('  sv1: 4', '  sv1: 4\n  sv9: 2'))).toEqual(['8:3 error unknown item "sv9": questionnaire "test" has no item with that id']);
    });

    it('a value off the scale', () => {
      expect(problems(good.replace('sv1: 4', 'sv1: 6'))).toEqual(['7:8 error answers.sv1: 6 is off the scale: use a whole number from 1 to 5']);
      expect(problems(good.replace('sv1: 4', 'sv1: 2.5'))).toEqual(['7:8 error answers.sv1: 2.5 is off the scale: use a whole number from 1 to 5']);
    });

    it('a label that is not on the scale', () => {
      expect(problems(good.replace('sv2: almost ALWAYS', 'sv2: Never'))).toEqual(['8:8 error answers.sv2: "Never" is not on the scale: use 1 to 5 or one of "Rarely", "Sometimes", "Often", "Usually", "Almost always"']);
    });

    it('a number for a free-text item', () => {
      expect(problems(good.replace('sv-notes: Working on it', 'sv-notes: 3'))).toEqual(['9:13 error answers.sv-notes: "sv-notes" is a free-text item: expected text, got the number 3']);
    });

    it('a list where an answer belongs', () => {
      expect(problems(good.replace('sv1: 4', 'sv1: [4]'))).toEqual([expect.stringMatching(/^7:8 error answers\.sv1: /)]);
    });

    const accepted = 'expected a whole number from 1 to 5 or one of "Rarely", "Sometimes", "Often", "Usually", "Almost always"';
    it.each([
      ['true', 'true'],
      ['false', 'false'],
      ['[1, 2]', 'a list'],
      ['[]', 'an empty list'],
      ['{ a: 1 }', 'a mapping'],
    ])('an answer of the wrong type (%s): what was given and what the scale takes', (value, given) => {
      expect(problems(good.replace('sv1: 4', `sv1: ${value}`))).toEqual([`7:8 error answers.sv1: ${accepted}; got ${given}`]);
      expect(problems(good.replace('shared-values: Essential', `shared-values: ${value}`))).toEqual([
        `11:18 error importance.shared-values: expected a whole number from 1 to 5 or one of "Not", "Slightly", "Moderately", "Very", "Essential"; got ${given}`,
      ]);
      expect(problems(good.replace('sv-notes: Working on it', `sv-notes: ${value}`))).toEqual([`9:13 error answers.sv-notes: "sv-notes" is a free-text item: expected text, got ${given}`]);
    });

    it('an answer of the wrong type in JSON, at its line and column', () => {
      const json = JSON.stringify({ questionnaire: 'test', version: 1, answers: { sv1: true, sv2: [1, 2] } }, null, 2);
      expect(problems(json)).toEqual([`5:12 error answers.sv1: ${accepted}; got true`, `6:12 error answers.sv2: ${accepted}; got a list`]);
    });

    it('importance for an unknown theme, at the key', () => {
      expect(problems(good.replace('  shared-values: Essential', '  shared-value: 5'))).toEqual(['11:3 error unknown theme "shared-value": importance is given per theme (shared-values)']);
    });

    it('importance off the importance scale', () => {
      expect(problems(good.replace('shared-values: Essential', 'shared-values: 9'))).toEqual(['11:18 error importance.shared-values: 9 is off the scale: use a whole number from 1 to 5']);
    });

    it('importance given to a questionnaire that does not ask it: a warning, and the answers still load', () => {
      const text = 'questionnaire: test\nversion: 1\nanswers: { a: 3 }\nimportance: { t: 5 }\n';
      expect(problems(text, noImportance)).toEqual(['4:1 warning importance is ignored: questionnaire "test" does not ask how important each theme is']);
      expect(checkAnswers(text, 'a.yaml', noImportance).answers?.importance).toEqual({});
    });

    it('every problem in a file, in order', () => {
      expect(problems(good.replace('sv1: 4', 'sv1: 0').replace('sv2: almost ALWAYS', 'sv2: 7'))).toEqual([
        '7:8 error answers.sv1: 0 is off the scale: use a whole number from 1 to 5',
        '8:8 error answers.sv2: 7 is off the scale: use a whole number from 1 to 5',
      ]);
    });

    it('a bad completion time', () => {
      expect(problems(good.replace('2026-11-25T10:00:00Z', 'yesterday'))).toEqual([expect.stringMatching(/^5:12 error completed: /)]);
    });
  });
});

describe('an answer file with thousands of problems', () => {
  const unknownIds = (count: number) => `questionnaire: test\nversion: 1\nanswers:\n  sv1: 4\n${Array.from({ length: count }, (_, i) => `  unknown-${i}: 3\n`).join('')}`;

  // Before, yaml's duplicate-key check and locating each key compared it with every key before
  // it: 20,000 keys took 16 s, far beyond the test timeout. Now each is a lookup.
  it('reads 20,000 unknown ids in linear time, and reports the first 100 and a count of the rest', () => {
    const found = problems(unknownIds(20_000));
    expect(found).toHaveLength(101);
    expect(found[0]).toBe('5:3 error unknown item "unknown-0": questionnaire "test" has no item with that id');
    expect(found[99]).toBe('104:3 error unknown item "unknown-99": questionnaire "test" has no item with that id');
    expect(found[100]).toBe('105:3 error 19,900 more problems from here on, not shown (only the first 100 are)');
  });

  it('lists every problem when there are 100', () => {
    const found = problems(unknownIds(100));
    expect(found).toHaveLength(100);
    expect(found.at(-1)).toBe('104:3 error unknown item "unknown-99": questionnaire "test" has no item with that id');
  });

  it('finds 20,000 duplicate keys in linear time, and reports them as many unknown ids are', () => {
    const found = problems(`questionnaire: test\nversion: 1\nanswers:\n${'  sv1: 4\n'.repeat(20_001)}`);
    expect(found).toHaveLength(101);
    expect(found[0]).toBe('5:3 error "sv1" is given twice in the same mapping: keep one of them (YAML would keep only the last)');
    expect(found[100]).toBe('105:3 error 19,900 more problems from here on, not shown (only the first 100 are)');
  });
});

describe('readAnswerHeader', () => {
  it('reads the questionnaire id, version and where the id is written', () => {
    expect(readAnswerHeader(good, 'a.yaml')).toEqual({ header: { questionnaire: 'test', version: 1, line: 1, column: 16 }, problems: [] });
  });

  it('gives the problems when the file is not an answer file', () => {
    expect(readAnswerHeader('answers: {}\n', 'a.yaml').header).toBeUndefined();
    expect(readAnswerHeader('answers: {}\n', 'a.yaml').problems.map((p) => p.message)).toEqual(['missing required field "questionnaire"', 'missing required field "version"']);
  });
});

describe('serializeAnswers', () => {
  it('writes the answer-file format, which checkAnswers reads back to the same answers', () => {
    const { answers } = checkAnswers(good.replace('role: self', 'role: peer\nsubject: Alex Kim\nattributes: { team: North }'), 'a.yaml', q);
    const file = serializeAnswers(answers!);
    expect(file).toEqual({
      questionnaire: 'test',
      version: 1,
      respondent: 'Sam Patel',
      role: 'peer',
      subject: 'Alex Kim',
      completed: '2026-11-25T10:00:00Z',
      attributes: { team: 'North' },
      answers: { sv1: 4, sv2: 5, 'sv-notes': 'Working on it' },
      importance: { 'shared-values': 5 },
    });
    expect(checkAnswers(stringify(file), 'again.yaml', q)).toEqual({ answers, problems: [] });
  });

  it('leaves out what is absent: in-progress answers have no completion time', () => {
    const { answers } = checkAnswers('questionnaire: test\nversion: 1\nstarted: 2026-11-25T09:50:00Z\nanswers: { sv1: 2 }\n', 'a.yaml', q);
    expect(serializeAnswers(answers!)).toEqual({ questionnaire: 'test', version: 1, role: 'self', started: '2026-11-25T09:50:00Z', answers: { sv1: 2 } });
  });
});

describe('the role of answers that name none', () => {
  const answers = 'questionnaire: test\nversion: 1\nanswers: { a: 3 }\n';
  it('is self for a self form', () => {
    expect(checkAnswers(answers, 'a.yaml', noImportance).answers?.role).toBe('self');
  });

  it('is other for an observer form, whose answers never come from the subject', () => {
    const observer = { ...noImportance, form: 'observer' as const };
    expect(checkAnswers(answers, 'a.yaml', observer).answers?.role).toBe('other');
    expect(checkAnswers(answers.replace('answers:', 'role: manager\nanswers:'), 'a.yaml', observer).answers?.role).toBe('manager');
  });
});

describe('an answer file that aliases would swell', () => {
  it('is refused at the alias that crosses the limit, before its value is built', () => {
    const list = Array.from({ length: 8000 }, (_, i) => `  - { k${i}: v }\n`).join('');
    const aliases = Array.from({ length: 99 }, (_, k) => `x${k}: *big\n`).join('');
    const { problems } = readAnswerHeader(`${good}extra: &big\n${list}${aliases}`, 'a.yaml');
    // The good header is 11 lines and the list 8,000; each alias copies 24,001 values, so the 20th passes 500,000.
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([expect.stringMatching(/^8032:6 aliases \(\*name\) would make this file 99 times larger than written/)]);
  });
});
