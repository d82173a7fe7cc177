import { InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { PAPERS } from './formats.js';

/** The options a declared command's action receives, as its declaration types them. */
export type OptionsOf<T extends () => { opts(): object }> = ReturnType<ReturnType<T>['opts']>;

export const examples = (lines: readonly string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

export const questionnairesOption = () =>
  new Option('--questionnaires <dir>', 'also look for questionnaires in this folder (repeatable; as does $SYSLEAD_QUESTIONNAIRES)')
    // One folder per use, so a file named after it is never swallowed as another folder.
    .argParser((dir: string, dirs: string[]) => [...dirs, dir])
    .default([] as string[]);

/** --lang: the language of what a command says and writes; two, comma-separated, for a bilingual report. */
export const langOption = () =>
  new Option(
    '--lang <languages>',
    "the language syslead speaks and writes reports in: en or cy; cy,en for a report in both, Welsh first (default: $SYSLEAD_LANG, else the questionnaire's language, else the system's; English where syslead has no words for it)",
  );

/** A parser for a whole number of at least `min`, as commander calls it with the option's text. */
export function wholeNumber(min: number): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!/^\d+$/.test(text.trim()) || value < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
    return value;
  };
}

/** A parser for a number of percentage points, 0 or more. */
export function percentagePoints(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) throw new InvalidArgumentError('expected a number of percentage points (0 or more)');
  return value;
}

/** --paper: the page size of --format pdf. */
export const paperOption = (when = 'with --format pdf') => new Option('--paper <size>', `${when}: the paper, a4 or letter`).choices(PAPERS).default('a4' as const);
