import { firstProblems, hasErrors, type Problem } from '../problem.js';
import { parseYamlSource } from '../yaml-source.js';
import { zodProblems } from '../zod-problems.js';
import { aboutFileSchema } from './about-schema.js';
import type { ReportAbout } from './cohort.js';
import { say } from '../i18n/voice.js';

/** What an --about file gives; a field it leaves out is absent, so that a command-line flag or nothing stands in. */
export type AboutFields = Partial<{ [K in keyof ReportAbout]: string }>;

/**
 * Parses and checks an --about file's YAML (or JSON): title, programme and date, nothing else.
 * Every problem carries its line and column (an unknown field is an error at its key).
 */
export function parseAboutFile(text: string, file: string): { about?: AboutFields; problems: Problem[] } {
  const source = parseYamlSource(text, file);
  if (hasErrors(source.problems)) return { problems: source.problems };
  if (source.value == null) return { problems: [{ file, line: 1, column: 1, severity: 'error', message: say('cohort.about.empty') }] };
  const parsed = aboutFileSchema.safeParse(source.value);
  if (!parsed.success) return { problems: firstProblems([...source.problems, ...zodProblems(aboutFileSchema, parsed.error.issues, source, file)]) };
  const { title, programme, date } = parsed.data;
  return {
    about: {
      ...(title === undefined ? {} : { title }),
      ...(programme === undefined ? {} : { programme }),
      ...(date === undefined ? {} : { date: String(date) }),
    },
    problems: source.problems,
  };
}
