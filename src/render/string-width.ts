// What wrap-ansi imports as string-width in the bundle (scripts/bundle.mjs): string-width makes
// ICU's grapheme segmenter as it loads, which textWidth makes only for text that needs it. A default
// of its own, not a re-export: scripts/transpile.mjs writes that as an import and an export of it,
// which the bundler resolves through, leaving this module out of dist/bundle/meta.json.
import { textWidth } from './text-width.js';

export default textWidth;
