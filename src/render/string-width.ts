// What wrap-ansi imports as string-width in the bundle (scripts/bundle.mjs): string-width makes
// ICU's grapheme segmenter as it loads, which textWidth makes only for text that needs it.
export { textWidth as default } from './text-width.js';
