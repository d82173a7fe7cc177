import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers/check.js';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { scoreAnswers } from '../../src/core/score/score.js';
import { buildPersonReport, CAUTION } from '../../src/core/report/person.js';
import { renderPersonSummaryText, renderPersonText } from '../../src/render/person-text.js';
import { renderPersonMarkdown } from '../../src/render/person-markdown.js';
import { renderPersonJson } from '../../src/render/person-json.js';
import { renderPersonHtml } from '../../src/render/person-html.js';
import { personResultSchema } from '../../src/core/score/result-schema.js';
import { fixture } from '../helpers/cli.js';

const questionnaireText = readFileSync(fixture('score/leading.yaml'), 'utf8');
const q = loadQuestionnaire(questionnaireText, 'leading.yaml').questionnaire!;
const reportFor = (answersText: string, questionnaire = q) => {
  const { answers, problems } = checkAnswers(answersText, 'answers.yaml', questionnaire);
  if (!answers) throw new Error(problems.map((p) => p.message).join('\n'));
  return buildPersonReport(questionnaire, scoreAnswers(questionnaire, answers));
};
const sam = reportFor(readFileSync(fixture('score/sam.yaml'), 'utf8'));
const alex = reportFor(readFileSync(fixture('score/alex.json'), 'utf8'));
const plain = new Chalk({ level: 0 });
const text = (report = sam, width = 80) => renderPersonText([report], { width, style: plain });

// Sam, by hand (see tests/fixtures/score/sam.yaml):
//   values (mean, 1-5): v1 Usually 4; v2 2 reverse-keyed 1 + 5 - 2 = 4; v3 Often 3
//     mean 11 / 3 = 3.67; percent 100 * (3 + 3 + 2) / 12 = 66.67 -> Developing, shown 66%
//   boundaries (sum, 0-3): b1 2; t1 Agree 2; t2 2 reverse-keyed 0 + 3 - 2 = 1
//     sum 5; percent 100 * (2 + 2 + 1) / 9 = 55.56 -> Developing, shown 55%
//   trust facet (sum): t1 2, t2 1: sum 3; percent 100 * 3 / 6 = 50 -> Developing
//   importance: values Very important (4) = 75%, gap 75 - 66.67 = 8.3; boundaries Essential (5) = 100%, gap 44.4
//     priorities: boundaries, then values

describe('person report model', () => {
  it('summarises: themes by score, the strongest, the growth edge and the priorities', () => {
    expect(sam.summary.ranking.map((t) => [t.id, Math.floor(t.percent!), t.band?.label])).toEqual([
      ['values', 66, 'Developing'],
      ['boundaries', 55, 'Developing'],
    ]);
    expect(sam.summary.strongest?.id).toBe('values');
    expect(sam.summary.growthEdge?.id).toBe('boundaries');
    expect(sam.summary.priorities?.themes.map((t) => [t.id, t.importanceLabel])).toEqual([
      ['boundaries', 'Essential'],
      ['values', 'Very important'],
    ]);
    expect(sam.caution).toBe(CAUTION);
  });

  it("gives each theme and facet its band's reflection, strengths, growth edges, notes and resources", () => {
    const [values, boundaries] = sam.themes;
    expect(values!.reflection?.try).toBe('Ask a partner what outcome matters most to them.');
    // shares: v1 3/4, v2 3/4, v3 2/4 -> one each side of three answers
    expect(values!.strengths.map((l) => [l.id, l.answerLabel])).toEqual([['v1', 'Usually']]);
    expect(values!.growthEdges.map((l) => [l.id, l.answerLabel])).toEqual([['v3', 'Often']]);
    expect(values!.texts).toEqual([{ id: 'v-notes', prompt: 'What did you notice about your answers?', answer: 'I rate myself higher on values than on trust.' }]);
    expect(values!.resources.map((r) => r.id)).toEqual(['staff-college', 'no-link']);
    expect(boundaries!.detail).toBe('sum 5 · 3 of 3 items answered');
    const trust = boundaries!.facets[0]!;
    expect([trust.score.percent, trust.band?.id, trust.reflection?.meaning]).toEqual([50, 'developing', 'Trust is growing.']);
    // The facet's own note stays with the facet, not the theme.
    expect(boundaries!.texts).toEqual([]);
    expect(trust.texts.map((t) => t.answer)).toEqual(['The public health team.']);
    expect(trust.growthEdges).toEqual([{ id: 't2', text: 'I hold back information from partners.', answer: 2, answerLabel: 'Agree', reverseKeyed: true }]);
  });

  it('says why there are no priorities when importance was not answered', () => {
    expect(alex.summary.priorities).toEqual({ themes: [], note: expect.stringMatching(/those questions were not answered/) });
    // Both themes at 100%: nothing to contrast.
    expect([alex.summary.strongest, alex.summary.growthEdge]).toEqual([null, null]);
  });

  it('explains a pro-rated sum and a missing score', () => {
    const partial = reportFor('questionnaire: leading\nversion: 2\nanswers: { v1: 2, b1: 3, t1: 3 }\n');
    // boundaries: 2 of 3 answered, keyed 3 and 3: mean 3 x 3 items = 9, pro-rated
    expect(partial.themes[1]!.detail).toBe('sum 9 · 2 of 3 items answered (pro-rated: the mean of the answered items times the number of items)');
    expect(partial.themes[0]!.detail).toBe('no score: only 1 of 3 items answered; 2 needed for a score');
    expect(partial.summary.ranking.map((t) => t.id)).toEqual(['boundaries', 'values']);
  });
});

