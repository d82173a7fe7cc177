import { say } from '../../core/i18n/voice.js';
import { InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { PAPERS } from './formats.js';

/** The options a declared command's action receives, as its declaration types them. */
export type OptionsOf<T extends () => { opts(): object }> = ReturnType<ReturnType<T>['opts']>;

/** The examples after a command's help: command lines, typed as they are, under a heading said in the language. */
export const examples = (lines: readonly string[]) => `\n${say('cli.help.examples')}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

export const questionnairesOption = () =>
  new Option('--questionnaires <dir>', say('cli.opt.questionnaires'))
    // One folder per use, so a file named after it is never swallowed as another folder.
    .argParser((dir: string, dirs: string[]) => [...dirs, dir])
    .default([] as string[]);

/** --lang: the language of what a command says and writes; two, comma-separated, for a bilingual report. */
export const langOption = () => new Option('--lang <languages>', say('cli.opt.lang'));

/** A parser for a whole number of at least `min`, as commander calls it with the option's text. */
export function wholeNumber(min: number): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!/^\d+$/.test(text.trim()) || value < min) throw new InvalidArgumentError(say('cli.usage.wholeNumber', { min }));
    return value;
  };
}

/** A parser for a number of percentage points, 0 or more. */
export function percentagePoints(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) throw new InvalidArgumentError(say('cli.usage.percentagePoints'));
  return value;
}

/** --paper: the page size of --format pdf. */
export const paperOption = (help: 'cli.opt.paper' | 'cli.opt.paperWithPdf' = 'cli.opt.paper') => new Option('--paper <size>', say(help)).choices(PAPERS).default('a4' as const);
