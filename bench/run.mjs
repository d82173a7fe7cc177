// `npm run bench`: every benchmark, with the machine it ran on. Figures only; nothing here passes or fails.
import { machine } from './machine.mjs';
import { benchStartup } from './startup.mjs';
import { benchStats } from './stats.mjs';
import { benchReport } from './report.mjs';
import { benchPsychExtras } from './psych-extras.mjs';
import { benchOutDir } from './out-dir.mjs';
import { benchXlsx } from './xlsx.mjs';
import { benchPdf } from './pdf.mjs';

console.log(`machine: ${machine()}\n`);
await benchStartup();
console.log();
await benchStats();
console.log();
benchReport();
console.log();
benchPsychExtras();
console.log();
benchOutDir();
console.log();
benchXlsx();
console.log();
benchPdf();
