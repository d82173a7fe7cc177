import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

// Issue 22: a bilingual report's charts name and describe themselves in both languages, each in
// its own lang (charts/svg.ts), person reports' as the cohort report's; one language as before.
const ALEX = fixture('exports/google-forms/expected/alex-morgan.yaml');

describe("a bilingual person report's charts", () => {
  it('give their title and description in Welsh, then in English, each with its lang', async () => {
    const r = await runCli(['score', ALEX, '--lang', 'cy,en', '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/aria-labelledby="p1-themes-title p1-themes-desc p1-themes-title-2 p1-themes-desc-2"/);
    expect(r.stdout).toMatch(/<title id="p1-themes-title" lang="cy[^"]*">[^<]+<\/title><desc id="p1-themes-desc" lang="cy[^"]*">[^<]*Gwerthoedd a rennir/);
    expect(r.stdout).toMatch(/<desc id="p1-themes-desc-2" lang="en">[^<]*Shared values/);
  });

  it('keep one <title> and <desc> without a lang in one language', async () => {
    const r = await runCli(['score', ALEX, '--lang', 'cy', '--format', 'html']);
    expect(r.stdout).toContain('<title id="p1-themes-title">');
    expect(r.stdout).not.toContain('p1-themes-title-2');
  });
});
