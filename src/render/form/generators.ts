import type { FormGenerator, FormPlatform } from '../../core/form/types.js';

/** Each platform's writer, imported only when asked for. */
const GENERATORS: Record<FormPlatform, () => Promise<FormGenerator>> = {
  google: async () => (await import('./google.js')).googleForm,
  qualtrics: async () => (await import('./qualtrics.js')).qualtricsForm,
  limesurvey: async () => (await import('./limesurvey.js')).limesurveyForm,
  redcap: async () => (await import('./redcap.js')).redcapForm,
  'ms-forms': async () => (await import('./ms-forms.js')).msFormsForm,
  paper: async () => (await import('./paper.js')).paperForm,
  csv: async () => (await import('./csv-template.js')).csvTemplateForm,
};

export function formGenerator(platform: FormPlatform): Promise<FormGenerator> {
  return GENERATORS[platform]();
}
