import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const flat = (text: string) => text.replace(/\s+/g, ' ');

// Issue 22: preview --lang cy,en in both languages, Welsh first, as every other report.
describe('syslead preview --lang cy,en', () => {
  const themeCy = 'Gwerthoedd a rennir';
  const themeEn = 'Shared values';
  const sv1Cy = "Pan fyddaf yn wynebu penderfyniad anodd, rwy'n ei bwyso a'i fesur yn erbyn y gwerthoedd sydd gennyf.";
  const sv1En = 'When I face a difficult decision, I check it against the values I hold.';

  it('gives each heading and statement in Welsh then English, as text', async () => {
    const r = await runCli(['preview', 'systems-leadership', '--lang', 'cy,en']);
    expect(r.code, r.stderr).toBe(0);
    const out = flat(r.stdout);
    expect(out).toContain(`Thema 1: ${themeCy} / Theme 1: ${themeEn}`);
    expect(out).toContain(`1. Ffurflen hunanasesu: ${sv1Cy}`);
    expect(out.indexOf(sv1Cy)).toBeLessThan(out.indexOf(`Self form: ${sv1En}`));
    expect(out).toContain('Graddfeydd: / Scales:');
    expect(out).toContain("Dyddiau cynnar (o dan 40% o'r uchafswm): ");
  });

  it('says each draft translation it loads once, whichever form or language loads it', async () => {
    for (const named of ['systems-leadership', 'systems-leadership.cy', 'systems-leadership-observer.cy']) {
      const r = await runCli(['preview', named, '--lang', 'cy,en']);
      expect(r.code, r.stderr).toBe(0);
      const drafts = r.stderr.split('\n').filter((line) => /\.cy\.yaml:\d+:\d+: warning: /.test(line));
      expect(drafts.map((line) => line.split(':')[0]!.split('/').at(-1)).sort(), named).toEqual(['systems-leadership-observer.cy.yaml', 'systems-leadership.cy.yaml']);
    }
  });

  it('gives each heading and statement in Welsh then English, as Markdown', async () => {
    const r = await runCli(['preview', 'systems-leadership', '--lang', 'cy,en', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain(`## Thema 1: ${themeCy} / Theme 1: ${themeEn}`);
    const sv1 = lines.find((l) => l.startsWith('1. '))!;
    expect(sv1).toContain(`**Ffurflen hunanasesu:** ${sv1Cy}`);
    expect(sv1.indexOf('**Ffurflen hunanasesu:**')).toBeLessThan(sv1.indexOf(`**Self form:** ${sv1En}`));
  });

  it('gives each part its own lang in HTML', async () => {
    const r = await runCli(['preview', 'systems-leadership', '--lang', 'cy,en', '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    const html = r.stdout;
    expect(html).toContain('<html lang="cy-GB"');
    expect(html).toContain(`<h2 id="t1"><span lang="cy-GB">Thema 1: ${themeCy}</span> / <span lang="en-GB">Theme 1: ${themeEn}</span></h2>`);
    const esc = (text: string) => text.replaceAll("'", '&#39;');
    expect(html).toContain(`<td><span lang="cy-GB">${esc(sv1Cy)}</span><br><span lang="en-GB">${sv1En}</span></td>`);
  });

  it('is as before in one language', async () => {
    const r = await runCli(['preview', 'systems-leadership', '--lang', 'en', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain(`## Theme 1: ${themeEn}`);
    expect(r.stdout).not.toContain(themeCy);
    expect(r.stdout).not.toContain(' / Theme');
    const html = await runCli(['preview', 'systems-leadership', '--lang', 'en', '--format', 'html']);
    expect(html.stdout).toContain(`<h2 id="t1">Theme 1: ${themeEn}</h2>`);
    expect(html.stdout).toContain(`<td>${sv1En}</td>`);
  });

  it('says once that a form has no Welsh, and shows its English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-preview-bi-'));
    const file = join(dir, 'my-quick.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'questionnaires/systems-leadership-quick.yaml'), 'utf8').replace('id: systems-leadership-quick', 'id: my-quick'));
    const r = await runCli(['preview', file, '--lang', 'cy,en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/ni chafwyd cyfieithiad o my-quick i cy/g)?.length).toBe(1);
    // Syslead's words in both; the form's own texts once, as written.
    expect(flat(r.stdout)).toContain(`Thema 1: ${themeEn} / Theme 1: ${themeEn}`);
  });
});
