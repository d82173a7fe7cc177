import { configureFuzzRuns } from './fuzz.js';

configureFuzzRuns();
