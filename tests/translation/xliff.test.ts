import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportXliff } from '../../src/core/translation/xliff-write.js';
import { readXliff } from '../../src/core/translation/xliff-read.js';
import { runCli } from '../helpers/cli.js';
import { QUICK, quickDoc, WELSH, welshText } from './helpers.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'syslead-xliff-'));

/** An exported XLIFF with each unit's target filled by `fill(id, source)`. */
function filled(xliff: string, fill: (id: string, source: string) => string): string {
  return xliff.replace(/<unit id="([^"]+)">([\s\S]*?)<source>([^<]*)<\/source>\n/g, (_all, id: string, before: string, source: string) => {
    return `<unit id="${id}">${before}<source>${source}</source>\n        <target>${fill(id, source)}</target>\n`;
  });
}

describe('translate export', () => {
  it('writes XLIFF 2.0: one unit per text with its context, the English source, and no target without a translation', async () => {
    const dir = tempDir();
    const source = join(dir, 'systems-leadership-quick.yaml');
    writeFileSync(source, readFileSync(QUICK, 'utf8'));
    const out = join(dir, 'quick.xlf');
    const { code, stderr } = await runCli(['translate', 'export', source, '--lang', 'cy', '--out', out]);
    expect(stderr).toBe(`wrote ${out}\nsystems-leadership-quick into cy-GB: a unit per text, no targets yet\n`);
    expect(code).toBe(0);
    const xliff = readFileSync(out, 'utf8');
    expect(xliff).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-GB" trgLang="cy-GB">\n {2}<file id="f1" original="systems-leadership-quick" xmlns:sl="urn:syslead:translation" sl:sourceVersion="1">\n/,
    );
    expect(xliff).toContain(
      [
        '    <unit id="themes.outcome-focus.items.of4">',
        '      <notes>',
        '        <note category="context">theme 2 (outcome-focus), item 3 (of4) statement</note>',
        '      </notes>',
        '      <segment state="initial">',
        "        <source>I offer my team's time, budget or space to joint work when that would help service users more.</source>",
        '      </segment>',
        '    </unit>',
      ].join('\n'),
    );
    expect(xliff.match(/<unit /g)).toHaveLength(111);
    expect(xliff).not.toContain('<target>');
  });

  it('gives an existing translation as targets, and importing that reproduces the translation', async () => {
    const exported = await runCli(['translate', 'export', 'systems-leadership-quick', '--lang', 'cy']);
    expect(exported.stdout).toContain('<segment state="translated">\n        <source>Rarely</source>\n        <target>Anaml</target>');
    const file = join(tempDir(), 'quick.cy.xlf');
    writeFileSync(file, exported.stdout);
    const imported = await runCli(['translate', 'import', file]);
    expect(imported.stderr).toBe('systems-leadership-quick in cy-GB (draft): 111 texts\n');
    expect(parse(imported.stdout)).toEqual(parse(welshText()));
  });

  it('refuses a file beside the questionnaire named as its translation that translates another questionnaire or language', async () => {
    const dir = tempDir();
    const source = join(dir, 'systems-leadership-quick.yaml');
    writeFileSync(source, readFileSync(QUICK, 'utf8'));
    const beside = join(dir, 'systems-leadership-quick.cy.yaml');
    writeFileSync(beside, welshText().replace('language: cy-GB', 'language: fr-FR'));
    const { code, stderr, stdout } = await runCli(['translate', 'export', source, '--lang', 'cy']);
    expect(stderr).toContain(`${beside} is a translation of "systems-leadership-quick" into fr-FR, not of "systems-leadership-quick" into cy: rename it, or fix its translation_of and language`);
    expect(stdout).toBe('');
    expect(code).toBe(1);
  });

  it('refuses a language that is no tag, as a usage error', async () => {
    const { code, stderr } = await runCli(['translate', 'export', 'systems-leadership-quick', '--lang', 'cy GB']);
    expect(stderr).toContain('--lang cy GB is no language tag');
    expect(code).toBe(2);
  });
});

