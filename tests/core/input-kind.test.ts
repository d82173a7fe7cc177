import { describe, expect, it } from 'vitest';
import { kindByContent, kindByName } from '../../src/core/input-kind.js';

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
});
