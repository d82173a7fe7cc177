import { RATER_ROLES, type RaterRole } from '../answers/roles.js';
import { formWordsIn } from '../i18n/form-words.js';
import { UI_LANGUAGES } from '../i18n/messages.js';
import { OBSERVER_ROLES } from '../run/rater.js';
import { say } from '../i18n/voice.js';
import { headerKey } from './header-key.js';

/**
 * How survey forms word the rater's relation to the person rated. A role is the rater's relation
 * to the subject, so the direction matters: "Line manager" and "Someone I manage" are the
 * subject's manager; "My manager", "I report to them" and "They manage me" are their direct report.
 */
const WORDINGS: Readonly<Record<RaterRole, string>> = {
  // not said: header wording the reader matches
  self: 'self|myself|me',
  // not said: header wording the reader matches
  manager: 'manager|line manager|their manager|their line manager|someone I manage|I manage them|they report to me',
  // not said: header wording the reader matches
  'direct-report': 'direct report|my manager|my line manager|I report to them|they manage me|someone who manages me',
  // not said: header wording the reader matches
  peer: 'peer|colleague|colleague in my organisation|colleague in my organization|peer in my organisation|peer in my organization',
  // not said: header wording the reader matches
  partner: 'partner|partner organisation|partner organization|someone in a partner organisation|someone in a partner organization|colleague in a partner organisation|colleague in another organisation',
  // not said: header wording the reader matches
  other: 'other',
};
const SYNONYMS = Object.entries(WORDINGS).flatMap(([role, wordings]) => wordings.split('|').map((wording) => [wording, role as RaterRole] as const));

/** Every wording above, the roles' own names and the run's own choices ("Their line manager"), by headerKey. */
const BY_KEY = new Map<string, RaterRole>(
  [
    ...RATER_ROLES.map((role) => [role, role] as const),
    ...SYNONYMS,
    // The run's and syslead form's choices, in every language syslead speaks.
    ...UI_LANGUAGES.flatMap((language) => OBSERVER_ROLES.map((role) => [formWordsIn(language).say(`relation.${role}`), role] as const)),
  ].map(([text, role]) => [headerKey(text), role]),
);

/** What an unknown role's message says is accepted. */
export function rolesAccepted(): string {
  return say('inputs.role.accepted');
}

/**
 * A rater role as people type it in a survey: a role's name or a usual wording of it, in any case,
 * spacing and punctuation ("Direct_report" is direct-report). undefined when it is not a role.
 */
export function parseRole(text: string): RaterRole | undefined {
  return BY_KEY.get(headerKey(text));
}
