import { Chalk, type ChalkInstance } from 'chalk';
import { colourLevel } from './colour-level.js';
import type { CommandIO, Output } from './io.js';

/** A chalk with the colour level the stream, --no-color and the environment allow (see colour-level.ts). */
export function styler(stream: Output, flag: boolean | undefined, env: CommandIO['env']): ChalkInstance {
  return new Chalk({ level: colourLevel(stream, flag, env) });
}
