import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { builtIn } from '../browser/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'syslead-preview-'));
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('syslead preview', () => {
  it('shows a built-in form of a pair with its other form, whichever is named', async () => {
    const self = builtIn('systems-leadership');
    for (const id of ['systems-leadership', 'systems-leadership-observer']) {
      const r = await runCli(['preview', id]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      const out = flat(r.stdout);
      // The self form leads either way.
      expect(out.startsWith(`Preview: ${self.title}, with its observer form`)).toBe(true);
      expect(out).toContain('Observer form: Systems leadership: feedback from colleagues and partners');
      expect(out).toContain(`Self form: ${self.items[0]!.text} Observer form: They `);
    }
  });

  it('shows a form without a pair alone', async () => {
    const r = await runCli(['preview', 'systems-leadership-quick', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('Observer form');
    expect(r.stdout.split('\n')[0]).toBe('# Preview: Systems leadership: a quick self-assessment');
  });

  it('pairs a self form file with an observer form file given as --observer', async () => {
    const self = join(dir, 'self.yaml');
    const observer = join(dir, 'observer.yaml');
    writeFileSync(self, readFileSync(join(ROOT, 'questionnaires/systems-leadership-quick.yaml'), 'utf8').replace('id: systems-leadership-quick', 'id: my-quick'));
    writeFileSync(
      observer,
      readFileSync(join(ROOT, 'questionnaires/systems-leadership-observer.yaml'), 'utf8')
        .replace('id: systems-leadership-observer', 'id: my-quick-observer')
        .replace(/title: .*/, 'title: My observer form'),
    );
    const r = await runCli(['preview', self, '--observer', observer, '--format', 'html', '--out', join(dir, 'pair.html')]);
    expect(r.code, r.stderr).toBe(0);
    // The quick form is no pair of the full observer form: said, as validate would refuse the pair.
    expect(r.stderr).toMatch(/^syslead: warning: my-quick-observer does not line up with my-quick, so their scores cannot be compared: .* \(and \d+ more differences\); see syslead validate\n/);
    expect(r.stderr).toMatch(new RegExp(`\nwrote ${join(dir, 'pair.html').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n$`));
    const html = readFileSync(join(dir, 'pair.html'), 'utf8');
    expect(html).toContain('<h2 id="form-2">Observer form: My observer form</h2>');
    expect(html).toContain('<th scope="col">Self form</th><th scope="col">Observer form</th>');
    // The quick form has fewer statements than the observer form: the others are on the observer side alone.
    expect(html).toContain('<span class="muted">(not on this form)</span>');
  });

  it('shows an observer form with the self form its pairs_with names, found as any questionnaire is', async () => {
    const pairs = join(ROOT, 'tests/fixtures/broken/pairs');
    // Found beside the observer form's file, as validate finds it.
    const r = await runCli(['preview', join(pairs, 'coach-observer.yaml'), '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^## Self form: Minimal$/m);
    expect(r.stdout).toMatch(/^## Observer form: Minimal$/m);
    expect(r.stdout).toContain('coach-self');
    expect(r.stdout).toContain('coach-observer');
  });

  it('refuses two forms of one kind, and "-" twice, as usage errors', async () => {
    const observerAsMain = await runCli(['preview', 'systems-leadership-observer', '--observer', 'systems-leadership-observer']);
    expect([observerAsMain.code, observerAsMain.stderr]).toEqual([2, 'syslead: error: systems-leadership-observer is an observer form: preview its self form with --observer systems-leadership-observer\n']);
    const selfAsObserver = await runCli(['preview', 'systems-leadership', '--observer', 'systems-leadership-quick']);
    expect([selfAsObserver.code, selfAsObserver.stderr]).toEqual([2, 'syslead: error: --observer systems-leadership-quick is a self form: give the observer form that goes with systems-leadership\n']);
    const stdinTwice = await runCli(['preview', '-', '--observer', '-']);
    expect([stdinTwice.code, stdinTwice.stderr]).toEqual([2, 'syslead: error: "-" (stdin) can be given only once\n']);
  });

  it('reads a questionnaire from stdin', async () => {
    const r = await runCli(['preview', '-'], { input: readFileSync(join(ROOT, 'questionnaires/systems-leadership-quick.yaml')) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Preview: Systems leadership: a quick self-assessment');
  });

  it('fails on an unknown questionnaire and on an invalid file, with exit 1', async () => {
    const unknown = await runCli(['preview', 'no-such-form']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown questionnaire "no-such-form"');
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'id: broken\n');
    const invalid = await runCli(['preview', broken]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain(`${broken}: the questionnaire is not valid`);
    expect(invalid.stdout).toBe('');
  });

  it('will not replace a file without --force, nor print a PDF where there is no browser', async () => {
    const out = join(dir, 'kept.md');
    writeFileSync(out, 'mine');
    const r = await runCli(['preview', 'systems-leadership-quick', '--format', 'md', '--out', out]);
    expect([r.code, r.stderr]).toEqual([1, `syslead: error: ${out} already exists: add --force to replace it\n`]);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    const pdf = await runCli(['preview', 'systems-leadership-quick', '--format', 'pdf', '--out', join(dir, 'x.pdf')], { env: { SYSLEAD_BROWSER: join(dir, 'no-browser') } });
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toContain('SYSLEAD_BROWSER is');
  });
});
