import { join } from 'node:path';
import { it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { NOT_YET_IN_A_CATALOGUE } from '../architecture/not-yet-in-a-catalogue.js';
import { proseIn } from '../architecture/prose.js';
it('lists', () => {
  const out: string[] = [];
  for (const f of NOT_YET_IN_A_CATALOGUE.authoring ?? []) for (const p of proseIn(join(ROOT, 'src', f))) out.push(`src/${f}:${p.line}: ${JSON.stringify(p.text)}`);
  console.log(out.join('\n'));
  console.log('TOTAL', out.length);
});
