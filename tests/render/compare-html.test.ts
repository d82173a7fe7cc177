import { describe, expect, it } from 'vitest';
import type { Band } from '../../src/core/questionnaire/model.js';
import { describeChange, type Comparison, type SectionChange } from '../../src/core/compare.js';
import { judgeChange } from '../../src/core/evaluate/reliability.js';
import { renderCompareHtml } from '../../src/render/compare-html.js';
import { COMPARE_NOTE } from '../../src/render/compare-text.js';

const bands: Band[] = [
  { id: 'low', label: 'Low', below: 50 },
  { id: 'high', label: 'High' },
];
const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';

const change = (id: string, title: string, before: number | null, after: number | null): SectionChange => {
  const band = (p: number | null) => (p === null ? null : p < 50 ? 'low' : 'high');
  const points = before === null || after === null ? null : after - before;
  return {
    id,
    title,
    before,
    after,
    bandBefore: band(before),
    bandAfter: band(after),
    change: points,
    ...(points === null ? { direction: null, size: null } : describeChange(points)),
    judgement: judgeChange(id, before, after, undefined),
  };
};

const comparison: Comparison = {
  questionnaire: { id: 'q', version: 1, title: `Leading ${hostile}` },
  before: { source: `/data/${hostile}/before.json`, completed: '2026-10-01T09:00:00Z' },
  after: { source: '/data/after.json', completed: '2026-11-25T10:30:00Z' },
  themes: [
    { ...change('listening', 'Listening', 20, 80), facets: [change('hearing', `Hearing ${hostile}`, 30, 70), change('asking', 'Asking', 10, null)] },
    { ...change('sharing', 'Sharing', 60, 62), facets: [] },
  ],
  reliability: null,
};
const html = renderCompareHtml({ comparison, presentation: { language: 'en-GB', languages: ['en'], bands } });
/** The cells of the table row headed by `title`. */
const row = (title: string) => {
  const match = new RegExp(`<tr><th scope="row">${title}</th>(.*?)</tr>`).exec(html);
  return [...(match?.[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]);
};

describe('renderCompareHtml', () => {
  it("is one page in the questionnaire's language, titled by the questionnaire", () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('<h1>What changed: Leading &lt;script&gt;');
  });

  it('dates both results and names their files', () => {
    expect(html).toMatch(/<dt>Before<\/dt><dd>1 Oct 2026, \d\d:\d\d <span class="muted">· \/data\/&lt;script&gt;/);
    expect(html).toMatch(/<dt>After<\/dt><dd>25 Nov 2026, \d\d:\d\d <span class="muted">· \/data\/after\.json<\/span><\/dd>/);
  });

  it('says that a small change is rarely a real one', () => {
    expect(html).toContain(`<p class="caution">${COMPARE_NOTE}</p>`);
  });

  it('tables before, after, the change in points and its direction and size, bands when they differ', () => {
    expect(row('Listening')).toEqual(['20%', '80%', '+60', 'large rise (Low → High)']);
    expect(row('Sharing')).toEqual(['60%', '62%', '+2', 'negligible rise']);
    expect(row('Asking')).toEqual(['10%', 'no score', '—', 'no score after']);
  });

  it('draws the themes, then each theme with facets, as before and after bars', () => {
    expect(html.match(/<figure>/g)).toHaveLength(2);
    expect(html).toMatch(/<h2 id="themes">Themes<\/h2>/);
    expect(html).toContain('<h2 id="t1">Listening</h2>');
    expect(html).not.toContain('<h2 id="t2">');
    for (const text of ['before 20%', 'after 80%', 'before 60%', 'after 62%', 'before 10%', 'after no score']) expect(html).toContain(`>${text}<`);
    // Every bar has a row in a table beside it: themes (2) and Listening with its facets (3).
    expect(html.match(/<tr><th scope="row">/g)).toHaveLength(5);
    expect(html).toContain('<th scope="row">Listening: whole theme</th>');
  });

  it('names the series in the legend beside the band zones', () => {
    expect(html).toMatch(/<ul class="legend"><li><svg[^>]*>.*?<\/svg>before<\/li><li><svg[^>]*>.*?<\/svg>after<\/li><li><svg[^>]*>.*?<\/svg>Low: under 50<\/li>/);
  });

  it('escapes every text from the files and has no script', () => {
    expect(html).not.toMatch(/<script|<img|onerror="/i);
    expect(html).toContain('Hearing &lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
  });
});
