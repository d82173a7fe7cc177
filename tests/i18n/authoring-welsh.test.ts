import { describe, expect, it } from 'vitest';
import { AUTHORING_EN } from '../../src/core/i18n/en/authoring.js';
import { AUTHORING_CY } from '../../src/core/i18n/cy/authoring.js';
import { runCli } from '../helpers/cli.js';

// Issue 22: what validate and preview say, in Welsh with --lang cy.

/** Every English text of the part with more than one word, cut at its {places}, unless the Welsh says the same. */
function englishFragments(): string[] {
  const texts = (m: unknown): string[] => (typeof m === 'string' ? [m] : Object.values(m as Record<string, string>));
  const welsh = new Set(Object.values(AUTHORING_CY).flatMap(texts));
  return Object.values(AUTHORING_EN)
    .flatMap(texts)
    .flatMap((t) => t.split(/\{[a-zA-Z]+\}/))
    .map((f) => f.trim())
    .filter((f) => /\p{L}{2,}\s+\p{L}{2,}/u.test(f) && ![...welsh].some((w) => w.includes(f)));
}

const BROKEN = ['colon-in-value', 'bad-escape', 'asterisk-start', 'block-scalar-header', 'colon-in-braces'];

describe('validate --lang cy', () => {
  for (const name of BROKEN) {
    it(`says the problems of ${name}.yaml in Welsh, keeping FILE:LINE:COL: error:`, async () => {
      const file = `tests/fixtures/broken/${name}.yaml`;
      const { code, stderr } = await runCli(['validate', file, '--lang', 'cy']);
      expect(code).not.toBe(0);
      expect(stderr).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: error: `, 'm'));
      for (const english of englishFragments()) expect(stderr, english).not.toContain(english);
    });
  }

  it('says a valid questionnaire is valid, in Welsh', async () => {
    const { code, stderr } = await runCli(['validate', 'questionnaires/systems-leadership-quick.yaml', '--lang', 'cy']);
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('yn ddilys');
    expect(stderr).not.toContain('is valid');
  });
});

describe('preview --lang cy', () => {
  it('heads the text preview in Welsh', async () => {
    const { code, stdout } = await runCli(['preview', 'systems-leadership-quick', '--format', 'text', '--lang', 'cy']);
    expect(code).toBe(0);
    expect(stdout).toContain('Rhagolwg:');
    expect(stdout).toContain('Sgorio:');
    for (const english of ['Preview:', 'Scoring:', 'Questions to sit with:', 'Nothing here has been answered']) expect(stdout).not.toContain(english);
  });

  it('writes the HTML page in Welsh, the English questionnaire texts marked with their own lang', async () => {
    const { code, stdout } = await runCli(['preview', 'systems-leadership-quick', '--format', 'html', '--lang', 'cy']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/<html lang="cy">/);
    expect(stdout).toContain('<h3>Sgorio</h3>');
    expect(stdout).toMatch(/<span lang="en(-GB)?">/);
  });
});
