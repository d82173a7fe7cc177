import type { Questionnaire } from '../questionnaire/model.js';
import type { RaterRole } from '../answers/roles.js';
import { say } from '../i18n/voice.js';

/** Who is answering, and about whom: saved in the run's answer files for 360 reports. */
export interface Rater {
  role: RaterRole;
  /** Whom the answers are about: required on an observer form, optional on a self-assessment. */
  subject?: string;
}

/**
 * The relations an observer may have to the person they give feedback on, in the order the run
 * and syslead form offer them; each is worded by the message catalogue's `relation.ROLE`.
 */
export const OBSERVER_ROLES: readonly Exclude<RaterRole, 'self'>[] = ['manager', 'peer', 'direct-report', 'partner', 'other'];

/** As the answer-file format allows. */
export const SUBJECT_MAX_LENGTH = 200;

/** What --role and --subject settle before the run starts; what they leave open is asked on an observer form. */
export type GivenRater = { role?: RaterRole; subject?: string } | { problem: string };

/**
 * Checks --role and --subject against the questionnaire's form: a self-assessment is answered by
 * the person it is about (role self), an observer form by someone else (never self).
 */
export function raterFromOptions(q: Pick<Questionnaire, 'id' | 'form'>, options: { role?: RaterRole; subject?: string }): GivenRater {
  const subject = options.subject === undefined ? undefined : checkSubject(options.subject);
  if (subject && 'problem' in subject) return { problem: `--subject: ${subject.problem}` };
  const named = subject ? { subject: subject.name } : {};
  if (q.form === 'observer') {
    if (options.role === 'self') return { problem: say('results.rater.observerSelf', { id: q.id }) };
    return { ...(options.role ? { role: options.role } : {}), ...named };
  }
  if (options.role !== undefined && options.role !== 'self') {
    return { problem: say('results.rater.selfOnly', { role: options.role, id: q.id }) };
  }
  return { role: 'self', ...named };
}

/** A subject's name as typed: trimmed, and neither empty nor longer than an answer file takes. */
export function checkSubject(text: string): { name: string } | { problem: string } {
  const name = text.trim();
  if (name === '') return { problem: say('results.rater.noName') };
  if (name.length > SUBJECT_MAX_LENGTH) return { problem: say('results.rater.tooLong', { max: SUBJECT_MAX_LENGTH }) };
  return { name };
}
