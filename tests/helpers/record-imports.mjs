// Loaded with `node --import`: records every module the program loads, one URL per line, in
// $SYSLEAD_IMPORT_LOG, so a test can check what --help and --version pull in.
import { register } from 'node:module';

register(new URL('./record-imports-hooks.mjs', import.meta.url), { data: { log: process.env.SYSLEAD_IMPORT_LOG } });
