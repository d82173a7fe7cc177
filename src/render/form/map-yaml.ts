import { roleOf, yamlString } from './codes.js';

/** What an export map written by `syslead form` says: every code a platform's coded export writes. */
export interface CodedExport {
  /** The map's first line: which export it reads. */
  comment: string;
  questionnaireId: string;
  /** A header as the export writes it -> item:ID, importance:THEME, respondent, subject, role or completed (an item always as item:ID, so that an item called "subject" is never read as the subject). */
  columns: readonly (readonly [string, string])[];
  /** A scale's id -> each code and the point it scores, or the "not observed" answer it is. */
  scales: ReadonlyMap<string, readonly (readonly [string, number | string])[]>;
  /** A relationship choice's code -> its wording (the map gives the role syslead reads it as). */
  roles: readonly (readonly [string, string])[];
  /** A subject choice's code -> the person's name. */
  subjects: readonly (readonly [string, string])[];
}

/** The map as YAML: every key and text quoted as JSON (valid YAML), so any header or name stays as written. */
export function mapYaml({ comment, questionnaireId, columns, scales, roles, subjects }: CodedExport): string {
  const value = (v: number | string) => (typeof v === 'string' ? yamlString(v) : String(v));
  // not said: a YAML comment: the said text given, then the command that reads the map
  const lines = [`# ${comment}: syslead report --map THIS_FILE EXPORT.csv`, `questionnaire: ${yamlString(questionnaireId)}`];
  if (columns.length > 0) lines.push('columns:', ...columns.map(([header, target]) => `  ${yamlString(header)}: ${yamlString(target)}`));
  if (scales.size > 0) lines.push('scales:', ...[...scales].flatMap(([scale, codes]) => [`  ${yamlString(scale)}:`, ...codes.map(([code, v]) => `    ${yamlString(code)}: ${value(v)}`)]));
  if (roles.length > 0) lines.push('roles:', ...roles.map(([code, label]) => `  ${yamlString(code)}: ${roleOf(label)}`));
  if (subjects.length > 0) lines.push('subjects:', ...subjects.map(([code, name]) => `  ${yamlString(code)}: ${yamlString(name)}`));
  return `${lines.join('\n')}\n`;
}
