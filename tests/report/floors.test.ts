import { describe, expect, it } from 'vitest';
import { buildCohortReport } from '../../src/core/report/cohort-build.js';
import { FormRespondents } from '../../src/core/report/respondents.js';
import { applyFloors, CORRELATION_FLOOR, FLOORS, floorFigures, PAIR_FLOORS, SD_FLOOR, withheldReason } from '../../src/core/stats/floors.js';
import { facts, reportInput, row, twoThemes } from '../helpers/cohort-report.js';

describe('the floors of a cohort report', () => {
  it("are the documented ones: 10 for alpha and what comes of correlations, 3 for SDs and the mean's interval", () => {
    expect([CORRELATION_FLOOR, SD_FLOOR]).toEqual([10, 3]);
    expect(FLOORS.section.flatMap((f) => f.figures.map((name) => [name, f.min]))).toEqual([
      ...['alpha', 'alphaStandardized', 'alphaSE', 'alphaFeldt', 'alphaDuhachek', 'averageR', 'medianR', 'signalNoise', 'g6'].map((name) => [name, 10]),
      ...['sd', 'meanSE', 'meanCI'].map((name) => [name, 3]),
    ]);
    expect(FLOORS.item.flatMap((f) => f.figures.map((name) => [name, f.min, f.count]))).toEqual([...['rDrop', 'alphaIfDropped', 'rawR', 'stdR', 'rCor'].map((name) => [name, 10, 'section']), ['sd', 3, 'item']]);
  });

  it('withhold any figure named in a floor, with its reason, and leave the rest and the input alone', () => {
    const section = { n: 9, alpha: 0.8, averageR: 0.3, sd: 1, reasons: {}, items: [{ n: 2, sd: 0.5, rCor: 0.4, reasons: { mean: 'kept' } }] };
    const floors = {
      section: [{ min: 10, count: 'section' as const, figures: ['alpha', 'averageR', 'absent'] }],
      item: [
        { min: 10, count: 'section' as const, figures: ['rCor'] },
        { min: 3, count: 'item' as const, figures: ['sd'] },
      ],
    };
    const floored = applyFloors(section, floors);
    expect(floored).toEqual({
      n: 9,
      alpha: null,
      averageR: null,
      sd: 1,
      reasons: { alpha: withheldReason(10, 9), averageR: withheldReason(10, 9) },
      items: [{ n: 2, sd: null, rCor: null, reasons: { mean: 'kept', rCor: withheldReason(10, 9), sd: withheldReason(3, 2) } }],
    });
    expect(withheldReason(10, 9)).toBe('withheld: fewer than 10 respondents (n = 9)');
    expect(section.alpha).toBe(0.8);
    expect(applyFloors({ ...section, n: 10 }, floors).alpha).toBe(0.8);
  });

  it('withhold the correlation of two sections below 10 with both scores', () => {
    const pair = { a: 'x', b: 'y', n: 9, r: 0.5, corrected: 0.7, reasons: {} };
    expect(floorFigures(pair, pair.n, PAIR_FLOORS)).toEqual({ ...pair, r: null, corrected: null, reasons: { r: withheldReason(10, 9), corrected: withheldReason(10, 9) } });
    expect(floorFigures({ ...pair, n: 10 }, 10, PAIR_FLOORS)).toEqual({ ...pair, n: 10 });
  });

  it('apply to the whole cohort and to every group alike, at the floor and under it', () => {
    const form = new FormRespondents(twoThemes, { keepNames: false, groupBy: 'team' });
    // 10 in North (alpha shown), 3 in South (alpha withheld, SD shown): 13 in all.
    for (let r = 0; r < 13; r++) {
      const x = 1 + (r % 5);
      form.addValues(row(x, 1 + ((x + (r % 2)) % 5), 6 - x, x, 1 + ((r * 3) % 5)), facts({ attributes: { team: r < 10 ? 'North' : 'South' } }), 'c.csv', r + 2);
    }
    const report = buildCohortReport(reportInput([form], { groupBy: 'team', minGroup: 3 }));
    const [a] = report.themes;
    expect(a!.n).toBe(13);
    expect(a!.alpha).not.toBeNull();
    expect(a!.reasons).toEqual({});
    const byName = new Map(report.groups.map((g) => [g.name, g.themes[0]!] as const));
    expect(byName.get('North')!.n).toBe(10);
    expect(byName.get('North')!.alpha).not.toBeNull();
    const south = byName.get('South')!;
    expect(south).toMatchObject({ n: 3, alpha: null, alphaStandardized: null, reasons: { alpha: withheldReason(10, 3), alphaStandardized: withheldReason(10, 3) } });
    expect(south.sd).not.toBeNull();
    for (const item of south.items) expect(item).toMatchObject({ rDrop: null, alphaIfDropped: null, reasons: { rDrop: withheldReason(10, 3) } });
  });
});
