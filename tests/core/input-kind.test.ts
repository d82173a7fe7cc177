import { describe, expect, it } from 'vitest';
import { kindByContent, kindByMagic, kindByName } from '../../src/core/input-kind.js';

describe('telling an answer file from a survey export', () => {
  it('goes by the extension where it is one of ours, in any case', () => {
    expect(['a.csv', 'A.CSV', 'b.tsv'].map(kindByName)).toEqual(['csv', 'csv', 'csv']);
    expect(['a.yaml', 'a.YML', 'a.json', 'a.csv.yaml'].map(kindByName)).toEqual(['answers', 'answers', 'answers', 'answers']);
    expect(['csv', 'export', 'a.txt', '-'].map(kindByName)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('otherwise by the content: a JSON object or YAML with a questionnaire key is an answer file, anything else a CSV', () => {
    expect(kindByContent('\uFEFF  {"questionnaire": "x"}')).toBe('answers');
    expect(kindByContent('# my answers\nversion: 1\nquestionnaire: systems-leadership\n')).toBe('answers');
    expect(kindByContent('"questionnaire": x\n')).toBe('answers');
    expect(kindByContent('Name,questionnaire: why?,sv1\nAsha,4,4\n')).toBe('csv');
    expect(kindByContent('Name,sv1\nAsha,4\n')).toBe('csv');
    expect(kindByContent('')).toBe('csv');
  });

  it('takes workbooks, old Office files and zips for archives, by name or by their first bytes', () => {
    expect(['Form1.xlsx', 'a.XLSM', 'old.xls', 'Responses.zip'].map(kindByName)).toEqual(['archive', 'archive', 'archive', 'archive']);
    // A zip's local header, an empty zip's end record, an OLE compound file's signature (MS-CFB 2.2).
    expect(kindByMagic(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14))).toBe('archive');
    expect(kindByMagic(Uint8Array.of(0x50, 0x4b, 0x05, 0x06))).toBe('archive');
    expect(kindByMagic(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe('archive');
    expect(kindByMagic(Buffer.from('PK,name\n'))).toBeUndefined();
    expect(kindByMagic(Uint8Array.of())).toBeUndefined();
  });
});
