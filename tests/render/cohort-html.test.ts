import { describe, expect, it } from 'vitest';
import { BASIS, buildCohortReport, COHORT_CAUTION, type CohortReportInput } from '../../src/core/report/cohort-build.js';
import { cohortView } from '../../src/core/report/cohort-view.js';
import { FormRespondents, type RespondentFacts } from '../../src/core/report/respondents.js';
import { renderCohortHtml } from '../../src/render/cohort-html.js';
import { header, questionnaireFrom } from '../helpers/questionnaire.js';

const SCRIPT = '<script>alert(1)</script>';
// Theme "a": a1, a2 and a3 (reverse-keyed); theme "b": one facet, with hostile titles and text as a shared file could have.
const q = questionnaireFrom(`${header()}  - id: a
    title: Alpha
    items:
      - { id: a1, text: First }
      - { id: a2, text: Second }
      - { id: a3, text: Third, keyed: minus }
  - id: b
    title: 'Beta ${SCRIPT}'
    facets:
      - id: b-facet
        title: '"><img src=x onerror=alert(2)>'
        items:
          - { id: b1, text: 'Fourth ${SCRIPT}' }
          - { id: b2, text: Fifth }
`);

const facts = (extra: Partial<RespondentFacts> = {}): RespondentFacts => ({ role: 'self', attributes: {}, ...extra });
const row = (...values: (number | null)[]) => Float64Array.from(values, (v) => (v === null ? NaN : v));
/** Every item answered x once keyed (a3 is reverse-keyed): theme a scores 100 * (x - 1) / 4 percent. */
const at = (x: number) => row(x, x, 6 - x, x, x);
const input = (form: FormRespondents, extra: Partial<CohortReportInput> = {}): CohortReportInput => ({
  forms: [form],
  respondents: { read: form.size + 2, scored: form.size, skipped: 2, reasons: { 'answer not on the scale': 2 } },
  minGroup: 3,
  subjectColumn: 'subject',
  margin: 10,
  people: 'none',
  ...extra,
});

