import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { header } from '../helpers/questionnaire.js';

// An item keyed the wrong way (m3 runs against m1 and m2 but is not reverse-keyed) is warned of on
// stderr, naming the statement, and listed in the model; the same cohort with m3 keyed minus is not.
const dir = mkdtempSync(join(tmpdir(), 'syslead-miskeyed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const questionnaire = (keyed: string) => `${header()}  - id: main
    title: Main theme
    items:
      - { id: m1, text: I plan ahead }
      - { id: m2, text: I keep to the plan }
      - { id: m3, text: I leave things to the last minute${keyed} }
      - { id: m4, text: I finish what I start }
`;
// Twenty respondents: m1, m2 and m4 follow a level from 1 to 5, m3 its mirror (6 - level).
const rows = Array.from({ length: 20 }, (_, r) => {
  const level = 1 + (r % 5);
  return [`P${r}`, level, Math.min(5, level + (r % 2)), 6 - level, Math.max(1, level - (r % 3 === 0 ? 1 : 0))].join(',');
});
const csv = join(dir, 'cohort.csv');
writeFileSync(csv, `respondent,m1,m2,m3,m4\n${rows.join('\n')}\n`);

async function report(keyed: string) {
  const file = join(dir, `q${keyed ? '-minus' : ''}.yaml`);
  writeFileSync(file, questionnaire(keyed));
  return runCli(['report', '--questionnaire', file, '--format', 'json', csv]);
}

describe('syslead report: an item that correlates negatively with the rest of its theme', () => {
  it('is warned of on stderr, naming the statement, and listed in the model', async () => {
    const r = await report('');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/syslead: warning: "I leave things to the last minute" \(m3, test\) correlates negatively with the rest of Main theme \(r\.drop -0\.\d\d\d\): probably keyed the wrong way/);
    expect(r.stderr.match(/warning: "/g)).toHaveLength(1);
    const model = JSON.parse(r.stdout) as { negativeItems: { item: string; rDrop: number }[]; themes: { items: { id: string; rDrop: number }[] }[] };
    expect(model.negativeItems.map((i) => i.item)).toEqual(['m3']);
    expect(model.negativeItems[0]!.rDrop).toBe(model.themes[0]!.items[2]!.rDrop);
  });

  it('is not warned of once it is reverse-keyed', async () => {
    const r = await report(', keyed: minus');
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('warning: "');
    expect((JSON.parse(r.stdout) as { negativeItems: unknown[] }).negativeItems).toEqual([]);
  });
});
