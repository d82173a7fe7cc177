/**
 * A text as a message quotes it: one longer than `most` characters cut after `most - 1` of them,
 * with "…", so that a hostile file's 100 KB value does not become a 100 KB message. Cut between
 * characters, never inside one (a UTF-16 slice can split an emoji in two).
 */
export function shortened(text: string, most = 40): string {
  if (text.length <= most) return text;
  let end = 0;
  for (let kept = 0; kept < most - 1; kept++) {
    if (end >= text.length) return text;
    end += unitsAt(text, end);
  }
  // One character more at most, and the text fits whole.
  return end >= text.length || end + unitsAt(text, end) >= text.length ? text : `${text.slice(0, end)}…`;
}

function unitsAt(text: string, at: number): number {
  return text.codePointAt(at)! > 0xffff ? 2 : 1;
}
