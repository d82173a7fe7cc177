import { RATER_ROLES, type RaterRole } from '../answers/roles.js';
import { messagesFor, UI_LANGUAGES } from '../i18n/messages.js';
import { OBSERVER_ROLES } from '../run/rater.js';
import { headerKey } from './header-key.js';

/**
 * How survey forms word the rater's relation to the person rated. A role is the rater's relation
 * to the subject, so the direction matters: "Line manager" and "Someone I manage" are the
 * subject's manager; "My manager", "I report to them" and "They manage me" are their direct report.
 */
const SYNONYMS: readonly (readonly [string, RaterRole])[] = [
  ['self', 'self'],
  ['myself', 'self'],
  ['me', 'self'],
  ['manager', 'manager'],
  ['line manager', 'manager'],
  ['their manager', 'manager'],
  ['their line manager', 'manager'],
  ['someone I manage', 'manager'],
  ['I manage them', 'manager'],
  ['they report to me', 'manager'],
  ['direct report', 'direct-report'],
  ['my manager', 'direct-report'],
  ['my line manager', 'direct-report'],
  ['I report to them', 'direct-report'],
  ['they manage me', 'direct-report'],
  ['someone who manages me', 'direct-report'],
  ['peer', 'peer'],
  ['colleague', 'peer'],
  ['colleague in my organisation', 'peer'],
  ['colleague in my organization', 'peer'],
  ['peer in my organisation', 'peer'],
  ['peer in my organization', 'peer'],
  ['partner', 'partner'],
  ['partner organisation', 'partner'],
  ['partner organization', 'partner'],
  ['someone in a partner organisation', 'partner'],
  ['someone in a partner organization', 'partner'],
  ['colleague in a partner organisation', 'partner'],
  ['colleague in another organisation', 'partner'],
  ['other', 'other'],
];

/** Every wording above, the roles' own names and the run's own choices ("Their line manager"), by headerKey. */
const BY_KEY = new Map<string, RaterRole>(
  [
    ...RATER_ROLES.map((role) => [role, role] as const),
    ...SYNONYMS,
    // The run's and syslead form's choices, in every language syslead speaks.
    ...UI_LANGUAGES.flatMap((language) => OBSERVER_ROLES.map((role) => [messagesFor(language).say(`relation.${role}`), role] as const)),
  ].map(([text, role]) => [headerKey(text), role]),
);

/** What an unknown role's message says is accepted. */
export const ROLES_ACCEPTED = 'use self, manager, peer, direct report, partner, other or a usual wording ("Line manager", "Peer in my organisation", "Someone I manage"), or map it with --map';

/**
 * A rater role as people type it in a survey: a role's name or a usual wording of it, in any case,
 * spacing and punctuation ("Direct_report" is direct-report). undefined when it is not a role.
 */
export function parseRole(text: string): RaterRole | undefined {
  return BY_KEY.get(headerKey(text));
}
