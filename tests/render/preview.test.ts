import { describe, expect, it } from 'vitest';
import { buildPreview } from '../../src/core/preview/build.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import { renderOptions } from '../../src/render/options.js';
import { renderPreviewHtml } from '../../src/render/preview-html.js';
import { renderPreviewMarkdown } from '../../src/render/preview-markdown.js';
import { renderPreviewText } from '../../src/render/preview-text.js';
import { builtIn, HOSTILE, hostileQuestionnaire } from '../browser/fixtures.js';
import { header, questionnaireFrom } from '../helpers/questionnaire.js';

const options = renderOptions({ toFile: true, isTTY: false, columns: undefined, colourLevel: 0, hyperlinks: false });
/** Text as a reader sees it: wrapped lines joined and every run of white space one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** Where each text first appears after the one before it; -1 for one missing or out of order. */
function positions(haystack: string, needles: readonly string[]): number[] {
  let from = 0;
  return needles.map((n) => {
    const at = haystack.indexOf(n, from);
    if (at >= 0) from = at + n.length;
    return at;
  });
}
const reverseCount = (q: Questionnaire) => q.items.filter((i) => i.kind === 'likert' && i.keyed === 'minus').length;
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe.each(['systems-leadership', 'systems-leadership-quick'])('the preview of %s in every format', (id) => {
  const q = builtIn(id);
  const single = buildPreview([q]);
  const text = flat(renderPreviewText(single, options));
  const md = flat(renderPreviewMarkdown(single));
  const html = flat(renderPreviewHtml(single));
  const titles = q.themes.flatMap((t) => [t.title, ...t.facets.map((f) => f.title)]);

  it.each([
    ['text', text],
    ['md', md],
    ['html', html],
  ])('%s: every theme, facet and item in order, and every reverse-scored one said so', (_format, out) => {
    // Apostrophes are entities in HTML; the built-in texts have no other markup character.
    const shown = (t: string) => (out === html ? t.replaceAll("'", '&#39;') : t);
    expect(
      positions(
        out,
        q.items.map((i) => shown(i.text)),
      ).filter((p) => p < 0),
    ).toEqual([]);
    expect(positions(out, titles.map(shown)).filter((p) => p < 0)).toEqual([]);
    expect(count(out, 'reverse-scored: a higher rating lowers the score')).toBe(reverseCount(q));
    // And marked where a reader scanning the list sees it, before the words.
    expect(count(out.replace(/<[^>]+>|\*/g, ''), 'Reverse-scored. Rated on the')).toBe(reverseCount(q));
    expect(count(out, 'Free text: saved, never scored')).toBe(q.items.filter((i) => i.kind === 'text').length);
  });

  it.each([
    ['text', text],
    ['md', md],
    ['html', html],
  ])("%s: every band's cut-offs, and every reflection's questions", (_format, out) => {
    for (const range of ['under 40% of the maximum', 'from 40% to under 70% of the maximum', '70% of the maximum or more']) expect(out).toContain(range);
    const shown = (t: string) => (out === html ? t.replaceAll("'", '&#39;') : t);
    const questions = q.themes.flatMap((t) => [...t.facets, t]).flatMap((s) => ['emerging', 'developing', 'established'].flatMap((b) => s.reflections[b]?.questions ?? []));
    expect(questions.length).toBeGreaterThan(0);
    expect(positions(out, questions.map(shown)).filter((p) => p < 0)).toEqual([]);
  });
});

describe('the pair side by side', () => {
  const self = builtIn('systems-leadership');
  const observer = builtIn('systems-leadership-observer');
  const preview = buildPreview([self, observer]);

  it('text: each self statement followed by its observer wording, labelled', () => {
    const out = flat(renderPreviewText(preview, options));
    const sv1 = `Self form: ${self.items[0]!.text} Observer form: ${observer.items.find((i) => i.id === self.items[0]!.id)!.text} [${self.items[0]!.id}]`;
    expect(out).toContain(sv1);
    const pairs = self.items.filter((i) => i.kind === 'likert').flatMap((i) => [i.text, observer.items.find((o) => o.id === i.id)!.text]);
    expect(positions(out, pairs).filter((p) => p < 0)).toEqual([]);
  });

  it('html: one row per statement, self and observer wording in their own columns', () => {
    const html = renderPreviewHtml(preview);
    expect(count(html, '<th scope="col">Self form</th><th scope="col">Observer form</th>')).toBe(preview.sections.reduce((n, s) => n + (s.statements.length > 0 ? 1 : 0) + s.facets.length, 0));
    const entities = (t: string) => t.replaceAll("'", '&#39;');
    const item = self.items.find((i) => i.kind === 'likert' && i.keyed === 'minus')!;
    const row = html.split('\n').find((l) => l.includes(entities(item.text)))!;
    expect(row).toContain(`<td>${entities(observer.items.find((o) => o.id === item.id)!.text)}</td>`);
    expect(row).toContain('<span class="reverse">Reverse-scored.</span>');
    // The forms' reflections side by side, one pair per band of every theme and facet that has them.
    expect(count(html, '<div class="pair">')).toBe(preview.sections.flatMap((s) => [s, ...s.facets]).reduce((n, s) => n + s.reflections.length, 0));
  });

  it('md: both wordings of a statement on its numbered line', () => {
    const md = renderPreviewMarkdown(preview);
    const item = self.items[0]!;
    expect(md).toContain(`1. **Self form:** ${item.text}<br>**Observer form:** ${observer.items.find((o) => o.id === item.id)!.text}`);
  });
});

it('says in every format when a theme is scored otherwise than its form', () => {
  const q = questionnaireFrom(`${header()}  - id: t\n    title: T\n    method: sum\n    items:\n      - { id: a, text: A }\n`);
  const preview = buildPreview([q]);
  const note = 'This theme and its facets are scored otherwise than the rest of the form: each score is the mean of its answered rated statements times their total weight (a pro-rated sum).';
  for (const out of [flat(renderPreviewText(preview, options)), renderPreviewMarkdown(preview), renderPreviewHtml(preview)]) expect(out).toContain(note);
});

describe('hostile text from a questionnaire', () => {
  const preview = buildPreview([hostileQuestionnaire()]);

  it('html: shown as text, never markup, and a javascript: address never a link', () => {
    const html = renderPreviewHtml(preview);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=&quot;');
    expect(html).toContain('\\u0007');
    expect(html).not.toMatch(/[\u0007\u001b\u202e]/);
  });

  it('md: markup characters escaped, control characters shown', () => {
    const md = renderPreviewMarkdown(preview);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).not.toContain('](javascript:');
    expect(md).not.toMatch(/[\u0007\u001b\u202e]/);
    expect(md).toContain('\\u001b');
  });

  it('text: control characters shown, never sent', () => {
    const text = renderPreviewText(preview, options);
    expect(text).not.toMatch(/[\u0007\u001b\u202e]/);
    expect(text).toContain(`${HOSTILE.script.slice(0, 8)}`);
    expect(text).toContain('\\u202e');
  });
});
