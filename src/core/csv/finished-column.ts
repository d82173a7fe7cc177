import { headerKey } from './header-key.js';

/**
 * How a column tells a finished response from an unfinished one: Qualtrics' `Finished` flag (1 or
 * 0, True or False), LimeSurvey's submission date (`Date submitted`, `submitdate`: empty until
 * submitted), REDCap's form status (`<instrument>_complete`, labels export `Complete?`: 2 or
 * Complete; 0 Incomplete, 1 Unverified).
 */
export type FinishedBy = 'flag' | 'submit-date' | 'form-status';

/** The kind of finished column a header names, if any (see FinishedBy). */
export function finishedColumn(title: string): FinishedBy | undefined {
  const key = headerKey(title);
  if (key === 'finished') return 'flag';
  // not said: header wording the reader matches
  if (key === 'date submitted' || key === 'submitdate') return 'submit-date';
  // REDCap's variable names are letters, digits and underscores only.
  if (key === 'complete' || /^[a-z][a-z0-9_]*_complete$/.test(title.trim())) return 'form-status';
  return undefined;
}
