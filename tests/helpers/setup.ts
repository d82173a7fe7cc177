import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLanguages, UI_LANGUAGES } from '../../src/core/i18n/messages.js';
import { configureFuzzRuns } from './fuzz.js';
import { watchForBlockedTests } from './watchdog.js';

configureFuzzRuns();
watchForBlockedTests();

// Commands run in-process (tests/helpers/cli.ts): dates are shown in UTC, as the binary tests ask with TZ=UTC.
process.env.TZ = 'UTC';

// Questionnaires validated by the tests are kept in a folder of their own, never in the user's cache.
process.env.SYSLEAD_CACHE_DIR ??= join(tmpdir(), 'syslead-tests-cache');

// Every catalogue loaded: tests that say a message in Welsh themselves (messagesFor('cy'), a renderer
// given a Welsh presentation) find it, as the commands find it once they have chosen it
// (loadLanguages in chooseLanguages and cli/main.ts). tests/i18n/catalogue-loading.test.ts checks
// that the built binary loads it when, and only when, Welsh is spoken.
await loadLanguages(UI_LANGUAGES);
