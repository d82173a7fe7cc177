import { describe, expect, it } from 'vitest';
import { FEEDBACK_EN } from '../../src/core/i18n/en/feedback.js';
import { FEEDBACK_CY } from '../../src/core/i18n/cy/feedback.js';
import type { Message } from '../../src/core/i18n/message.js';
import type { Questionnaire, ScoredItem } from '../../src/core/questionnaire/model.js';
import { mdText } from '../../src/core/safe-text.js';
import { builtInForm } from '../helpers/questionnaire.js';
import { fixture, runCli } from '../helpers/cli.js';

// Issue 22: `syslead feedback --lang cy,en` writes the 360 report per participant in both
// languages, Welsh first; JSON stays one language, byte for byte.
const QUESTIONNAIRES = fixture('feedback/questionnaires');
const ANSWERS = fixture('feedback/answers');
const feedback = (args: string[]) => runCli(['feedback', '--questionnaires', QUESTIONNAIRES, '--subject', 'Sam Patel', ...args, ANSWERS]);

const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
/** Every Welsh text of the report's keys (pieces between {places}) of two words or more that differ from the English. */
function piecesOf(catalogue: Record<string, Message>, other: Record<string, Message>): string[] {
  const pieces = new Set<string>();
  for (const [key, message] of Object.entries(catalogue)) {
    if (key.startsWith('feedback.cmd.') || key.startsWith('feedback.cohort.') || key.startsWith('feedback.index.')) continue;
    const there = texts(other[key]!).join('\n');
    for (const text of texts(message))
      for (const piece of text.split(/\{[a-zA-Z]+\}/)) {
        const trimmed = piece.trim();
        if (/\p{L}{2,}[^\p{L}]+\p{L}{2,}/u.test(trimmed) && !there.includes(trimmed)) pieces.add(trimmed);
      }
  }
  return [...pieces];
}
const english = piecesOf(FEEDBACK_EN, FEEDBACK_CY);

const welshOnly = (format: string) => feedback(['--lang', 'cy', '--format', format]);
/** Every English text of the report found in `out` is one the Welsh-only report has too (a questionnaire's), or has its Welsh before it. */
async function expectEachEnglishAfterItsWelsh(written: string, format: string) {
  // Lines joined again where text wraps them.
  const out = written.replace(/\s+/g, ' ');
  const welsh = (await welshOnly(format)).stdout.replace(/\s+/g, ' ');
  for (const text of english) {
    const at = out.indexOf(text);
    if (at < 0 || welsh.includes(text)) continue;
    // Some message holding the text has a piece of its Welsh before it.
    const keys = Object.entries(FEEDBACK_EN)
      .filter(([, m]) => texts(m).some((t) => t.includes(text)))
      .map(([k]) => k as keyof typeof FEEDBACK_CY);
    const cy = keys.flatMap((key) =>
      texts(FEEDBACK_CY[key]).flatMap((t) =>
        t
          .split(/\{[a-zA-Z]+\}/)
          .map((x) => x.trim())
          .filter((x) => x.length > 3),
      ),
    );
    expect(
      cy.some((piece) => {
        const w = out.indexOf(piece);
        return w >= 0 && w < at;
      }),
      `${format}: ${text}`,
    ).toBe(true);
  }
}

