import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVALUATE_CY } from '../../src/core/i18n/cy/evaluate.js';
import { EVALUATE_EN } from '../../src/core/i18n/en/evaluate.js';
import { fixture, ROOT, runCli } from '../helpers/cli.js';
import { englishIn, englishOf } from '../helpers/english-of.js';
import { changeTestResults } from '../helpers/change-test-results.js';

// Issue 22: `evaluate`, `compare` and `form` with --lang cy: syslead's words in Welsh, the
// questionnaire's texts as written, JSON and the files a survey platform reads as data.
const english = englishOf(EVALUATE_EN, EVALUATE_CY);
const expectNoEnglish = (output: string, label: string) => expect(englishIn(output, english), label).toEqual([]);
const dir = mkdtempSync(join(tmpdir(), 'syslead-evaluate-cy-'));

describe('syslead evaluate --lang cy', () => {
  const evaluate = (args: string[]) =>
    runCli(['evaluate', '--match-by', 'Email', '-q', fixture('evaluate/change.yaml'), fixture('evaluate/before.csv'), fixture('evaluate/after.csv'), '--min-group', '3', '--per-respondent', ...args]);

  it('writes the text report and says the matching in Welsh', async () => {
    const { stdout, stderr } = await evaluate(['--lang', 'cy']);
    for (const words of [
      'Gwerthuso rhaglen: Change test',
      'Thema / agwedd',
      'Newid [CI 95%]',
      'Wedi gwella',
      'Dim newid dibynadwy',
      'Parwyd 10 o bobl yn ôl "Email"',
      'Trothwy anhysbysrwydd: 3 o bobl wedi eu paru',
      'Fesul unigolyn (--per-respondent)',
      'wedi dirywio',
    ])
      expect(stdout).toContain(words);
    expect(stdout).toContain('CYN: 13 ymatebydd: 10 wedi eu paru, 1 ddim yn WEDYN');
    expect(stderr).toContain('syslead: parwyd 10 o bobl yn ôl "Email"');
    expect(stderr).toContain("syslead: mae'r gwerthusiad yn gadael allan yr hyn a nodwyd uchod");
    expectNoEnglish(stdout, 'text');
    expectNoEnglish(stderr, 'stderr');
  });

  it('writes Markdown and HTML in Welsh, the questionnaire texts marked as English on the page', async () => {
    const md = await evaluate(['--lang', 'cy', '--format', 'md']);
    expect(md.stdout).toContain('Gwerthuso rhaglen: Change test');
    expectNoEnglish(md.stdout, 'md');
    const { stdout: html } = await evaluate(['--lang', 'cy', '--format', 'html']);
    expect(html).toMatch(/<html lang="cy">/);
    expect(html).toContain('<h1>Gwerthuso rhaglen: <span lang="en-GB">Change test</span></h1>');
    expect(html).toContain('<th scope="row"><span lang="en-GB">Reaching out</span></th>');
    expect(html).toContain('<caption>Newid fesul thema ac agwedd (pwyntiau canran)</caption>');
    expectNoEnglish(html, 'html');
  });

  it('says a withheld figure in Welsh, in text and in the reason column of CSV, whose codes stay', async () => {
    const text = await evaluate(['--lang', 'cy', '--min-group', '20']);
    expect(text.stdout).toContain("Wedi ei atal: 10 o bobl wedi eu paru, llai na'r trothwy anhysbysrwydd o 20 (--min-group): ni ddangosir unrhyw ffigur");
    expectNoEnglish(text.stdout, 'withheld');
    const welsh = await evaluate(['--lang', 'cy', '--format', 'csv', '--min-group', '20']);
    const plain = await evaluate(['--format', 'csv', '--min-group', '20']);
    const [welshHead, ...welshRows] = welsh.stdout.split('\n');
    const [plainHead] = plain.stdout.split('\n');
    expect(welshHead).toBe(plainHead);
    expect(welshRows[0]).toContain("10 o bobl wedi eu paru, llai na'r trothwy anhysbysrwydd o 20");
    const codes = await evaluate(['--lang', 'cy', '--format', 'csv']);
    expect(codes.stdout).toContain(',no reliable change,');
  });

  it('keeps JSON byte for byte as in English', async () => {
    for (const extra of [[], ['--min-group', '20']]) {
      const welsh = await evaluate(['--lang', 'cy', '--format', 'json', ...extra]);
      const plain = await evaluate(['--lang', 'en', '--format', 'json', ...extra]);
      expect(welsh.stdout).toBe(plain.stdout);
    }
  });

  it('says the command line problems in Welsh', async () => {
    const once = await runCli(['evaluate', '--match-by', 'Email', '-q', fixture('evaluate/change.yaml'), '-', '-', '--lang', 'cy']);
    expect(once.stderr).toContain('dim ond unwaith y gellir rhoi "-" (stdin)');
    const strict = await evaluate(['--lang', 'cy', '--strict']);
    expect(strict.stderr).toContain('ymatebydd na ellid eu paru am reswm heblaw absenoldeb (gweler uchod): dim gwerthusiad gyda --strict');
    expectNoEnglish(once.stderr + strict.stderr, 'problems');
  });

  it('counts the errors that stop --strict with the Welsh plural form (2 wall, 3 gwall)', async () => {
    const HEADER = 'Email,Name,l1,l2,l3,a1,a2,a3,f1,f2,f3';
    const bad = (n: number) => {
      const file = join(dir, `bad-${n}.csv`);
      const rows = Array.from({ length: n }, (_, i) => `e${i}@x.org,E${i},9,2,3,4,5,4,3,2,1`);
      writeFileSync(file, `${[HEADER, ...rows, 'ok@x.org,Ok,2,2,2,2,2,2,2,2,2'].join('\n')}\n`);
      return file;
    };
    const strict = (n: number, lang: string) => runCli(['evaluate', '--match-by', 'Email', '-q', fixture('evaluate/change.yaml'), bad(n), fixture('evaluate/after.csv'), '--strict', '--lang', lang]);
    expect((await strict(2, 'cy')).stderr).toContain('syslead: error: 2 wall yn y mewnbwn: dim gwerthusiad gyda --strict');
    expect((await strict(3, 'cy')).stderr).toContain('syslead: error: 3 gwall yn y mewnbwn: dim gwerthusiad gyda --strict');
    expect((await strict(2, 'en')).stderr).toContain('syslead: error: 2 errors in the input: no evaluation with --strict');
  });
});