describe('the round trip', () => {
  it('export, fill the targets, import, validate, load: the translated model', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'systems-leadership-quick.yaml'), readFileSync(QUICK, 'utf8'));
    const { stdout } = await runCli(['translate', 'export', join(dir, 'systems-leadership-quick.yaml'), '--lang', 'fr']);
    expect(stdout).toContain('trgLang="fr-GB"');
    const xlf = join(dir, 'quick.fr.xlf');
    writeFileSync(xlf, filled(stdout, (id, source) => (id === 'title' ? 'Leadership systémique' : `FR ${source}`)).replace(/state="initial"/g, 'state="reviewed"'));
    const yaml = join(dir, 'systems-leadership-quick.fr.yaml');
    const imported = await runCli(['translate', 'import', xlf, '--out', yaml]);
    expect(imported.code).toBe(0);
    expect(parse(readFileSync(yaml, 'utf8'))).toMatchObject({ translation_of: 'systems-leadership-quick', language: 'fr-GB', status: 'reviewed', title: 'Leadership systémique' });
    const validated = await runCli(['validate', yaml]);
    expect(validated.stderr).toBe(`✓ ${yaml} is valid (a fr-GB translation of systems-leadership-quick: 3 themes, 13 scored items)\n`);
    const answers = join(dir, 'a.yaml');
    writeFileSync(answers, 'questionnaire: systems-leadership-quick\nversion: 1\nanswers: {sv2: 5, sv3: 5, sv4: 5, sv5: 1}\n');
    const scored = await runCli(['score', '-q', yaml, answers]);
    expect(scored.stdout).toContain('Leadership systémique');
    expect(scored.stdout).toContain('FR Shared values');
    // sv5 = 1 is reverse-keyed to 5: every answer the top of the scale.
    expect(scored.stdout).toMatch(/FR Shared values +█{20} +100%/);
  });

  it('leaves out units without a target, says how many, and validate lists them', async () => {
    const dir = tempDir();
    const { stdout } = await runCli(['translate', 'export', 'systems-leadership-quick', '--lang', 'cy']);
    const xlf = join(dir, 'part.xlf');
    writeFileSync(xlf, stdout.replace(/ {8}<target>[^<]*<\/target>\n(?=[\s\S]*?<\/unit>)/, '').replace('<target>Yn aml</target>', '<target>  </target>'));
    const imported = await runCli(['translate', 'import', xlf]);
    expect(imported.stderr).toBe(
      'systems-leadership-quick in cy-GB (draft): 105 texts; 2 without a target, left out (title, scales.frequency.labels.2); 4 left out with them, as a list is given whole or not at all (scales.frequency.labels.0, scales.frequency.labels.1, scales.frequency.labels.3, scales.frequency.labels.4)\n',
    );
    const yaml = join(dir, 'systems-leadership-quick.cy.yaml');
    writeFileSync(yaml, imported.stdout);
    writeFileSync(join(dir, 'systems-leadership-quick.yaml'), readFileSync(QUICK, 'utf8'));
    const validated = await runCli(['validate', yaml]);
    expect(validated.stderr).toMatch(
      /^\S+:1:1: error: missing text title \(the questionnaire title\); in the source: "Systems leadership: a quick self-assessment"\n\S+:8:1: warning: a draft translation: [^\n]+\n\S+:\d+:\d+: error: missing 5 texts under scales.frequency: /,
    );
    expect(validated.code).toBe(1);
  });
});

describe('reading XLIFF safely', () => {
  const minimal = (body: string, head = '') =>
    `<?xml version="1.0"?>${head}\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-GB" trgLang="cy-GB">\n<file id="f1" original="systems-leadership-quick">\n${body}\n</file>\n</xliff>\n`;

  it('refuses a DOCTYPE, an entity of its own, inline markup and a second segment, each at its line', () => {
    const problem = (xml: string) => {
      const { doc, problems } = readXliff(xml, 'x.xlf');
      expect(doc).toBeUndefined();
      return problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
    };
    expect(problem(minimal('', '\n<!DOCTYPE lol [<!ENTITY lol "lol">]>'))).toEqual(['2:1: a DOCTYPE or entity declaration: an XLIFF file needs none, and syslead reads none']);
    expect(problem(minimal('<unit id="title"><segment><source>a</source><target>&lol;</target></segment></unit>'))).toEqual([
      '4:53: an "&" that starts no XML entity (&amp; &lt; &gt; &quot; &apos; or a character number): write & as &amp;',
    ]);
    expect(problem(minimal('<unit id="title"><segment><source>a</source><target>b <pc id="1">c</pc></target></segment></unit>'))).toEqual([
      '4:55: unit title: <pc> inside <target>: syslead texts are plain text, with no inline markup',
    ]);
    expect(problem(minimal('<unit id="title"><segment><source>a</source></segment>\n<segment><source>b</source></segment></unit>'))).toEqual(['5:1: unit title: more than one <segment>: join them into one text']);
    expect(problem(minimal('<unit id="../etc"><segment><source>a</source></segment></unit>'))).toEqual(['4:1: unit id "../etc" is no syslead text id (such as themes.mindset.items.mt1)']);
    // A target that would silently replace the segment's own.
    expect(problem(minimal('<unit id="title"><segment><source>a</source><target>b</target><target>c</target></segment></unit>'))).toEqual(['4:63: unit title: a second <target> in the segment: give one']);
    expect(problem(minimal('<unit id="title"><segment><source>a</source><target>b</target></segment><ignorable><target>c</target></ignorable></unit>'))).toEqual([
      '4:73: unit title: <ignorable> is not read here: a unit holds notes and one segment of <source> and <target>',
    ]);
    expect(problem('<xliff version="1.2"/>')).toEqual(['1:1: not XLIFF 2.0: <xliff> needs version="2.0" and xmlns="urn:oasis:names:tc:xliff:document:2.0"']);
  });

  it('neutralises hostile targets: escape sequences and bidi controls become visible, markup stays text', async () => {
    const xml = minimal('<unit id="title"><segment><source>a</source><target>&#27;]0;pwned&#7;&lt;b&gt; &#x202E;txt.exe &amp; <![CDATA[<i>x</i>]]></target></segment></unit>');
    const { doc } = readXliff(xml, 'x.xlf');
    expect(doc?.texts).toEqual([['title', '\\u001b]0;pwned\\u0007<b> \\u202etxt.exe & <i>x</i>']]);
    const file = join(tempDir(), 'hostile.xlf');
    writeFileSync(file, xml);
    const { stdout } = await runCli(['translate', 'import', file]);
    expect(parse(stdout)).toMatchObject({ title: '\\u001b]0;pwned\\u0007<b> \\u202etxt.exe & <i>x</i>' });
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
  });

  it('escapes hostile source texts in what it exports', () => {
    const doc = quickDoc();
    const hostile = { ...doc, title: 'A </source><target>x</target> & \u001b[2J \u202e' };
    const xml = exportXliff(hostile, 'cy-GB');
    expect(xml).toContain('<source>A &lt;/source&gt;&lt;target&gt;x&lt;/target&gt; &amp; \\u001b[2J \\u202e</source>');
    expect(readXliff(xml, 'x.xlf').problems).toEqual([]);
  });
});

it('the Welsh draft is where the tests expect it', () => {
  expect(readFileSync(WELSH, 'utf8')).toContain('status: draft');
});
