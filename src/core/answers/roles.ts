/**
 * Who gave a set of answers, relative to the person they are about. Kept apart from the zod schema
 * so that the command table can offer the roles as choices without loading zod.
 */
export const RATER_ROLES = ['self', 'manager', 'peer', 'direct-report', 'partner', 'other'] as const;
export type RaterRole = (typeof RATER_ROLES)[number];
