// Writes schema/*.schema.json from the zod schemas (run by `npm run schema`; a test checks they agree).
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../dist/core/json-schemas.js';

for (const [name, build] of Object.entries(jsonSchemas)) {
  const file = new URL(`../schema/${name}.schema.json`, import.meta.url);
  writeFileSync(file, `${JSON.stringify(build(), null, 2)}\n`);
  console.log(`wrote schema/${name}.schema.json`);
}
