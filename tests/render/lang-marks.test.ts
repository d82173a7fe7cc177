import { describe, expect, it } from 'vitest';
import { compareResults, comparisonReport } from '../../src/core/compare.js';
import { scoreAnswers } from '../../src/core/score/score.js';
import { renderCompareHtml } from '../../src/render/compare-html.js';
import { dataTable } from '../../src/render/html/table.js';
import { escapeMarked, inLanguage, otherLanguage, withLanguageSpans, withoutMarks } from '../../src/render/html/lang-marks.js';
import { answersFor, HOSTILE, hostileQuestionnaire } from '../browser/fixtures.js';

// Issue 22: a questionnaire's text on a page in another language is marked inside a plain string,
// then becomes a <span lang> once escaped; the escaping of what it holds is as without the mark.
describe('texts marked with their language', () => {
  it('are marked only when the page is in another language', () => {
    expect(otherLanguage('cy', 'en-GB')).toBe('en-GB');
    expect(otherLanguage('cy-GB', 'cy-GB')).toBeNull();
    expect(otherLanguage('en', 'not a tag')).toBeNull();
    expect(inLanguage(null, 'Shared values')).toBe('Shared values');
  });

  it('become spans around their escaped text, and nothing in an attribute', () => {
    const marked = `Beth newidiodd: ${inLanguage('en-GB', '<b>Tom & "Jerry"</b>')}`;
    expect(escapeMarked(marked)).toBe('Beth newidiodd: <span lang="en-GB">&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</span>');
    expect(withoutMarks(marked)).toBe('Beth newidiodd: <b>Tom & "Jerry"</b>');
    const table = dataTable({ caption: `${inLanguage('en-GB', 'Listening')} fesul agwedd`, columns: [{ label: 'Thema' }], rows: [[inLanguage('en-GB', HOSTILE.script)]] });
    expect(table).toContain('aria-label="Listening fesul agwedd"');
    expect(table).toContain('<caption><span lang="en-GB">Listening</span> fesul agwedd</caption>');
    expect(table).toContain('<th scope="row"><span lang="en-GB">&lt;script&gt;');
    expect(table).not.toContain('<script');
  });

  it("cannot be ended or opened by a text's own mark characters", () => {
    const hostile = 'A\ue012<i>\ue010x\ue011y';
    const html = escapeMarked(inLanguage('en-GB', hostile));
    expect(html).toBe('<span lang="en-GB">A&lt;i&gt;xy</span>');
    expect(withLanguageSpans('\ue010"><script>\ue011text\ue012')).toBe('text');
  });

  it('keep hostile titles escaped on a Welsh compare page', () => {
    const q = hostileQuestionnaire();
    const before = scoreAnswers(q, answersFor(q, { seed: 0, completed: '2026-10-01T09:00:00Z' }));
    const after = scoreAnswers(q, answersFor(q, { seed: 2, completed: '2026-11-25T10:30:00Z' }));
    const html = renderCompareHtml(comparisonReport(compareResults({ source: 'a.json', result: before }, { source: 'b.json', result: after }), q, ['cy']));
    expect(html).toMatch(/<html lang="cy">/);
    expect(html).not.toMatch(/<script|<img|onerror="/);
    expect(html).toContain('<h1>Beth newidiodd: <span lang="en-GB">&lt;script&gt;');
    expect(html).not.toMatch(/[\ue010-\ue012]/);
  });
});
