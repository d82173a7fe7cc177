import { formWordsIn } from '../i18n/form-words.js';
import { UI_LANGUAGES } from '../i18n/messages.js';
import { headerKey } from './header-key.js';

export type WellKnown = 'respondent' | 'role' | 'subject' | 'started' | 'completed';

/**
 * Headers that survey tools write, or that forms ask, for what syslead reads besides the items,
 * by headerKey. Microsoft Forms writes ID, Start time, Completion time, Email, Name; Google Forms
 * Timestamp; SurveyMonkey Start Date, End Date; Qualtrics StartDate, EndDate; LimeSurvey
 * Date started (code startdate); its Date submitted says whether a response is finished
 * (finished-column.ts) and is the completion time.
 */
const WELL_KNOWN_HEADERS: Readonly<Record<WellKnown, string>> = {
  // not said: header wording the reader matches
  respondent: 'respondent|respondent name|name|full name|your name|your full name|what is your name|what is your full name',
  // not said: header wording the reader matches
  role: 'role|rater role|respondent role|relationship',
  // not said: header wording the reader matches
  subject: 'subject|subject name|ratee',
  // not said: header wording the reader matches
  started: 'start time|started|start date|startdate|date started',
  // not said: header wording the reader matches
  completed: 'completion time|completed|timestamp|end date|enddate',
};
const WELL_KNOWN = new Map<string, WellKnown>([
  ...Object.entries(WELL_KNOWN_HEADERS).flatMap(([known, headers]) => headers.split('|').map((header) => [header, known as WellKnown] as [string, WellKnown])),
  // The questions syslead form asks, in every language syslead speaks.
  ...UI_LANGUAGES.flatMap((language) => {
    const { say } = formWordsIn(language);
    return [
      [headerKey(say('form.respondent')), 'respondent'],
      [headerKey(say('form.subject')), 'subject'],
      [headerKey(say('form.relationship')), 'role'],
    ] as [string, WellKnown][];
  }),
]);

/** Asked of a person ("What is your name?"): a polite start and end that change nothing. */
const POLITE = /^(?:please )?(?:(?:enter|give|type|write|state|provide|tell us) )?(.+?)(?: please)?(?: optional)?$/;

/**
 * The questions a feedback form asks about the person rated and the rater's relationship to
 * them, as forms word them, by headerKey (an apostrophe is a space: "leader s name"). Each names
 * the person rated (them, this person, the leader...) so that no statement about work matches.
 */
// not said: header wording the reader matches
const THEM = '(?:them|him|her|this person|the person|this leader|the leader|this colleague|the colleague|the person you are (?:giving feedback (?:on|about|to)|rating)|the person being rated)';
const PATTERNS: readonly [RegExp, WellKnown][] = [
  [/^(?:what is |what s )?your (?:full )?name$/, 'respondent'],
  [/^who (?:are you giving (?:this )?feedback (?:about|to|on|for)|is (?:this|the|your) feedback (?:about|for|on)|are you (?:rating|assessing|reviewing|describing|giving feedback on))$/, 'subject'],
  [/^(?:the )?name of (?:the )?(?:person|leader|colleague|individual|manager)(?: (?:you are|you re|being) .+)?$/, 'subject'],
  [/^(?:the )?(?:leader|person|colleague|individual|ratee|subject) s (?:full )?name$/, 'subject'],
  [/^(?:the )?(?:leader|person|individual) (?:being )?(?:rated|assessed|reviewed)$/, 'subject'],
  [/^feedback (?:for|about|on)$/, 'subject'],
  // not said: header wording the reader matches
  [new RegExp(`^how do you (?:know|work with) ${THEM}$`), 'role'],
  // not said: header wording the reader matches
  [new RegExp(`^in what (?:capacity|way) do you (?:know|work with) ${THEM}$`), 'role'],
  // not said: header wording the reader matches
  [new RegExp(`^(?:what is )?(?:your )?(?:working )?relationship (?:to|with) (?:${THEM}|the (?:person|leader|individual) .+)$`), 'role'],
  [/^(?:what is )?your (?:working )?relationship$/, 'role'],
  // not said: header wording the reader matches
  [new RegExp(`^your role in relation to ${THEM}$`), 'role'],
  [/^i am (?:their|his|her|the leader s|this person s)$/, 'role'],
];

/**
 * The respondent fact that a well-known header holds ("Name", "What is your name?": respondent;
 * "Who are you giving feedback about?": subject; "How do you work with them?": role;
 * "Timestamp": completed), if any.
 */
export function wellKnownColumn(title: string): WellKnown | undefined {
  const key = headerKey(title);
  const known = WELL_KNOWN.get(key);
  if (known) return known;
  const asked = POLITE.exec(key)?.[1] ?? key;
  return WELL_KNOWN.get(asked) ?? PATTERNS.find(([pattern]) => pattern.test(asked))?.[1];
}

/**
 * A column of one part of the respondent's name (SurveyMonkey's First Name and Last Name,
 * Qualtrics' Recipient First Name...), which together name the respondent when no column does.
 */
export function namePart(title: string): 'first' | 'last' | undefined {
  const key = headerKey(title).replace(/^(?:your |recipient |respondent )/, '');
  // not said: header wording the reader matches
  if (key === 'first name' || key === 'given name' || key === 'forename' || key === 'recipientfirstname') return 'first';
  // not said: header wording the reader matches
  if (key === 'last name' || key === 'surname' || key === 'family name' || key === 'recipientlastname') return 'last';
  return undefined;
}

/**
 * SurveyMonkey's "Contact information" question, whose rows (Name, Email Address...) are the
 * respondent's details: the one grid whose rows may be well-known columns.
 */
export function isContactDetails(question: string): boolean {
  // not said: header wording the reader matches
  return ['contact information', 'contact info', 'your details', 'your contact details', 'about you'].includes(headerKey(question));
}
