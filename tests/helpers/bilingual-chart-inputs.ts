import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Questionnaire, ScoredItem } from '../../src/core/questionnaire/model.js';

/**
 * The inputs of the tests of bilingual charts (tests/i18n/chart-rows-bilingual.test.ts, which reads
 * their rows, and tests/browser/charts-bilingual.test.ts, which lays out their labels), written
 * into `dir` from systems-leadership `self`: Rhian's answers to every statement (its facets drawn
 * as bars), and a cohort of six whose answers vary by statement.
 */
export function bilingualChartInputs(self: Questionnaire, dir: string): { rhian: string; cohort: string } {
  const items = self.items.filter((i): i is ScoredItem => i.kind === 'likert');
  const rhian = join(dir, 'rhian.yaml');
  writeFileSync(
    rhian,
    `questionnaire: systems-leadership\nversion: ${self.version}\nrespondent: Rhian\nrole: self\ncompleted: 2026-11-25T10:00:00Z\nanswers:\n${items.map((i, n) => `  ${i.id}: ${(n % 5) + 1}`).join('\n')}\n`,
  );
  const cohort = join(dir, 'cohort.csv');
  const rows = [2, 3, 4, 5, 3, 4].map((x, r) => [`P${r}`, ...items.map((_, n) => String((x + n) % 5 || 5))]);
  writeFileSync(cohort, `${[['respondent', ...items.map((i) => i.id)], ...rows].map((row) => row.join(',')).join('\n')}\n`);
  return { rhian, cohort };
}
