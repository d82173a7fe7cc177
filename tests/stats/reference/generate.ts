// Writes responses.csv: the data R's psych computed reference.json from (see reference.R).
// Deterministic (a fixed seed), so running it again reproduces the committed file exactly:
//   npx tsx tests/stats/reference/generate.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small seeded generator, so the data never depends on Math.random. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(20130601);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const clip = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));

const respondents = 240;
const header = ['respondent', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 'p1', 'p2', 'p3', 'p4', 's1', 's2', 's3', 's4'];
const lines = [header.join(',')];
for (let r = 1; r <= respondents; r++) {
  const together = normal();
  const purpose = 0.4 * together + Math.sqrt(1 - 0.16) * normal();
  const steady = normal();
  const item = (trait: number, loading: number, lo = 1) => clip(3 + loading * trait + 0.9 * normal(), lo, 5);
  const row: number[] = [
    item(together, 0.8),
    item(together, 0.7),
    item(together, 0.6),
    6 - item(together, 0.7), // t4 is reverse-keyed: agreeing means less of the trait
    item(together, 0.9),
    item(together, 0.5),
    item(together, 0.8, 2), // t7: nobody answers 1, a scale point that never occurs
    item(purpose, 0.9),
    item(purpose, 0.8),
    item(purpose, 0.4),
    item(purpose, 0.7),
    item(steady, 0.6),
    item(steady, 0.3),
    item(steady, 0.5),
    4, // s4: no variance
  ];
  const skipsPurpose = r % 60 === 0; // four respondents leave a whole theme blank
  const cells = row.map((value, i) => {
    const missingRate = header[i + 1]!.startsWith('p') ? 0.15 : 0.06;
    if (random() < missingRate || (skipsPurpose && header[i + 1]!.startsWith('p'))) return '';
    return String(value);
  });
  lines.push([`R${String(r).padStart(3, '0')}`, ...cells].join(','));
}
writeFileSync(fileURLToPath(new URL('responses.csv', import.meta.url)), `${lines.join('\n')}\n`);
