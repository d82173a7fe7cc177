/**
 * A language tag as syslead takes one (cy, cy-GB, en-GB): a primary subtag of 2 or 3 letters and
 * subtags of 2 to 8 letters or digits. One pattern for questionnaires, translations, answer files
 * and --lang, so that what one accepts the others accept; kept apart from the zod schemas, so
 * that it can be checked without zod.
 */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
