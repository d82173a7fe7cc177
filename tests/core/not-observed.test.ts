import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkAnswers } from '../../src/core/answers/check.js';
import { serializeAnswers } from '../../src/core/answers/serialize.js';
import { SurveyRowReader } from '../../src/core/csv/reader.js';
import { runSteps } from '../../src/core/run/steps.js';
import { applyAction, fromAnswerFile, newRunState, resumePosition, toAnswerFile } from '../../src/core/run/state.js';
import { scoreAnswers } from '../../src/core/score/score.js';
import { header, questionnaireFrom } from '../helpers/questionnaire.js';

/** An observer form whose scale lets a rater say they could not see the behaviour. */
const q = questionnaireFrom(
  `${header({ scales: "  five: { labels: [A, B, C, D, E], not_applicable: [Not observed, Don't know] }" })}  - id: t
    title: T
    items: [{ id: a, text: X }, { id: b, text: X }, { id: c, text: X }, { id: notes, type: text, text: Notes }]
`.replace('version: 1', 'version: 1\nform: observer'),
);

describe('"not observed" answers', () => {
  it('are read from an answer file in any case, kept apart as the scale spells them, and written back as text', () => {
    const text = 'questionnaire: test\nversion: 1\nrole: peer\nsubject: Sam\nanswers:\n  a: 4\n  b: "  NOT observed "\n  c: "don\'t KNOW"\n';
    const { answers, problems } = checkAnswers(text, 'a.yaml', q);
    expect(problems).toEqual([]);
    expect(answers?.answers).toEqual({ a: 4 });
    expect(answers?.notObserved).toEqual({ b: 'Not observed', c: "Don't know" });
    const again = checkAnswers(stringify(serializeAnswers(answers!)), 'again.yaml', q);
    expect(again.answers).toEqual(answers);
  });

  it('are never scored: a theme of one answer and two "not observed" has too few answers for a score', () => {
    const { answers } = checkAnswers('questionnaire: test\nversion: 1\nanswers: { a: 5, b: Not observed, c: Not observed }\n', 'a.yaml', q);
    const theme = scoreAnswers(q, answers!).themes[0]!;
    // min_answered 0.5: one of three items answered is not enough, and "not observed" is no answer.
    expect(theme.answered).toBe(1);
    expect(theme.percent).toBeNull();
  });

  it('are read from a survey export cell, not as an error, and counted apart', () => {
    const { reader } = SurveyRowReader.fromHeader(['Subject', 'a', 'b', 'c', 'notes'], q, 'peers.csv');
    const result = reader!.readRow(['Sam', '2', 'Not Observed', '4', 'Kind'], 2);
    expect(result.problems).toEqual([]);
    expect(result.answers).toMatchObject({ subject: 'Sam', answers: { a: 2, c: 4 }, notObserved: { b: 'Not observed' }, texts: { notes: 'Kind' } });
    expect(reader!.counts).toMatchObject({ rows: 1, read: 1, skipped: 0 });
    // A row that saw too little for any theme is skipped as any such row is, saying why.
    const unseen = reader!.readRow(['Sam', '', "Don't know", 'not observed', ''], 3);
    expect(unseen.problems.map((p) => p.message)).toEqual([
      'no theme can be scored: the row answers 0 of the 3 scored items (2 "not observed", which score nothing), fewer than any theme needs (50% of its items, and at least one)',
    ]);
  });

  it('settle a question in run, are saved as the text, and are read back on resume', () => {
    const steps = runSteps(q);
    let state = newRunState(q, '2026-12-02T10:00:00Z', { role: 'peer', subject: 'Sam' });
    state = applyAction(steps, state, 0, { answer: 3 }).state;
    state = applyAction(steps, state, 1, { notObserved: 'Not observed' }).state;
    expect(resumePosition(steps, state)).toBe(2);
    const file = toAnswerFile(steps, state);
    expect(file.answers).toEqual({ a: 3, b: 'Not observed' });
    const read = checkAnswers(stringify(file), 'run.yaml', q).answers!;
    expect(resumePosition(steps, fromAnswerFile(read, [], []))).toBe(2);
    // An answer given later replaces it.
    state = applyAction(steps, state, 1, { answer: 5 }).state;
    expect(toAnswerFile(steps, state).answers).toEqual({ a: 3, b: 5 });
  });
});