describe('syslead feedback --lang cy,en', () => {
  it('writes text with every heading in Welsh then English', async () => {
    const result = await feedback(['--lang', 'cy,en', '--format', 'text']);
    expect(result.code).toBe(0);
    const out = result.stdout;
    for (const words of ['SUT I DDARLLEN YR ADRODDIAD HWN / HOW TO READ THIS REPORT', 'CRYNODEB / SUMMARY', 'Hunan / Self', 'CWESTIYNAU AR GYFER Y SGWRS HYFFORDDI / QUESTIONS FOR THE COACHING CONVERSATION'])
      expect(out).toContain(words);
    expect(out.indexOf('adborth gan Hunan 1')).toBeLessThan(out.indexOf('feedback from Self 1'));
    expect(out.indexOf('Pawb arall')).toBeLessThan(out.indexOf('All others'));
    // The summary's gap in both, as the rest of it is.
    expect(out).toContain('Hunan − eraill / Self − others  +27.4 pwynt, man dall / +27.4 points, blind spot\n');
    await expectEachEnglishAfterItsWelsh(out, 'text');
  });

  it('writes Markdown in both, Welsh first', async () => {
    const result = await feedback(['--lang', 'cy,en', '--format', 'md']);
    expect(result.code).toBe(0);
    const out = result.stdout;
    for (const words of ['## Sut i ddarllen yr adroddiad hwn / How to read this report', '## Crynodeb / Summary', '**Am:** Sam Patel', '**About:** Sam Patel', '### Datganiadau / Statements'])
      expect(out).toContain(words);
    expect(out.indexOf('**Am:**')).toBeLessThan(out.indexOf('**About:**'));
    await expectEachEnglishAfterItsWelsh(out, 'md');
  });

  it('writes HTML on a Welsh page, the English parts each in their own lang', async () => {
    const result = await feedback(['--lang', 'cy,en', '--format', 'html']);
    expect(result.code).toBe(0);
    const html = result.stdout;
    expect(html).toMatch(/<html lang="cy">/);
    expect(html).toContain('<h2><span lang="cy">Crynodeb</span> / <span lang="en-GB">Summary</span></h2>');
    expect(html).toMatch(/<dl class="facts"><dt>Am<\/dt>[^\n]*\n<dl class="facts" lang="en[^"]*"><dt>About<\/dt>/);
    expect(html).toMatch(/<p class="caution" lang="en[^"]*">This report is for reflection/);
    // Table cells too: each language's part in its own lang (the fixture's forms are English only,
    // so a title or band label is in English inside the Welsh part), the "less is better" mark in
    // the words' language after the statement's span, not inside it.
    expect(html).toContain('<th scope="col"><span lang="cy">Thema</span> / <span lang="en-GB">Theme</span></th>');
    expect(html).toContain('<th scope="row"><span lang="en-GB">Listening</span></th><td class="num">75% (<span lang="en-GB">A settled habit</span>)</td>');
    expect(html).toContain('<td class="num"><span lang="cy">+27.4 pwynt, man dall</span> / <span lang="en-GB">+27.4 points, blind spot</span></td>');
    expect(html).toContain(
      '<th scope="row"><span lang="cy"><span lang="en-GB">I interrupt partners to make my point.</span> (llai sy&#39;n well)</span> / <span lang="en-GB">I interrupt partners to make my point. (less is better)</span></th>',
    );
    expect(html).toContain('<li><span lang="en-GB">I interrupt partners to make my point.</span> (llai sy&#39;n well): eraill 50%, hunan 75%</li>');
    await expectEachEnglishAfterItsWelsh(html.replace(/&#39;/g, "'").replace(/&quot;/g, '"'), 'html');
  });

  it('keeps one language byte for byte as before, and JSON the same whatever --lang', async () => {
    const json = await feedback(['--format', 'json']);
    for (const lang of ['cy', 'cy,en', 'en,cy']) expect((await feedback(['--lang', lang, '--format', 'json'])).stdout).toBe(json.stdout);
    // One language gives exactly one language: no "/" pairs of headings.
    const en = await feedback(['--lang', 'en', '--format', 'md']);
    expect(en.stdout).toContain('## Summary\n');
    expect(en.stdout).not.toContain('Crynodeb');
    const cy = await welshOnly('md');
    expect(cy.stdout).toContain('## Crynodeb\n');
  });

  it('writes every report of --out-dir in both languages', async () => {
    const { mkdtempSync, readFileSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = join(mkdtempSync(join(tmpdir(), 'syslead-feedback-bi-')), 'out');
    const result = await runCli(['feedback', '--questionnaires', QUESTIONNAIRES, '--lang', 'cy,en', '--format', 'md', '--out-dir', dir, ANSWERS]);
    const reports = readdirSync(dir).filter((f) => f !== 'index.md');
    expect(reports.length, result.stderr).toBeGreaterThan(0);
    for (const f of reports) expect(readFileSync(join(dir, f), 'utf8')).toContain('## Crynodeb / Summary');
  });
});

// A 360 downloaded from the Welsh observer form (tests/fixtures/feedback/welsh/README.md): each
// language's texts are taken from the form in that language, the Welsh download's own and the
// English form it translates, not the Welsh twice.
describe('syslead feedback --lang cy,en of a Welsh observer form download', () => {
  const WELSH_360 = fixture('feedback/welsh/observers-csv-utf8.csv');
  const welsh360 = (lang: string, format = 'md') => runCli(['feedback', '--questionnaire', 'systems-leadership-observer.cy', '--subject', 'Rhian Evans', '--lang', lang, '--format', format, WELSH_360]);
  const form = builtInForm;

  it('gives every title, statement and scale label from the Welsh form, then from the English', async () => {
    const [cy, en] = await Promise.all([form('systems-leadership-observer.cy'), form('systems-leadership-observer')]);
    const sv1 = (q: Questionnaire) => q.items.find((i) => i.id === 'sv1') as ScoredItem;
    // Every rater answered sv1 "Yn aml", the third of five points: (3 − 1) / 4 = 50%, n 4.
    const counts = (q: Questionnaire) =>
      sv1(q)
        .scale.labels.map((label, i) => `${label} ${i === 2 ? 4 : 0}`)
        .join(' · ');
    const row = (first: Questionnaire, second: Questionnaire) => `| ${mdText(sv1(first).text)}<br>${mdText(sv1(second).text)} | – | 50% (n 4) | – | ${counts(first)} / ${counts(second)} |`;
    expect(cy.items.map((i) => i.id)).toEqual(en.items.map((i) => i.id));
    expect(sv1(cy).text).not.toBe(sv1(en).text);

    const both = await welsh360('cy,en');
    expect(both.code, both.stderr).toBe(0);
    expect(both.stdout).toContain(`# ${mdText(cy.title)} / ${mdText(en.title)}\n`);
    expect(both.stdout).toContain(`\n## ${mdText(cy.themes[0]!.title)} / ${mdText(en.themes[0]!.title)}\n`);
    expect(both.stdout).toContain(`\n${row(cy, en)}\n`);
    // sv2: one peer could not observe it, leaving two beside the manager: withheld, said in both.
    expect(both.stdout).toMatch(/\| – \| wedi'i atal \/ withheld \| – \| – \|/);

    const englishFirst = await welsh360('en,cy');
    expect(englishFirst.code, englishFirst.stderr).toBe(0);
    expect(englishFirst.stdout).toContain(`# ${mdText(en.title)} / ${mdText(cy.title)}\n`);
    expect(englishFirst.stdout).toContain(`\n${row(en, cy)}\n`);

    // JSON stays in one language (the answered form's texts), byte for byte whatever --lang.
    const json = (await welsh360('cy', 'json')).stdout;
    expect(JSON.parse(json).title).toBe(cy.title);
    for (const lang of ['cy,en', 'en,cy', 'en']) expect((await welsh360(lang, 'json')).stdout).toBe(json);
  });
});
