import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUTS_CY } from '../../src/core/i18n/cy/inputs.js';
import { INPUTS_EN } from '../../src/core/i18n/en/inputs.js';
import { xlsxBytes, zipBytes } from '../fixtures/exports/xlsx-writer.mjs';
import { fixture, runCli } from '../helpers/cli.js';
import { englishIn, englishOf } from '../helpers/english-of.js';

// Issue 22: what the readers of answer files, exports and maps say, in Welsh with --lang cy. The
// problem's place and its severity (FILE:LINE:COL: error:) stay as editors' problem matchers read them.
const Q = fixture('evaluate/change.yaml');
const HEADER = 'Email,Name,l1,l2,l3,a1,a2,a3,f1,f2,f3';
const dir = mkdtempSync(join(tmpdir(), 'syslead-inputs-cy-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const english = englishOf(INPUTS_EN, INPUTS_CY);
const welsh = (args: string[]) => runCli([...args, '--lang', 'cy']);
/** Every line of stderr that is a problem: its place and severity in English, its message none of the part's English. */
function expectWelshProblems(stderr: string) {
  expect(englishIn(stderr, english)).toEqual([]);
  for (const line of stderr.split('\n').filter((l) => /: (error|warning|note): /.test(l))) expect(line).toMatch(/^(\S+?)(:\d+:\d+)?: (error|warning|note): \S/);
  // A problem in a file keeps its English severity; syslead's own "syslead: error:" is the cli part's, said in Welsh.
  expect(stderr.split('\n').filter((l) => !l.startsWith('syslead: '))).not.toContainEqual(expect.stringMatching(/: (gwall|rhybudd|nodyn): /));
}

describe('the CSV reader in Welsh', () => {
  it('says what is wrong with each row, the place and severity kept as editors read them', async () => {
    const bad = file('bad.csv', `${HEADER}\na@x.org,Ann,1,2,3,4,5,4,3,2,1\nb@x.org,Ben,2,2,2\nc@x.org,Cy,9,2,2,2,2,2,2,2,2\n,,,,,,,,,,\nd@x.org,Di,"3,3,3,3,3,3,3,3,3\n`);
    const result = await welsh(['report', '-q', Q, bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${bad}:3:6: error: mae gan y rhes 5 cell ond mae gan y pennawd 11: efallai fod cell gyda choma, dyfynnod neu doriad llinell wedi colli ei dyfynodau`);
    expect(result.stderr).toContain(`${bad}:4:3: error: colofn 3 "l1": mae 9 oddi ar y raddfa: defnyddiwch rif cyfan o 1 i 5, neu mapiwch ef gyda --map`);
    expect(result.stderr).toContain(`${bad}:5:1: error: does dim atebion yn y rhes`);
    expect(result.stderr).toContain(`${bad}:6:3: error: mae dyfynnod yn agor y gell hon a dydy e byth yn cau: ni ellir darllen y rhes hon`);
    expectWelshProblems(result.stderr);
  });

  it('counts the unfinished and says why rows were skipped, in Welsh', async () => {
    const unfinished = file(
      'unfinished.csv',
      'Email,Name,Finished,l1,l2,l3,a1,a2,a3,f1,f2,f3\na@x.org,Ann,1,1,2,3,4,5,4,3,2,1\nb@x.org,Ben,0,2,2,2,2,2,2,2,2,2\nc@x.org,Cy,False,2,2,2,2,2,2,2,2,2\nd@x.org,Di,maybe,2,2,2,2,2,2,2,2,2\n',
    );
    const result = await welsh(['report', '-q', Q, unfinished, '--min-group', '1']);
    expect(result.stderr).toContain(`${unfinished}:1:3: warning: 2 ymateb anorffenedig wedi eu gadael allan (llinellau 3, 4): colofn 3 "Finished" yw 0 neu False yno; ychwanegwch --include-unfinished i'w darllen`);
    expect(result.stderr).toContain(`${unfinished}:5:3: error: colofn 3 "Finished": nid yw "maybe" yn dweud a yw'r ymateb wedi ei orffen: roedd disgwyl 1 neu True (wedi ei orffen), 0 neu False (heb ei orffen)`);
    // The reasons of the accounting line are said, not printed by their English keys.
    expect(result.stderr).toContain('(ymateb anorffenedig: 2, heb ddeall a yw wedi ei orffen: 1)');
    expectWelshProblems(result.stderr);
    const plain = await runCli(['report', '-q', Q, unfinished, '--min-group', '1']);
    expect(plain.stderr).toContain('3 skipped (unfinished response: 2, finished not understood: 1)');
  });

  it('says what the header lacks or holds beyond the questionnaire', async () => {
    const noItems = file('no-items.csv', 'Colour,Size\nred,3\n');
    const none = await welsh(['report', '-q', Q, noItems]);
    expect(none.stderr).toContain(`${noItems}:1:1: error: nid oes colofn yn cyfateb i eitem o'r holiadur "change-test" (y penawdau yw "Colour", "Size")`);
    const unused = file('unused.csv', 'Email,l1,l2,l3,a1,a2,a3,f1,f2,f3,How strongly do you agree with the plan?,What colour is best?\na,1,2,3,4,5,4,3,2,1,3,4\n');
    const extra = await welsh(['report', '-q', Q, unused, '--min-group', '1']);
    expect(extra.stderr).toContain(`${unused}:1:11: warning: 2 golofn wedi eu darllen fel cwestiynau`);
    const header = file('header.csv', 'Email,Name,l1\n');
    const empty = file('empty.csv', '');
    const nothing = await welsh(['report', '-q', Q, empty, header]);
    expect(nothing.stderr).toContain(`${empty}:1:1: error: mae'r ffeil yn wag: roedd disgwyl rhes bennawd yn enwi'r eitemau, yna un rhes i bob ymatebydd`);
    expect(nothing.stderr).toContain(`${header}:1:1: warning: dim colofn ar gyfer 8 eitem (l2, l3, a1, a2, a3, f1, f2, f3): mae eu hatebion yn cyfrif fel rhai coll`);
    expect(nothing.stderr).toContain(`${header}:1:1: error: mae gan y ffeil res bennawd ond dim rhesi o atebion ar ei hôl`);
    for (const r of [none, extra, nothing]) expectWelshProblems(r.stderr);
  });

  it('says a quote left open takes the lines after it, with the count in Welsh', async () => {
    const stray = file('stray.csv', `${HEADER}\na,A,"1,2,3,4,5,4,3,2,1\nb,B,1,2,3,4,5,4,3,2,1\nc,C,1,2,3,4,5,4,3,2,1\n`);
    const result = await welsh(['report', '-q', Q, stray]);
    expect(result.stderr).toContain(`${stray}:2:3: error: mae dyfynnod yn agor y gell hon a dydy e byth yn cau: ni ellir darllen y rhes hon a'r 2 linell ar ei hôl`);
    expectWelshProblems(result.stderr);
  });

  it('notes a Windows-1252 file and refuses a NUL byte in Welsh', async () => {
    const w1252 = file('w1252.csv', Buffer.concat([Buffer.from(`${HEADER}\na@x.org,Ann`), Buffer.from([0xe9]), Buffer.from(',1,2,3,4,5,4,3,2,1\n')]));
    const read = await welsh(['report', '-q', Q, w1252, '--min-group', '1']);
    expect(read.code).toBe(0);
    expect(read.stderr).toContain(`${w1252}:2:12: warning: nid UTF-8 yw'r ffeil, felly caiff ei darllen fel Windows-1252`);
    const nul = file('nul.csv', 'Email,Name,l1\u0000,l2\n');
    const refused = await welsh(['report', '-q', Q, nul]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${nul}:1:14: error: mae'r ffeil yn dal beit NUL, felly data deuaidd (neu destun UTF-16) yw hi, nid testun UTF-8`);
    const fixtureFile = await welsh(['report', '-q', Q, fixture('exports/encodings/windows-1252.csv')]);
    expect(fixtureFile.stderr).toContain("warning: nid UTF-8 yw'r ffeil");
    for (const r of [read, refused]) expectWelshProblems(r.stderr);
  });
});

describe('answer files in Welsh', () => {
  it('says what is wrong with each answer of a bad answers file (score)', async () => {
    const bad = file('bad.yaml', 'questionnaire: change-test\nversion: 2\nrespondent: Pat\nanswers: { l1: 9, l2: "often", zz: 3, l3: [1] }\nimportance: { nope: 3 }\n');
    const result = await welsh(['score', '-q', Q, bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${bad}:2:10: error: mae'r atebion hyn ar gyfer fersiwn 2 o "change-test", ond fersiwn 1 yw'r holiadur`);
    expect(result.stderr).toContain(`${bad}:4:16: error: answers.l1: mae 9 oddi ar y raddfa: defnyddiwch rif cyfan o 1 i 5`);
    expect(result.stderr).toContain(`${bad}:4:23: error: answers.l2: nid yw "often" ar y raddfa: defnyddiwch 1 i 5 neu un o "One", "Two", "Three", "Four", "Five"`);
    expect(result.stderr).toContain(`${bad}:4:32: error: eitem anhysbys "zz": does gan yr holiadur "change-test" ddim eitem gyda'r id hwnnw`);
    expect(result.stderr).toContain(`${bad}:4:43: error: answers.l3: roedd disgwyl rhif cyfan o 1 i 5 neu un o "One", "Two", "Three", "Four", "Five"; cafwyd rhestr`);
    expect(result.stderr).toContain(`${bad}:5:1: warning: anwybyddir pwysigrwydd`);
    expectWelshProblems(result.stderr);
  });

  it('says an empty file, another questionnaire and a file not found in Welsh', async () => {
    const empty = file('empty.yaml', '');
    const other = file('other.yaml', 'questionnaire: other-q\nversion: 1\nanswers: { l1: 3 }\n');
    const missing = join(dir, 'missing.yaml');
    const result = await welsh(['score', '-q', Q, empty, other, missing]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${empty}:1:1: error: mae'r ffeil yn wag: roedd disgwyl atebion (questionnaire, version, answers)`);
    expect(result.stderr).toContain(`${other}:1:16: error: mae'r atebion hyn ar gyfer yr holiadur "other-q", nid "change-test"`);
    expect(result.stderr).toContain(`${missing}: error: methu darllen: dim ffeil na ffolder o'r fath`);
    const folder = join(dir, 'no-answers');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'not an answer');
    const empties = await welsh(['report', '-q', Q, folder]);
    expect(empties.stderr).toContain(`${folder}: error: does dim ffeiliau atebion (.yaml, .yml, .json), ffeiliau CSV (.csv, .tsv), llyfrau gwaith (.xlsx) na ffeiliau zip (.zip) yn y ffolder`);
    for (const r of [result, empties]) expectWelshProblems(r.stderr);
  });
});

describe('maps in Welsh', () => {
  it('says what is wrong in a map file, then that it is not valid', async () => {
    const map = file('map.yaml', 'columns:\n  Foo: l1\nvalues:\n  "": 3\n  often: 4\n  Often: 5\n');
    const result = await welsh(['report', '-q', Q, '--map', map, fixture('evaluate/before.csv')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${map}:4:3: error: mae gwerth gwag bob amser yn cael ei ddarllen fel heb ei ateb: ni ellir ei fapio`);
    expect(result.stderr).toContain(`${map}:6:3: error: mae'r gwerth "Often" wedi ei fapio eisoes ar linell 5 (nid yw priflythrennau a bylchau yn cyfrif)`);
    expect(result.stderr).toContain(`${map}: nid yw'r map yn ddilys`);
    expectWelshProblems(result.stderr);
  });

  it('says where a map does not fit the questionnaire', async () => {
    const map = file('unfit.yaml', 'columns:\n  Foo: nosuchitem\n  Bar: importance:x\nscales:\n  nosuch:\n    often: 4\nitems:\n  zz:\n    often: 4\n');
    const result = await welsh(['report', '-q', Q, '--map', map, fixture('evaluate/before.csv')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${map}:2:8: error: does gan yr holiadur "change-test" ddim eitem "nosuchitem": mae colofn yn mapio i id eitem, importance:THEME`);
    expect(result.stderr).toContain(`${map}:3:8: error: nid yw'r holiadur "change-test" yn gofyn am bwysigrwydd: does gan "importance:x" ddim atebion i'w dal`);
    expect(result.stderr).toContain(`${map}:5:3: error: does gan yr holiadur "change-test" ddim graddfa "nosuch": ei raddfeydd yw five`);
    expect(result.stderr).toContain(`${map}:8:3: error: does gan yr holiadur "change-test" ddim eitem "zz"`);
    expect(result.stderr).toContain(`${map}: nid yw'r map yn gweddu i'r holiadur "change-test"`);
    expectWelshProblems(result.stderr);
  });
});

describe('workbooks and zips in Welsh', () => {
  const rows = [HEADER.split(','), ['a@x.org', 'Ann', 1, 2, 3, 4, 5, 4, 3, 2, 1]];

  it('says which sheet of several it read, and an unused --sheet', async () => {
    const book = file(
      'two.xlsx',
      xlsxBytes([
        { name: 'Answers', rows },
        { name: 'Notes', rows: [['x']] },
      ]),
    );
    const result = await welsh(['report', '-q', Q, book, '--min-group', '1']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${book}:1:1: warning: darllenwyd y ddalen gyntaf, "Answers", o 2 ("Answers", "Notes"); dewiswch un arall gyda --sheet NAME`);
    const unused = await welsh(['report', '-q', Q, '--sheet', 'X', fixture('evaluate/before.csv')]);
    expect(unused.stderr).toContain('syslead: warning: ni ddefnyddiwyd --sheet "X": nid oes mewnbwn yn llyfr gwaith xlsx nac yn zip');
    const noSheet = await welsh(['report', '-q', Q, '--sheet', 'Missing', book]);
    expect(noSheet.stderr).toContain(`${book}: error: does gan y llyfr gwaith ddim dalen "Missing"; ei ddalennau yw "Answers", "Notes"`);
    for (const r of [result, unused, noSheet]) expectWelshProblems(r.stderr);
  });

  it('refuses a broken workbook and a zip of several tables in Welsh, the count mutating', async () => {
    const broken = file('broken.xlsx', Buffer.from('PK\u0003\u0004garbage'));
    const result = await welsh(['report', '-q', Q, broken]);
    expect(result.stderr).toContain(`${broken}: error: nid archif zip yw'r ffeil, neu mae wedi ei thorri'n fyr (mae ei chyfeiriadur canolog ar goll)`);
    const csv = `${HEADER}\na@x.org,Ann,1,2,3,4,5,4,3,2,1\n`;
    const two = file(
      'two.zip',
      zipBytes([
        { name: 'a.csv', data: csv },
        { name: 'b.csv', data: csv },
      ]),
    );
    const three = file(
      'three.zip',
      zipBytes([
        { name: 'a.csv', data: csv },
        { name: 'b.csv', data: csv },
        { name: 'c.csv', data: csv },
      ]),
    );
    const twoTables = await welsh(['report', '-q', Q, two]);
    expect(twoTables.stderr).toContain(`${two}: error: mae'r archif zip yn dal 2 dabl (mae'n dal a.csv, b.csv): tynnwch yr un i'w ddarllen allan a rhowch y ffeil honno i syslead`);
    const threeTables = await welsh(['report', '-q', Q, three]);
    expect(threeTables.stderr).toContain(`${three}: error: mae'r archif zip yn dal 3 thabl`);
    for (const r of [result, twoTables, threeTables]) expectWelshProblems(r.stderr);
  });
});

describe('writing and printing in Welsh', () => {
  it('refuses to replace a file, and says why one cannot be written', async () => {
    const existing = file('exists.txt', '');
    const refused = await welsh(['report', '-q', Q, fixture('evaluate/before.csv'), '-o', existing]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(`mae ${existing} yn bodoli eisoes: ychwanegwch --force i'w disodli`);
    const nowhere = join(dir, 'no-such-folder', 'x.txt');
    const failed = await welsh(['report', '-q', Q, fixture('evaluate/before.csv'), '-o', nowhere]);
    expect(failed.stderr).toContain(`methu ysgrifennu ${nowhere}: dim ffeil na ffolder o'r fath`);
    for (const r of [refused, failed]) expectWelshProblems(r.stderr);
  });

  it('refuses an old Excel file and a browser that is no program in Welsh', async () => {
    const xls = file('old.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]));
    const old = await welsh(['report', '-q', Q, xls]);
    expect(old.stderr).toContain(`${xls}: error: llyfr gwaith Excel 97-2003 (.xls) neu hen ffeil Office arall yw'r ffeil, nad yw syslead yn ei darllen`);
    const pdf = await runCli(['report', '-q', Q, fixture('evaluate/before.csv'), '--format', 'pdf', '-o', join(dir, 'x.pdf'), '--lang', 'cy'], { env: { SYSLEAD_BROWSER: join(dir, 'no-browser') } });
    expect(pdf.code).not.toBe(0);
    expect(pdf.stderr).toContain("nad yw'n rhaglen y gellir ei rhedeg: pwyntiwch ef at Chromium, Google Chrome neu Microsoft Edge (mae --format html yn ysgrifennu'r un adroddiad heb borwr)");
    for (const r of [old, pdf]) expectWelshProblems(r.stderr);
  });
});