describe('terminal text', () => {
  it('puts the summary first with bars, percents and band labels, and the caution', () => {
    const out = text();
    const summary = out.slice(out.indexOf('SUMMARY'), out.indexOf('─'));
    expect(summary).toContain('  Shared values              █████████████▍░░░░░░  66%  Developing\n');
    expect(summary).toContain('  Working across boundaries  ███████████▏░░░░░░░░  55%  Developing\n');
    expect(summary).toContain('Strongest theme: Shared values (66%, Developing)');
    expect(summary).toContain('Growth edge: Working across boundaries (55%, Developing)');
    expect(summary).toMatch(/1\. Working across boundaries \(55%, Developing\): Essential to the role\n\s+2\. Shared values/);
    expect(out.indexOf('SUMMARY')).toBeLessThan(out.indexOf('SHARED VALUES'));
    expect(out.replace(/\s+/g, ' ')).toContain(CAUTION);
  });

  it('shows reflections, strengths, growth edges, notes and resources with plain URLs', () => {
    const out = text();
    for (const heading of ['What it may mean', 'Questions to sit with', 'One thing to try', 'Strengths', 'Growth edges', 'Notes', 'Read next']) expect(out).toContain(heading);
    expect(out).toContain('  + I start from what matters to the people who use services. (Usually)');
    expect(out).toContain('    - You answered Agree to: I hold back information from partners.');
    expect(out).toContain('https://example.org/systems-leadership');
    expect(out).toContain('Facet: Building trust');
    expect(out).not.toMatch(/\u001b/);
  });

  it.each([40, 60, 80, 120])('wraps every line to %i columns, but never breaks a plain address', (width) => {
    const lines = text(sam, width).split('\n');
    for (const line of lines) if (!/^\s+https:\/\/\S+$/.test(line)) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
    expect(lines).toContain('    https://example.org/systems-leadership');
  });

  it('makes resource titles clickable (OSC 8) when given a link maker, and leaves out the URL', () => {
    const osc8 = (t: string, url: string) => `\u001b]8;;${url}\u0007${t}\u001b]8;;\u0007`;
    const out = renderPersonText([sam], { width: 80, style: plain, link: osc8 });
    expect(out).toContain('\u001b]8;;https://example.org/systems-leadership\u0007Systems Leadership:');
    expect(out).not.toMatch(/\. https:\/\/example\.org/);
    // wrap-ansi measures and wraps the link by its visible text.
    for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });

  it('as a summary alone, for the end of a run: the header and summary of the full report, no theme after them', () => {
    const full = text();
    const summary = renderPersonSummaryText(sam, { width: 80, style: plain });
    expect(summary).toContain('SUMMARY');
    expect(summary).toContain('Development priorities');
    expect(full.startsWith(summary.trimEnd())).toBe(true);
    expect(summary).not.toContain('SHARED VALUES');
    expect(full).toContain('SHARED VALUES');
  });

  it('draws its rules in ASCII when plain, with no box drawing (U+2500-U+257F) left', () => {
    const boxDrawing = /[\u2500-\u257f]/;
    expect(renderPersonText([sam, alex], { width: 80, style: plain })).toMatch(boxDrawing);
    const ascii = renderPersonText([sam, alex], { width: 80, style: plain, plain: true });
    expect(ascii).not.toMatch(boxDrawing);
    expect(ascii).toContain(`\n${'-'.repeat(80)}\nSHARED VALUES\n`);
    expect(ascii).toContain(`\n${'='.repeat(80)}\n`);
  });

  it('colours only through the chalk instance it is given', () => {
    expect(renderPersonText([sam], { width: 80, style: new Chalk({ level: 1 }) })).toMatch(/\u001b\[1m/);
  });

  it('neutralises escape sequences in text from files', () => {
    const hostile = loadQuestionnaire(questionnaireText.replace('title: Leading across boundaries', 'title: "Evil \\e]52;c;Zm9v\\u0007 title"'), 'q.yaml').questionnaire!;
    const report = reportFor('questionnaire: leading\nversion: 2\nanswers: { v1: 3, v2: 3, v-notes: "clear \\e[2J now" }\n', hostile);
    const out = text(report);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(out).toContain('Evil \\u001b]52;c;Zm9v\\u0007 title');
    expect(out).toContain('clear \\u001b[2J now');
    expect(renderPersonMarkdown([report])).not.toMatch(/\u001b/);
  });
});

describe('Markdown', () => {
  const md = renderPersonMarkdown([sam]);

  it('has the title, the caution, the summary table and each theme and facet as headings', () => {
    expect(md.startsWith('# Leading across boundaries\n')).toBe(true);
    expect(md).toContain(`> ${CAUTION}`);
    expect(md).toContain('| Shared values | `█████████████▍░░░░░░` 66% | Developing |');
    expect(md).toContain('- **Strongest theme:** Shared values (66%, Developing)');
    expect(md).toContain('  1. Working across boundaries (55%, Developing): Essential to the role');
    expect(md).toContain('\n## Working across boundaries\n');
    expect(md).toContain('\n### Building trust\n');
    expect(md).toContain('\n#### One thing to try\n\nShare something early.\n');
  });

  it('links resources and quotes free text', () => {
    expect(md).toContain('- [Systems Leadership: Exceptional leadership for exceptional times](https://example.org/systems-leadership): Ghate, Lewis and Welbourn, The Staff College, 2013');
    expect(md).toContain('- A book without a link: A Publisher');
    expect(md).toContain('> I rate myself higher on values than on trust.');
  });

  it('escapes Markdown in text from files', () => {
    const report = reportFor('questionnaire: leading\nversion: 2\nanswers: { v1: 3, v2: 3, v-notes: "*bold* [x](javascript:alert(1)) <b>" }\n');
    expect(renderPersonMarkdown([report])).toContain('> \\*bold\\* \\[x\\](javascript:alert(1)) \\<b\\>');
  });
});

describe('JSON', () => {
  it('prints the result at full precision: one object for one report, an array for several', () => {
    const one = JSON.parse(renderPersonJson([sam]));
    expect(personResultSchema.parse(one)).toEqual(one);
    expect(one.themes[0].percent).toBe((100 * 8) / 12);
    expect(one.themes[0].score).toBe(11 / 3);
    expect(one).toMatchObject({ questionnaire: { id: 'leading', version: 2, title: 'Leading across boundaries' }, respondent: 'Sam Patel', priorities: ['boundaries', 'values'] });
    const several = JSON.parse(renderPersonJson([sam, alex]));
    expect(several.map((r: { respondent: string }) => r.respondent)).toEqual(['Sam Patel', 'Alex Kim']);
  });
});

describe('reverse-worded statements, as a leader reads them', () => {
  // Sam's t2, "I hold back information from partners.", keyed minus on the agree scale (0-3):
  // answered 2, Agree, keyed 0 + 3 - 2 = 1 of 3, the boundaries facet's lowest: a growth edge.
  // Listed on its own under a heading it would read as its opposite; the answer comes first.
  const rendered = {
    text: text(),
    md: renderPersonMarkdown([sam]),
    html: renderPersonHtml([sam]),
  };

  it.each(Object.entries(rendered))('%s: the answer comes first, as a reply to the statement', (_format, out) => {
    expect(sam.themes.find((t) => t.id === 'boundaries')!.growthEdges.map((l) => [l.id, l.answerLabel, l.reverseKeyed])).toEqual([['t2', 'Agree', true]]);
    expect(out).toContain('You answered Agree to: I hold back information from partners.');
    // A statement worded the theme's way keeps its answer after it.
    expect(out).toMatch(/I start from what matters to the people who use services\. (<span class="muted">)?\(Usually\)/);
  });

  it.each(Object.entries(rendered))('%s: no jargon of keying in a person report', (_format, out) => {
    expect(out).not.toMatch(/reverse|keyed/i);
  });
});
