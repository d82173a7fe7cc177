import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureFuzzRuns } from './fuzz.js';

configureFuzzRuns();

// Commands run in-process (tests/helpers/cli.ts): dates are shown in UTC, as the binary tests ask with TZ=UTC.
process.env.TZ = 'UTC';

// Questionnaires validated by the tests are kept in a folder of their own, never in the user's cache.
process.env.SYSLEAD_CACHE_DIR ??= join(tmpdir(), 'syslead-tests-cache');
