import { RATER_ROLES, type RaterRole } from '../answers/roles.js';

/**
 * A rater role as people type it in a survey: any case, spaces or underscores for hyphens
 * ("Direct report" is direct-report). undefined when it is not a role.
 */
export function parseRole(text: string): RaterRole | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return RATER_ROLES.find((role) => role === key);
}
