import { describe, expect, it } from 'vitest';
import type { IndexEntry, ReportIndex } from '../../src/core/report/report-index.js';
import { renderIndexHtml } from '../../src/render/index-html.js';
import { renderIndexMarkdown } from '../../src/render/index-markdown.js';

/** An index of `count` reports whose entries are made as they are read, counting how many were. */
function indexOf(count: number, errors: string[] = []): { index: ReportIndex; read: () => number } {
  let read = 0;
  function* reports(): Generator<IndexEntry> {
    for (let i = 0; i < count; i++) {
      read++;
      yield { file: `person-${i}.html`, label: `Person <${i}>`, source: `cohort.csv, line ${i + 2}` };
    }
  }
  return { index: { title: 'Self-assessment: many reports', heading: { questionnaireTitle: 'Self-assessment', count }, language: 'en', languages: ['en'], reports: reports(), errors }, read: () => read };
}

describe.each([
  ['html', renderIndexHtml],
  ['md', renderIndexMarkdown],
] as const)('the %s index of a score --out-dir folder', (_format, render) => {
  it('is made in pieces as it is written: the first before any report is read, the rows a batch at a time', () => {
    const { index, read } = indexOf(5000);
    const pieces = render(index)[Symbol.iterator]();
    pieces.next();
    expect(read()).toBe(0);
    let length = 0;
    while (read() === 0) length += pieces.next().value!.length;
    expect(read()).toBeLessThanOrEqual(1024);
    expect(length).toBeGreaterThan(0);
    while (!pieces.next().done);
    expect(read()).toBe(5000);
  });

  it('has a row per report, in order, with the errors after them', () => {
    const text = [...render(indexOf(2049, ['cohort.csv:9:1: error: <bad>']).index)].join('');
    const rows = text.split('\n').filter((line) => line.includes('person-'));
    expect(rows).toHaveLength(2049);
    expect(rows[2048]).toContain('person-2048.html');
    expect(text.indexOf('person-2048.html')).toBeLessThan(text.indexOf('cohort.csv:9:1'));
    expect(text).not.toContain('<bad>');
    expect(text).not.toContain('Person <');
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toMatch(/\n\n\n/);
  });
});
