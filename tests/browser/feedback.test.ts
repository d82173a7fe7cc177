/// <reference lib="dom" />
import { expect, it } from 'vitest';
import type { AnswerSet } from '../../src/core/answers/model.js';
import { buildFeedback } from '../../src/core/feedback/build.js';
import { collectSubjects } from '../../src/core/feedback/subjects.js';
import { renderFeedbackHtml } from '../../src/render/feedback-html.js';
import { openReport, browserPerFile } from './browser.js';
import { expectChartsWithTables, expectInert, expectPhoneAndPrint, expectAccessible, expectHeadingsInOrder } from './checks.js';
import { answersFor, builtIn, HOSTILE } from './fixtures.js';
import { needs } from '../helpers/requirements.js';

const { describe } = needs('chromium');

const browser = browserPerFile();

describe('feedback report in a browser', () => {
  const self = builtIn('systems-leadership');
  const observer = builtIn('systems-leadership-observer');
  const firstComment = observer.items.find((i) => i.kind === 'text')!;
  const firstStatement = observer.items.find((i) => i.kind === 'likert')!;
  // Sam Patel rates themself and is rated by a manager, four peers and one direct report, who is
  // under the floor of 3 with nobody to pool with, so is left out of every figure and comment.
  // One peer writes a comment like markup; another could not see the first statement.
  const rater = (role: AnswerSet['role'], seed: number, extra: Partial<AnswerSet> = {}): AnswerSet => ({
    ...answersFor(observer, { seed, respondent: `Rater ${seed}` }),
    role,
    subject: 'Sam Patel',
    importance: {},
    ...extra,
  });
  const peerAnswers = rater('peer', 2);
  const { [firstStatement.id]: _unseen, ...seenAnswers } = peerAnswers.answers;
  const ratings = [
    { questionnaire: self, answers: { ...answersFor(self, { seed: 0 }), subject: 'Sam Patel' } },
    { questionnaire: observer, answers: rater('manager', 1) },
    { questionnaire: observer, answers: { ...peerAnswers, answers: seenAnswers, notObserved: { [firstStatement.id]: 'Not observed' } } },
    { questionnaire: observer, answers: rater('peer', 3, { texts: { [firstComment.id]: HOSTILE.script } }) },
    { questionnaire: observer, answers: rater('peer', 4, { texts: { [firstComment.id]: HOSTILE.img } }) },
    { questionnaire: observer, answers: rater('peer', 6) },
    { questionnaire: observer, answers: rater('direct-report', 5, { texts: { [firstComment.id]: 'The one direct report wrote this.' } }) },
  ];
  const subject = collectSubjects(ratings, 'subject').subjects[0]!;
  const report = buildFeedback(subject, { minGroup: 3, margin: 10 });

  it('shows who gave feedback, each theme with its statements and comments, and runs and fetches nothing', async () => {
    const opened = await openReport(browser, 'feedback.html', renderFeedbackHtml(report));
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(await page.locator('h1').textContent()).toBe(report.title);
    expect(await page.locator('dl.facts').textContent()).toContain('Self 1 · Manager 1 · Peers 4 · left out 1');
    const headings = await page.locator('h2').allTextContents();
    // The rater left out is said first, without saying who.
    expect(headings.slice(0, 3)).toEqual(['What is missing', 'How to read this report', 'Summary']);
    expect(await page.locator('section.keep li').allTextContents()).toEqual([expect.stringMatching(/^1 rater was left out of every figure and comment/)]);
    expect(headings).toEqual(expect.arrayContaining(self.themes.map((t) => t.title)));

    // One chart, the summary's, with its table of the same figures.
    expect(await expectChartsWithTables(opened)).toBe(1);
    // The markup the peers wrote is shown as text; the left-out direct report's comment is nowhere.
    const quotes = await page.locator('blockquote').allTextContents();
    expect(quotes).toEqual(expect.arrayContaining([HOSTILE.script, HOSTILE.img]));
    const text = (await page.locator('body').textContent())!;
    expect(text).not.toContain('The one direct report wrote this.');
    expect(text).not.toMatch(/Rater \d/);
    // The statement one peer could not see (worded as the self form, which the report follows): counted apart beside the others' figure.
    const statement = self.items.find((i) => i.id === firstStatement.id)!.text;
    // A figure and its count are kept on one line by no-break spaces (feedback-html.ts): spaces to a reader.
    const rows = (await page.locator('tr').allTextContents()).map((r) => r.replace(/\u00a0/g, ' '));
    expect(rows.filter((r) => r.includes(statement))).toEqual([expect.stringContaining('(n 4, 1 not observed)')]);

    await expectInert(opened);
    await expectPhoneAndPrint(opened, 'feedback');
    await page.close();
  });
});
