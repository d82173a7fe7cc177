// Run by `npm run build` after scripts/transpile.mjs: validates the built-in questionnaires (questionnaires/*.yaml but
// the template) with the built loader and writes them to dist/built-in-questionnaires.json, which
// commands read instead of the YAML (see src/io/built-in-questionnaires.ts). A questionnaire with a
// problem fails the build. tests/io/built-in-questionnaires.test.ts fails when the JSON is stale.
import { writeFileSync } from 'node:fs';
import { COMPILED_BUILT_INS, compileBuiltIns } from '../dist/io/built-in-questionnaires.js';
import { BUILT_IN_DIR, NOT_LISTED } from '../dist/io/questionnaires.js';

try {
  writeFileSync(COMPILED_BUILT_INS, await compileBuiltIns(BUILT_IN_DIR, NOT_LISTED));
} catch (error) {
  console.error(`compile-questionnaires: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
