import { ProblemError } from '../core/failure.js';
import type { AboutFields } from '../core/report/about-parse.js';
import { say } from '../core/i18n/voice.js';
import { displayName, readText } from './read.js';

/**
 * Reads and checks an --about file (title, programme, date). Problems are thrown as a ProblemError
 * at their places in the file.
 */
export async function loadAboutFile(file: string): Promise<AboutFields> {
  const name = displayName(file);
  // yaml and zod are loaded only when the file is given.
  const { parseAboutFile } = await import('../core/report/about-parse.js');
  const { about, problems } = parseAboutFile(await readText(file), name);
  if (!about) throw new ProblemError(problems, say('inputs.about.invalid', { file: name }));
  return about;
}