describe('syslead compare --lang cy', () => {
  const { a, b } = changeTestResults(dir);
  const compare = (args: string[]) => runCli(['compare', '--questionnaires', fixture('evaluate'), b, a, ...args]);
  const cohort = join(dir, 'cohort.json');

  it('writes the text report in Welsh, and says the order it chose', async () => {
    const { code, stdout, stderr } = await compare(['--lang', 'cy']);
    expect(code).toBe(0);
    for (const words of [
      'Beth newidiodd: Change test',
      'CYN',
      'WEDYN',
      'NEWID',
      'codiad mawr (Low → High)',
      'codiad bach',
      "Mae'r newidiadau mewn pwyntiau canran",
      'Darllenir y newidiadau yn ôl y rheol gyffredinol uchod',
      '10 Ion 2026',
    ])
      expect(stdout).toContain(words);
    expect(stderr).toContain(`syslead: note: mae ${b} (cwblhawyd 2026-06-10T10:00:00Z) yn hwyrach na ${a} (2026-01-10T10:00:00Z): yn dangos y newid o ${a} i ${b}`);
    expectNoEnglish(stdout, 'text');
    expectNoEnglish(stderr, 'stderr');
  });

  it('judges by the RCI in Welsh, in text, Markdown and HTML', async () => {
    const report = await runCli(['report', '-q', fixture('evaluate/change.yaml'), fixture('evaluate/before.csv'), '--format', 'json', '-o', cohort, '--force']);
    expect(report.code).toBe(0);
    for (const format of ['text', 'md', 'html']) {
      const { stdout } = await compare(['--lang', 'cy', '--reliability', cohort, '--format', format]);
      expect(stdout, format).toContain('Newid dibynadwy (4 o 4 thema ac agwedd)');
      expect(stdout, format).toContain('wedi gwella (RCI 4.60)');
      expectNoEnglish(stdout, format);
    }
    const md = await compare(['--lang', 'cy', '--format', 'md']);
    expect(md.stdout).toContain('| Thema neu agwedd | Cyn | Wedyn | Newid (pwyntiau) | Mewn geiriau |');
  });

  it('writes an HTML page in Welsh, each English text of the questionnaire in its own lang', async () => {
    const { stdout: html } = await compare(['--lang', 'cy', '--format', 'html']);
    expect(html).toMatch(/<html lang="cy">/);
    expect(html).toContain('<h1>Beth newidiodd: <span lang="en-GB">Change test</span></h1>');
    expect(html).toContain('<h2 id="t1"><span lang="en-GB">Reaching out</span></h2>');
    expect(html).toContain('<th scope="row"><span lang="en-GB">Reaching out</span>: y thema gyfan</th>');
    expect(html).toContain('codiad mawr (<span lang="en-GB">Low</span> → <span lang="en-GB">High</span>)');
    expect(html).toContain('<span lang="en-GB">Low</span>: o dan 50</li>');
    // An attribute cannot hold a span: the text alone.
    expect(html).toContain('aria-label="Reaching out fesul agwedd, cyn ac wedyn: newid mewn pwyntiau canran"');
    expect(html).not.toMatch(/[\ue010-\ue012]/);
    expectNoEnglish(html, 'html');
  });

  it('keeps JSON byte for byte as in English', async () => {
    const welsh = await compare(['--lang', 'cy', '--format', 'json']);
    const plain = await compare(['--lang', 'en', '--format', 'json']);
    expect(welsh.stdout).toBe(plain.stdout);
  });

  it('says its problems in Welsh', async () => {
    const one = await runCli(['compare', '--lang', 'cy', a]);
    expect(one.stderr).toContain("mae compare yn cymryd dwy ffeil canlyniad (yn y naill drefn neu'r llall) neu ddim un, cafwyd 1");
    const notJson = await compare(['--lang', 'cy', '--reliability', a]);
    expect(notJson.stderr).toMatch(/: error: nid JSON mo hwn \(.+\): rhowch --format json adroddiad/);
    const home = mkdtempSync(join(dir, 'home-'));
    const none = await runCli(['compare', '--questionnaires', fixture('evaluate'), '-q', 'change-test', '--lang', 'cy'], { env: { SYSLEAD_HOME: home } });
    expect(none.stderr).toContain(`mae angen dau ganlyniad a gadwyd o "change-test" ar compare, a dim un sydd yn ${home}: atebwch eto gyda "syslead run change-test", neu rhowch ddwy ffeil canlyniad`);
    expectNoEnglish(one.stderr + notJson.stderr + none.stderr, 'problems');
  });
});

