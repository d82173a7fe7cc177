import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Two results of the change-test questionnaire (tests/fixtures/evaluate), Pat's before and after,
 * written into `dir`: the pair compare's tests read, in time order.
 */
export function changeTestResults(dir: string): { a: string; b: string } {
  const answers = (name: string, completed: string, values: string) => {
    const file = join(dir, name);
    writeFileSync(file, `questionnaire: change-test\nversion: 1\nrespondent: Pat\nrole: self\ncompleted: ${completed}\nanswers: { ${values} }\n`);
    return file;
  };
  return {
    a: answers('a.yaml', '2026-01-10T10:00:00Z', 'l1: 2, l2: 4, l3: 2, a1: 2, a2: 3, a3: 2, f1: 3, f2: 3, f3: 3'),
    b: answers('b.yaml', '2026-06-10T10:00:00Z', 'l1: 5, l2: 1, l3: 4, a1: 4, a2: 5, a3: 4, f1: 3, f2: 3, f3: 4'),
  };
}
