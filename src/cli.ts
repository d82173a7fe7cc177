#!/usr/bin/env node
// The entry stays tiny: commander and the command table only, so --help and --version start fast.
import { main } from './cli/main.js';

process.exitCode = await main(process.argv);