describe('renderCohortHtml: statistics and groups', () => {
  // Four respondents of a team named like markup, one of a team under the floor; every one named.
  const form = new FormRespondents(q, { keepNames: true, groupBy: 'team' });
  [5, 4, 2, 3].forEach((x, i) => form.addValues(at(x), facts({ respondent: `Person ${i}`, attributes: { team: SCRIPT } }), 'c.csv', i + 2));
  form.addValues(at(1), facts({ respondent: 'Person 4', attributes: { team: 'Tiny team' } }), 'c.csv', 6);
  // The whole cohort's figures, worked by hand below, are of everyone only without --group-by:
  // with it, the one member of the tiny team is left out of them too (else subtraction gives them back).
  const report = buildCohortReport(input(form));
  const html = renderCohortHtml(cohortView(report, [q]));
  const grouped = renderCohortHtml(cohortView(buildCohortReport(input(form, { groupBy: 'team' })), [q]));

  it('says how many were read, scored and skipped, why, on what basis, and with what caution', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('<h1>Cohort report: Test</h1>');
    expect(html).toContain('<dt>Respondents</dt><dd>7 read · 5 scored · 2 skipped (answer not on the scale: 2)</dd>');
    expect(html).toContain(`<p class="caution">${COHORT_CAUTION}</p>`);
    expect(html).toContain(BASIS.replace(/'/g, '&#39;').replace(/"/g, '&quot;'));
  });

  it('draws every theme, and each theme with facets, as a distribution over the band zones with the counts in a table', () => {
    // Percents of a: 100, 75, 25, 50, 0: one each in the bins from 0, 20, 50, 70 and 90.
    expect(report.themes[0]!.distribution).toEqual([1, 0, 1, 0, 0, 1, 0, 1, 0, 1]);
    // The distributions' charts (the summary's bars and the statements' diverging bars are others).
    const charts = html.match(/<svg [^>]*class="chart"[\s\S]*?<\/svg>/g)!.filter((chart) => chart.includes('class="column"'));
    expect(charts).toHaveLength(2);
    expect(charts[0]!.match(/<rect class="column"/g)).toHaveLength(5 + 5);
    expect(charts[1]!.match(/<rect class="column"/g)).toHaveLength(5 + 5);
    expect(html).toContain('<tr><th scope="row">20–29%</th><td class="num">1</td><td class="num">1</td></tr>');
    expect(html).toContain('<tr><th scope="row">90–100%</th><td class="num">1</td><td class="num">1</td></tr>');
  });

  it('tables mean, SD, median and alpha per theme, every figure per facet, the bands and each item', () => {
    const a = report.themes[0]!;
    expect(html).toContain(`<tr><th scope="row">Alpha</th><td class="num">5</td><td class="num">50%</td><td class="num">${a.mean!.toFixed(2)}</td><td class="num">${a.sd!.toFixed(2)}</td><td class="num">3.00</td>`);
    expect(html).toMatch(/<th scope="row">&quot;&gt;&lt;img src=x onerror=alert\(2\)&gt;<\/th><td class="num">5<\/td><td class="num">0<\/td>/);
    expect(html).toContain('<td class="num">2 (40%)</td><td class="num">1 (20%)</td><td class="num">2 (40%)</td>');
    // Statements by their text, not their ids; the answers per point of the scale beside their diverging bars.
    expect(html).toContain('<th scope="row">Third (reverse-keyed)</th><td class="num">5</td><td class="num">0</td><td class="num">3.00</td>');
    expect(html).toContain(`<th scope="row">Third (reverse-keyed)</th><td class="num">5</td>${'<td class="num">1 (20%)</td>'.repeat(5)}</tr>`);
    expect(html).not.toMatch(/>a3\b|a3 \(R\)/);
  });

  it('shows the groups the floor lets through, only counts the ones it hides, and names nobody', () => {
    expect(grouped).toContain('<h2 id="f1-groups">Groups by team</h2>');
    expect(grouped).toContain(`<tr><th scope="row">&lt;script&gt;alert(1)&lt;/script&gt;</th><td class="num">4</td>`);
    expect(grouped).toContain('1 group with 1 respondent not shown: fewer than 3 even when pooled.');
    expect(grouped).toContain(
      '<p>These figures leave out 1 respondent hidden by the anonymity floor (in a group or 360 rater group of fewer than 3): with them, taking the other figures shown away could give one back.</p>',
    );
    expect(grouped).not.toMatch(/Tiny team|Person \d|c\.csv/);
  });

  it('escapes every text from the questionnaire and the CSV', () => {
    expect(html).not.toMatch(/<script|<img|onerror="/i);
    expect(html).toContain('<h2 id="f1-t2">Beta &lt;script&gt;alert(1)&lt;/script&gt;</h2>');
    expect(html).toContain('<th scope="row">Fourth &lt;script&gt;');
  });

  it('names respondents only when the report has per-respondent rows', () => {
    const named = renderCohortHtml(cohortView(buildCohortReport(input(form, { groupBy: 'team', people: 'named' })), [q]));
    expect(named).toContain('<h2 id="respondents">Respondents</h2>');
    expect(named).toContain('<tr><th scope="row">5</th><td>Person 4</td><td>Self</td><td>Tiny team</td><td class="num">0%</td>');
  });

  it('needs the questionnaire of every form, for its bands', () => {
    expect(() => cohortView(report, [])).toThrow(/"test"/);
  });
});

describe('renderCohortHtml: the 360 view', () => {
  // Sam rates every item 5 (100%); a manager 3 (50%); three peers 3, 3, 4 (50%, 50%, 75%); Jo's peers see more than Jo.
  const form = new FormRespondents(q, { keepNames: false, subjectColumn: 'subject' });
  form.addValues(at(5), facts({ respondent: 'Sam' }), 'sam.yaml');
  form.addValues(at(3), facts({ role: 'manager', subject: 'Sam' }), 'c.csv', 2);
  for (const x of [3, 3, 4]) form.addValues(at(x), facts({ role: 'peer', subject: 'Sam' }), 'c.csv', 3);
  form.addValues(at(2), facts({ role: 'self', subject: `Jo ${SCRIPT}` }), 'c.csv', 6);
  for (const x of [5, 5, 5]) form.addValues(at(x), facts({ role: 'peer', subject: `Jo ${SCRIPT}` }), 'c.csv', 7);
  // Named (--per-respondent), so the subjects' names and their escaping can be seen.
  const html = renderCohortHtml(cohortView(buildCohortReport(input(form, { people: 'named' })), [q]));
  const sam = html.slice(html.indexOf('<h3 id="s1">'), html.indexOf('<h3 id="s2">'));
  const jo = html.slice(html.indexOf('<h3 id="s2">'));

  it('sets self against others per theme as bars over the band zones, with a table of each rater group', () => {
    expect(sam).toContain('<h3 id="s1">Sam</h3>');
    expect(sam).toContain('1 self-rating, 4 other raters.');
    expect(sam).toContain('>self 100%<');
    expect(sam).toContain('>others 56%<');
    expect(sam).toMatch(/<th scope="col" class="num">Manager<\/th><th scope="col" class="num">Peers<\/th>/);
    expect(sam).toContain(
      '<tr><th scope="row">Alpha</th><td class="num">100%</td><td class="num">56%</td><td class="num">4</td><td class="num">50%</td><td class="num">58%</td><td class="num">+43.8</td><td>blind spot</td></tr>',
    );
  });

  it('lists the blind spots and hidden strengths', () => {
    expect(sam).toMatch(/<li><strong>Blind spots:<\/strong> Alpha \(\+43\.8\), Beta &lt;script&gt;alert\(1\)&lt;\/script&gt; \(\+43\.8\)<\/li>/);
    expect(jo).toContain('<h3 id="s2">Jo &lt;script&gt;alert(1)&lt;/script&gt;</h3>');
    expect(jo).toContain('<li><strong>Hidden strengths:</strong> Alpha (−75.0)');
    expect(html).not.toMatch(/<script|sam\.yaml|c\.csv/);
  });
});
