import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScaleValue } from '../../src/core/answers/value.js';
import { resolveExportMap, type ExportMap } from '../../src/core/csv/export-map.js';
import { parseExportMap } from '../../src/core/csv/export-map-parse.js';
import { SurveyRowReader } from '../../src/core/csv/reader.js';
import { scaleReader } from '../../src/core/csv/scale-reader.js';
import type { Problem } from '../../src/core/problem.js';
import { survey } from './survey.js';

const located = (problems: readonly Problem[]) => problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.message}`);
const parsed = (text: string): ExportMap => {
  const { map, problems } = parseExportMap(text, 'map.yaml');
  expect(problems).toEqual([]);
  return map!;
};
const parseProblems = (text: string) => located(parseExportMap(text, 'map.yaml').problems);
const resolveProblems = (text: string) => located(resolveExportMap(parsed(text), survey).problems);

describe('parsing an export map', () => {
  it('reads columns by header (ignoring case, spacing and punctuation) into every kind of target', () => {
    const map = parsed(
      [
        'questionnaire: survey',
        'columns:',
        '  "SL[SQ001]": sv1',
        '  "SL[SQ002]": item:SV2',
        '  "IMP[SQ002]": importance:outcomes',
        '  Response ID: respondent',
        '  "Who are you rating?": subject',
        '  How do you know them: role',
        '  startdate: started',
        '  "Date submitted": completed',
        '  Dept: attribute:team',
        '  ipaddr: ignore',
        '',
      ].join('\n'),
    );
    const { mapping, problems } = resolveExportMap(map, survey);
    expect(problems).toEqual([]);
    const item = (id: string) => survey.items.find((i) => i.id === id)!;
    expect(['sl sq001', 'SL [SQ002]', 'imp[sq002]', 'response_id', 'Who are you rating', 'how do you know them?', 'StartDate', 'date submitted', 'DEPT', 'IPADDR', 'Team'].map(mapping.column)).toEqual([
      { kind: 'item', item: item('sv1') },
      { kind: 'item', item: item('sv2') },
      { kind: 'importance', themeId: 'outcomes' },
      { kind: 'respondent' },
      { kind: 'subject' },
      { kind: 'role' },
      { kind: 'started' },
      { kind: 'completed' },
      { kind: 'attribute', name: 'team' },
      { kind: 'ignored' },
      undefined,
    ]);
  });

  it('takes values for every item, per scale and per item, the narrower over the wider', () => {
    const map = parsed(['values: { A1: 1, A2: 2, A3: 3, A4: 4, A5: 5, "-oth-": null }', 'scales:', '  importance: { A1: 5, A5: 1 }', 'items:', '  sv2: { a2: 4 }', ''].join('\n'));
    const { mapping } = resolveExportMap(map, survey);
    const item = (id: string) => ({ kind: 'item' as const, item: survey.items.find((i) => i.id === id)! });
    expect(Object.fromEntries(mapping.values(item('sv1'))!)).toEqual({ a1: 1, a2: 2, a3: 3, a4: 4, a5: 5, '-oth-': null });
    expect(Object.fromEntries(mapping.values(item('sv2'))!)).toEqual({ a1: 1, a2: 4, a3: 3, a4: 4, a5: 5, '-oth-': null });
    expect(Object.fromEntries(mapping.values({ kind: 'importance', themeId: 'outcomes' })!)).toEqual({ a1: 5, a2: 2, a3: 3, a4: 4, a5: 1, '-oth-': null });
    expect(mapping.values(item('sv-notes'))).toBeUndefined();
    // Items that share a scale and have no values of their own share one table.
    expect(mapping.values(item('oc1'))).toBe(mapping.values(item('sv1')));
  });

  it('reads roles by value, ignoring case, spacing and punctuation', () => {
    const { mapping } = resolveExportMap(parsed('roles:\n  "Their boss": manager\n  Team mate: peer\n'), survey);
    expect(['their BOSS', 'team-mate', 'Peer'].map(mapping.role)).toEqual(['manager', 'peer', undefined]);
  });

  it('reports each problem of the file itself at its line and column', () => {
    expect(parseProblems('colums:\n  a: sv1\n')).toEqual(['map.yaml:1:1 error unknown field "colums" (did you mean "columns"?)']);
    expect(parseProblems('columns:\n  a: sv1\n  b: "what?"\n')).toEqual([
      'map.yaml:3:6 error "what?" is not a column\'s content: use an item id, importance:THEME, respondent, subject, role, started, completed, attribute:NAME or ignore',
    ]);
    expect(parseProblems('columns:\n  a: "importance:"\n')).toEqual(['map.yaml:2:6 error "importance:" needs a name after the colon']);
    expect(parseProblems('columns:\n  "Q1.": sv1\n  q1: sv2\n')).toEqual(['map.yaml:3:3 error column "q1" is mapped already on line 2 (case, spacing and punctuation do not count)']);
    expect(parseProblems('columns:\n  "?": sv1\n')).toEqual(['map.yaml:2:3 error column "?" has no letters or digits to match']);
    expect(parseProblems('values:\n  A1: one\n')).toEqual(['map.yaml:2:7 error values.A1: the text "one" where a number belongs: write it in digits, e.g. 3']);
    expect(parseProblems('values:\n  A1: 1.5\n')).toEqual(['map.yaml:2:7 error values.A1: 1.5 where a whole number belongs: leave out the decimals']);
    expect(parseProblems('values:\n  A1: 1\n  a1: 2\n')).toEqual(['map.yaml:3:3 error value "a1" is mapped already on line 2 (case and spacing do not count)']);
    expect(parseProblems('values:\n  "": 1\n')).toEqual(['map.yaml:2:3 error an empty value is always read as not answered: it cannot be mapped']);
    expect(parseProblems('roles:\n  Boss: chief\n')).toEqual(['map.yaml:2:9 error roles.Boss: must be one of "self", "manager", "peer", "direct-report", "partner", "other", not the text "chief"']);
    expect(parseProblems('questionnaire: Not A Slug\n')[0]).toMatch(/^map\.yaml:1:16 error questionnaire: must be a slug/);
    expect(parseProblems('')).toEqual(['map.yaml:1:1 error the map is empty: expected columns:, values:, scales:, items: or roles:']);
    expect(parseProblems('columns: [\n')[0]).toMatch(/^map\.yaml:\d+:\d+ error /);
  });

  it('reports what does not fit the questionnaire at its place in the map', () => {
    expect(resolveProblems('columns:\n  Q9: sv9\n')).toEqual([
      'map.yaml:2:7 error questionnaire "survey" has no item "sv9": a column maps to an item id, importance:THEME, respondent, subject, role, started, completed, attribute:NAME or ignore',
    ]);
    expect(resolveProblems('columns:\n  I1: importance:people\n')).toEqual(['map.yaml:2:7 error questionnaire "survey" has no theme "people": its themes are shared-values, outcomes']);
    expect(resolveProblems('values:\n  A0: 0\n  A5: 5\n')).toEqual(['map.yaml:2:3 error "A0" is mapped to 0, off the scale "frequency" (1 to 5)']);
    expect(resolveProblems('scales:\n  importance: { X: 6 }\n')).toEqual(['map.yaml:2:17 error "X" is mapped to 6, off the scale "importance" (1 to 5)']);
    expect(resolveProblems('scales:\n  agreement: { X: 1 }\n')).toEqual(['map.yaml:2:3 error questionnaire "survey" has no scale "agreement": its scales are frequency, importance']);
    expect(resolveProblems('items:\n  sv1: { X: 9 }\n')).toEqual(['map.yaml:2:10 error "X" is mapped to 9, off the scale "frequency" (1 to 5)']);
    expect(resolveProblems('items:\n  sv9: { X: 1 }\n')).toEqual(['map.yaml:2:3 error questionnaire "survey" has no item "sv9"']);
    expect(resolveProblems('items:\n  sv-notes: { X: 1 }\n')).toEqual(['map.yaml:2:3 error item "sv-notes" is a free-text item: it has no scale to map values to']);
    expect(resolveProblems('questionnaire: other-survey\n')).toEqual(['map.yaml:1:16 error the map is for questionnaire "other-survey", but the export is read against "survey"']);
  });

  it('an importance column on a questionnaire without importance is an error', () => {
    const { importance: _importance, ...noImportance } = survey;
    expect(located(resolveExportMap(parsed('columns:\n  I1: importance:outcomes\n'), noImportance).problems)).toEqual([
      'map.yaml:2:7 error questionnaire "survey" asks no importance: "importance:outcomes" has no answers to hold',
    ]);
  });

  it('warns, at the map, of each mapped column the export does not have', () => {
    const { mapping } = resolveExportMap(parsed('columns:\n  SL[SQ001]: sv1\n  SL[SQ002]: sv2\n'), survey);
    expect(located(mapping.absentColumns(['id', 'sl[sq001]'], 'export.csv'))).toEqual(['map.yaml:3:3 warning column "SL[SQ002]" is not in the header of export.csv: nothing is read for it']);
  });
});

describe('reading an export through a map', () => {
  const readerOf = (mapText: string, header: string[]) => {
    const { mapping, problems } = resolveExportMap(parsed(mapText), survey);
    expect(problems).toEqual([]);
    const { reader, problems: headerProblems } = SurveyRowReader.fromHeader(header, survey, 'export.csv', 1, { mapping });
    expect(headerProblems.filter((p) => p.severity === 'error')).toEqual([]);
    return reader!;
  };
  const answersOf = (reader: SurveyRowReader, cells: string[]) => {
    const { answers, problems } = reader.readRow(cells, 2);
    expect(located(problems)).toEqual([]);
    return answers!;
  };
  const header = ['id', 'SL[SQ001]', 'SL[SQ002]', 'IMP[SQ002]', 'OC[SQ001]', 'OC[SQ002]'];
  const columns = 'columns:\n  id: respondent\n  SL[SQ001]: sv1\n  SL[SQ002]: sv2\n  IMP[SQ002]: importance:outcomes\n  OC[SQ001]: oc1\n  OC[SQ002]: oc2\n';

  it('reads LimeSurvey answer codes (A1 ... or AO01 ...) as points, items and importance alike', () => {
    const reader = readerOf(`${columns}values: { A1: 1, A2: 2, A3: 3, A4: 4, A5: 5, AO01: 1, AO05: 5 }\n`, header);
    const answers = answersOf(reader, ['7', 'A4', 'a1', 'A5', 'AO05', '']);
    expect(answers).toMatchObject({ respondent: '7', answers: { sv1: 4, sv2: 1, oc1: 5 }, importance: { outcomes: 5 } });
    // A label is still read when the map does not name the value.
    expect(answersOf(reader, ['8', 'Often', 'A2', '', '', 'Almost always']).answers).toEqual({ sv1: 3, sv2: 2, oc2: 5 });
  });

  it("reads a 0-based coding: the map wins over the scale's own numbers", () => {
    const reader = readerOf(`${columns}values: { "0": 1, "1": 2, "2": 3, "3": 4, "4": 5 }\n`, header);
    expect(answersOf(reader, ['9', '0', '4', '2', '3', '1']).answers).toEqual({ sv1: 1, sv2: 5, oc1: 4, oc2: 2 });
    // 5, not mapped, is read as the scale's own point 5.
    expect(answersOf(reader, ['9', '5', '', '', '', '']).answers).toEqual({ sv1: 5 });
  });

  it('reads Qualtrics recodes: reversed numbering, and a "not applicable" code as not answered', () => {
    const reader = readerOf(`${columns}values: { "5": 1, "4": 2, "3": 3, "2": 4, "1": 5, "6": null }\n`, header);
    const answers = answersOf(reader, ['R_1', '5', '1', '6', '6', '2']);
    expect(answers.answers).toEqual({ sv1: 1, sv2: 5, oc2: 4 });
    expect(answers.importance).toEqual({});
  });

  it('reads the role column through the map before the built-in wordings', () => {
    const reader = readerOf(`${columns}  rel: role\nroles:\n  "Boss": manager\n  "Peer": partner\n`, [...header, 'rel']);
    expect(['Boss', 'Peer', 'Line manager'].map((role) => answersOf(reader, ['1', '3', '', '', '', '', role]).role)).toEqual(['manager', 'partner', 'manager']);
  });

  it('takes numbers written as YAML numbers (unquoted) as the texts they are', () => {
    const reader = readerOf(`${columns}values:\n  0: 1\n  1: 2\n  2: 3\n  3: 4\n  4: 5\n`, header);
    expect(answersOf(reader, ['9', '0', '4', '', '', '']).answers).toEqual({ sv1: 1, sv2: 5 });
  });

  it('reads every mapped value as its point and every other cell as the scale reads it', () => {
    const scale = survey.defaultScale;
    const code = fc.stringMatching(/^[A-Za-z0-9]{1,4}$/);
    const mapped = fc.uniqueArray(fc.tuple(code, fc.option(fc.integer({ min: scale.min, max: scale.max }), { nil: null })), { selector: ([text]) => text.toLowerCase(), maxLength: 8 });
    fc.assert(
      fc.property(mapped, fc.array(fc.oneof(code, fc.constantFrom(...scale.labels, '', '3')), { maxLength: 20 }), (entries, others) => {
        const table = new Map(entries.map(([text, point]) => [text.toLowerCase(), point]));
        const read = scaleReader(scale, table);
        for (const [text, point] of entries) expect(read(text)).toEqual({ ok: true, value: point });
        for (const cell of others) expect(read(cell)).toEqual(table.has(cell.toLowerCase()) ? { ok: true, value: table.get(cell.toLowerCase()) } : parseScaleValue(cell, scale));
      }),
    );
  });

  it('names the accepted values and --map for a value it cannot read', () => {
    const reader = readerOf(`${columns}values: { A1: 1 }\n`, header);
    expect(located(reader.readRow(['1', 'A9', '', '', '', ''], 4).problems)).toEqual([
      'export.csv:4:2 error column 2 "SL[SQ001]": "A9" is not on the scale: use 1 to 5 or one of "Rarely", "Sometimes", "Often", "Usually", "Almost always", or map it with --map',
    ]);
  });
});
