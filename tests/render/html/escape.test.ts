import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml } from '../../../src/core/safe-text.js';
import { linkOrText, safeUrl } from '../../../src/render/html/escape.js';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('"><img src=x onerror=alert(1)>')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml("it's & <b>")).toBe('it&#39;s &amp; &lt;b&gt;');
  });

  it('shows control characters and bidi overrides instead of passing them on', () => {
    expect(escapeHtml('a\u0000b\u001b[2Jc\u0085d')).toBe('a\\u0000b\\u001b[2Jc\\u0085d');
    expect(escapeHtml('evil\u202egnp.exe')).toBe('evil\\u202egnp.exe');
    expect(escapeHtml('line one\nline two\r')).toBe('line one\nline two ');
  });

  it('never leaves a character that could open a tag or end an attribute', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
        // Every & starts an entity this function wrote.
        expect(escapeHtml(s).replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });
});

describe('safeUrl', () => {
  it('keeps https, http and mailto addresses', () => {
    expect(safeUrl('https://www.kingsfund.org.uk/publications/x')).toBe('https://www.kingsfund.org.uk/publications/x');
    expect(safeUrl('http://example.org/a?b=1&c=2')).toBe('http://example.org/a?b=1&c=2');
    expect(safeUrl('mailto:coach@example.org')).toBe('mailto:coach@example.org');
    expect(safeUrl('HTTPS://EXAMPLE.ORG/')).toBe('https://example.org/');
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/',
      'blob:https://example.org/uuid',
    ]) {
      expect(safeUrl(url), url).toBeNull();
    }
  });

  it('refuses relative and malformed addresses, and no address at all', () => {
    expect(safeUrl('/local/path')).toBeNull();
    expect(safeUrl('//example.org/x')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl('')).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
  });

  it('returns an address whose quotes and brackets are encoded, so it cannot leave its attribute', () => {
    const url = safeUrl('https://example.org/"><script>alert(1)</script>');
    expect(url).not.toMatch(/[<>"]/);
  });
});

describe('linkOrText', () => {
  it('links a safe address and escapes the text', () => {
    expect(linkOrText('A & B', 'https://example.org/?a=1&b=2')).toBe('<a href="https://example.org/?a=1&amp;b=2">A &amp; B</a>');
  });

  it('gives the text alone for an unsafe address', () => {
    expect(linkOrText('<b>Read</b>', 'javascript:alert(1)')).toBe('&lt;b&gt;Read&lt;/b&gt;');
    expect(linkOrText('Read', undefined)).toBe('Read');
  });
});
