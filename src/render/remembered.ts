/**
 * A function of a text whose results are remembered for the next call: a batch of reports
 * (`score --out-dir`) escapes the same questionnaire texts (titles, band labels, descriptions,
 * items) for every person. Emptied when it holds `max` texts, so that each person's own texts
 * cannot make it grow with the respondents; a lookup of the same string costs less than a
 * replace, as V8 keeps a string's hash.
 */
export function remembered(make: (text: string) => string, max = 4096): (text: string) => string {
  const made = new Map<string, string>();
  return (text) => {
    let result = made.get(text);
    if (result === undefined) {
      result = make(text);
      if (made.size >= max) made.clear();
      made.set(text, result);
    }
    return result;
  };
}
