import { configureFuzzRuns } from './fuzz.js';

configureFuzzRuns();

// Commands run in-process (tests/helpers/cli.ts): dates are shown in UTC, as the binary tests ask with TZ=UTC.
process.env.TZ = 'UTC';