describe('syslead form --lang cy', () => {
  const TARGETS = ['google', 'qualtrics', 'limesurvey', 'redcap', 'ms-forms', 'paper', 'csv'] as const;
  const form = async (questionnaire: string, target: string, lang: string[]) => {
    const out = mkdtempSync(join(dir, `${target}-`));
    const result = await runCli(['form', questionnaire, '--for', target, '--out-dir', out, ...lang]);
    expect(result.code, result.stderr).toBe(0);
    const files = Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name), 'utf8')]));
    return { ...result, files };
  };

  it.each(TARGETS)('gives the steps for %s in Welsh', async (target) => {
    const { stdout } = await form('systems-leadership-quick', target, ['--lang', 'cy']);
    expect(stdout).toContain(`Systems leadership: a quick self-assessment (systems-leadership-quick, ffurflen hunanasesu) ar gyfer ${target}:`);
    expect(stdout).toContain('Nesaf:');
    expectNoEnglish(stdout, target);
  });

  // What a platform imports is in the questionnaire's language, as its export is read back: only
  // syslead's notes in it (a comment, a map's heading) are in the language syslead speaks.
  it.each(['qualtrics', 'limesurvey', 'redcap', 'csv'])('writes the same %s files as in English, but for their comments', async (target) => {
    const welsh = await form('systems-leadership-quick', target, ['--lang', 'cy']);
    const plain = await form('systems-leadership-quick', target, ['--lang', 'en']);
    expect(Object.keys(welsh.files)).toEqual(Object.keys(plain.files));
    for (const [name, text] of Object.entries(welsh.files)) {
      const drop = (t: string) => t.replace(/^# .*\n/, '');
      expect(drop(text), name).toBe(drop(plain.files[name]!));
      expectNoEnglish(text, name);
    }
    const maps = Object.entries(welsh.files).filter(([name]) => name.endsWith('.map.yaml'));
    for (const [, text] of maps) expect(text).toMatch(/^# Yn darllen allforiad .+ yn ôl: syslead report --map THIS_FILE EXPORT\.csv\n/);
  });

  it("writes the Google script's notes in Welsh, the form's questions in the questionnaire's English", async () => {
    const { files } = await form('systems-leadership-quick', 'google', ['--lang', 'cy']);
    const script = Object.values(files)[0]!;
    expect(script).toMatch(/^\/\/ Yn adeiladu'r Google Form ar gyfer Systems leadership: a quick self-assessment \(systems-leadership-quick fersiwn 1\)/);
    expect(script).toContain("Logger.log('Golygu\\'r ffurflen: ' + form.getEditUrl());");
    expect(script).toContain("Logger.log('Anfonwch y ddolen hon: ' + form.getPublishedUrl());");
    expect(script).toContain('.setTitle("What is your name?")');
    expectNoEnglish(script, 'google');
  });

  it('writes the Microsoft Forms build sheet and the paper sheet in Welsh, the English texts marked', async () => {
    const ms = await form('systems-leadership-quick', 'ms-forms', ['--lang', 'cy']);
    const md = ms.files['systems-leadership-quick.ms-forms.md']!;
    const html = ms.files['systems-leadership-quick.ms-forms.html']!;
    expect(md).toContain('# Adeiladu "Systems leadership: a quick self-assessment" yn Microsoft Forms');
    expect(md).toContain('### Cwestiwn 1: What is your name?');
    expect(html).toMatch(/<html lang="cy">/);
    expect(html).toContain('<h1>Adeiladu “<span lang="en-GB">Systems leadership: a quick self-assessment</span>” yn Microsoft Forms</h1>');
    expect(html).toContain('<h3>Cwestiwn 1: <span lang="en-GB">What is your name?</span></h3>');
    const paper = (await form('systems-leadership-quick', 'paper', ['--lang', 'cy'])).files['systems-leadership-quick.paper.html']!;
    expect(paper).toMatch(/<html lang="cy">/);
    expect(paper).toContain('<p>Tua 5 munud. Ticiwch un blwch ym mhob rhes, mewn beiro.');
    expect(paper).toContain('<th scope="col">Datganiad</th><th scope="col" lang="en-GB">Rarely</th>');
    for (const [name, text] of [
      ['md', md],
      ['html', html],
      ['paper', paper],
    ] as const)
      expectNoEnglish(text, name);
  });

  it("makes a Welsh questionnaire's form all in Welsh, its own questions too, without --lang", async () => {
    const welsh = join(ROOT, 'questionnaires/systems-leadership-quick.cy.yaml');
    const google = await form(welsh, 'google', []);
    expect(google.stdout).toContain('Arweinyddiaeth systemau: hunanasesiad cyflym (systems-leadership-quick, ffurflen hunanasesu) ar gyfer google:');
    expect(google.stdout).toContain(`Rhowch --questionnaire ${welsh} i report, score a feedback ar gyfer pob allforiad o'r ffurflen hon: mae ei thestunau yn cy-GB, nid rhai systems-leadership-quick.`);
    const script = Object.values(google.files)[0]!;
    expect(script).toContain('.setTitle("Beth yw eich enw?")');
    expect(script).not.toContain('What is your name?');
    const paper = Object.values((await form(welsh, 'paper', [])).files)[0]!;
    expect(paper).toMatch(/<html lang="cy-GB">/);
    expect(paper).toContain('<h2>Amdanoch chi</h2>');
    expect(paper).not.toMatch(/ lang="en/);
    const redcap = await form(welsh, 'redcap', []);
    expect(Object.values(redcap.files).join('\n')).toContain(',Amdanoch chi,text,Beth yw eich enw?,');
    for (const r of [google, redcap]) expectNoEnglish(r.stdout, 'welsh questionnaire');
  });

  it('says its problems in Welsh', async () => {
    const list = join(dir, 'people.txt');
    writeFileSync(list, 'Ann\nann\n');
    const self = await runCli(['form', 'systems-leadership-quick', '--for', 'google', '--out-dir', dir, '--subject-list', list, '--lang', 'cy']);
    expect(self.stderr).toContain('mae --subject-list ar gyfer ffurflen arsylwr, ac mae systems-leadership-quick yn hunanasesiad');
    const twice = await runCli(['form', 'systems-leadership-observer', '--for', 'google', '--out-dir', dir, '--subject-list', list, '--lang', 'cy']);
    expect(twice.stderr).toMatch(/people\.txt:2:1: error: mae "ann" eisoes ar linell 1: rhowch bob unigolyn unwaith/);
    expectNoEnglish(self.stderr + twice.stderr, 'problems');
  });
});
