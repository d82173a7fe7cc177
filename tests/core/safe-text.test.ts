import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvText, escapeHtml, mdText, mdUrl, safeJson, safeText } from '../../src/core/safe-text.js';

describe('safeText', () => {
  it('neutralises CSI, OSC (hyperlinks, clipboard), C1 controls and a lone ESC', () => {
    const hostile = [
      '\u001b[2J\u001b[H', // clear screen, cursor home
      '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007', // OSC 8 forged link
      '\u001b]52;c;ZXZpbA==\u0007', // OSC 52 set clipboard
      '\u009b31m', // C1 CSI
      '\u009d0;title\u009c', // C1 OSC ... ST
      'lone \u001b here',
      'bell\u0007 backspace\u0008 delete\u007f',
    ].join('|');
    const out = safeText(hostile);
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(out).toContain('\\u001b[2J');
    expect(out).toContain('click');
  });

  it('keeps ordinary text, accents and emoji as they are', () => {
    expect(safeText('Café – “quoted” 👍 ünïcode')).toBe('Café – “quoted” 👍 ünïcode');
  });

  it('turns line breaks into spaces unless asked to keep them', () => {
    expect(safeText('a\nb\tc\r')).toBe('a b c ');
    expect(safeText('a\nb\tc', { keepNewlines: true })).toBe('a\nb\tc');
  });

  it('neutralises bidirectional overrides that could disguise text', () => {
    expect(safeText('abc\u202edcba')).toBe('abc\\u202edcba');
  });
});

// One hostile text for every format: CSI, OSC 52 ending in BEL, a backspace, a C1 CSI, a C1 OSC
// ended by the C1 ST, a right-to-left override and a line separator.
const HOSTILE = 'a\u001b[2J\u001b]52;c;eA==\u0007\u0008\u009b1m\u009dx\u009c\u202eb\u2028c';
const SHOWN = 'a\\u001b[2J\\u001b]52;c;eA==\\u0007\\u0008\\u009b1m\\u009dx\\u009c\\u202eb\\u2028c';
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe('safeText covers every control and bidi control', () => {
  it('shows each as \\uXXXX', () => {
    expect(safeText(HOSTILE)).toBe(SHOWN);
    expect(safeText('\u0000\u007f\u0080\u009f\u0085')).toBe('\\u0000\\u007f\\u0080\\u009f\\u0085');
    expect(safeText('\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069')).toBe('\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069');
    expect(safeText('\u061c\u200e\u200f\u2029')).toBe('\\u061c\\u200e\\u200f\\u2029');
  });
});

describe('mdText and mdUrl', () => {
  it('show controls, then escape Markdown', () => {
    expect(mdText(HOSTILE)).toBe('a\\\\u001b\\[2J\\\\u001b\\]52;c;eA==\\\\u0007\\\\u0008\\\\u009b1m\\\\u009dx\\\\u009c\\\\u202eb\\\\u2028c');
    expect(mdText('*bold* [link](x) `code` <b> #1 | ~ !')).toBe('\\*bold\\* \\[link\\](x) \\`code\\` \\<b\\> \\#1 \\| \\~ \\!');
    expect(mdText('two\nlines')).toBe('two lines');
  });

  it('keep a URL one link target', () => {
    expect(mdUrl('https://example.org/a b(c)\u001b]8;;\u0007')).toBe('https://example.org/a%20b%28c%29\\u001b]8;;\\u0007');
  });
});

describe('escapeHtml', () => {
  it('shows controls, keeps line breaks, writes markup as entities', () => {
    expect(escapeHtml(`<i>${HOSTILE}</i>`)).toBe(`&lt;i&gt;${SHOWN}&lt;/i&gt;`);
    expect(escapeHtml('a & "b"\n\'c\'\r')).toBe('a &amp; &quot;b&quot;\n&#39;c&#39; ');
  });
});

describe('csvText', () => {
  it('shows controls, on one line', () => {
    expect(csvText(HOSTILE)).toBe(SHOWN);
    expect(csvText('North\u001b[2J\r\nteam')).toBe('North\\u001b[2J  team');
  });

  it('quotes as RFC 4180 asks', () => {
    expect(csvText('a, "b"')).toBe('"a, ""b"""');
  });

  it('keeps a formula a text, however it starts', () => {
    expect(csvText('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvText('+1')).toBe("'+1");
    expect(csvText('-1')).toBe("'-1");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('\t=1')).toBe("' =1");
    expect(csvText('\r=1')).toBe("' =1");
    expect(csvText('\u001b=1')).toBe('\\u001b=1');
    expect(csvText('a=1')).toBe('a=1');
  });
});

describe('safeJson', () => {
  it('escapes every control, bidi control and separator, not only C0', () => {
    expect(safeJson({ name: HOSTILE })).toBe('{\n  "name": "a\\u001b[2J\\u001b]52;c;eA==\\u0007\\b\\u009b1m\\u009dx\\u009c\\u202eb\\u2028c"\n}\n');
    expect(safeJson(['\u007f\u0085\u061c\u200e\u200f\u2029\u2066'])).toBe('[\n  "\\u007f\\u0085\\u061c\\u200e\\u200f\\u2029\\u2066"\n]\n');
    expect(safeJson({ [`k${HOSTILE}`]: 1 })).toBe(`{\n  "k${SHOWN.replace('\\u0008', '\\b')}": 1\n}\n`);
  });

  it('leaves other text as JSON.stringify writes it', () => {
    const value = { a: 'Café “quoted” 👍 \\ "x"\n\t', b: [1, 2.5, null, true], c: {} };
    expect(safeJson(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('writes what escaping every unsafe character but the line feeds would', () => {
    // safeJson as it was: every control (\p{Cc}), bidi control and separator but \n matched and escaped.
    const reference = (value: unknown) => `${JSON.stringify(value, null, 2).replace(/[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu, (c) => (c === '\n' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}\n`;
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        const doc = { value, text, [text]: [text] };
        expect(safeJson(doc)).toBe(reference(doc));
      }),
    );
    const every = Array.from({ length: 0x2070 }, (_, c) => String.fromCharCode(c)).join('');
    expect(safeJson({ every })).toBe(reference({ every }));
  });

  it('parses back to the same value, with no raw unsafe character', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        const doc = { value, text, [text]: text };
        const json = safeJson(doc);
        expect(json.replace(/\n/g, '')).not.toMatch(UNSAFE);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(doc)));
      }),
    );
  });
});
