import type { FormPlan } from './plan.js';

/** The tools `syslead form --for` writes a survey (or a sheet to build one) for. */
export const FORM_PLATFORMS = ['google', 'qualtrics', 'limesurvey', 'redcap', 'ms-forms', 'paper', 'csv'] as const;
export type FormPlatform = (typeof FORM_PLATFORMS)[number];

/**
 * One file a generator writes. `name` is a file name without folders, derived from the
 * questionnaire's id (e.g. `systems-leadership.qualtrics.txt`); `role` says what the user does with it.
 */
export interface FormFile {
  name: string;
  content: string;
  role: 'import' | 'build-sheet' | 'map' | 'template';
  mediaType: string;
}

/** A generator's whole output: its files and the steps to take, in order, printed to the user. */
export interface FormOutput {
  files: FormFile[];
  steps: string[];
}

/** A platform's writer: the plan in, the files to import or build from out. */
export type FormGenerator = (plan: FormPlan) => FormOutput;
