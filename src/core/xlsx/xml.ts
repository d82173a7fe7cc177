import { say } from '../i18n/voice.js';

/**
 * A scanner for the XML that spreadsheet programs write (workbook parts: no DTD, no entities but
 * XML's own), one tag or run of text at a time, without building a tree: a sheet of 10,000 rows
 * is a few million tags. Names lose their namespace prefix (`x:c` is `c`), since some writers
 * prefix every tag. A DOCTYPE is refused: no workbook part has one, and it could declare entities.
 */
export class XmlScanner {
  /** 'open', 'close' or 'text', or 'end' after the last. */
  kind: 'open' | 'close' | 'text' | 'end' = 'end';
  /** The tag's local name. */
  name = '';
  /** For 'open': whether the tag closes itself (`<c r="A1"/>`). */
  selfClosing = false;
  /** For 'text': the text, entities decoded. */
  text = '';
  private at = 0;
  private attributeText = '';

  constructor(private readonly xml: string) {}

  /** Characters of the XML scanned so far. */
  get position(): number {
    return this.at;
  }

  /** Moves to the next tag or text; false at the end. */
  next(): boolean {
    const { xml } = this;
    for (;;) {
      if (this.at >= xml.length) {
        this.kind = 'end';
        return false;
      }
      if (xml.charCodeAt(this.at) !== 60 /* < */) {
        const end = xml.indexOf('<', this.at);
        const stop = end < 0 ? xml.length : end;
        this.kind = 'text';
        this.text = decodeEntities(xml.slice(this.at, stop));
        this.at = stop;
        return true;
      }
      const c = xml.charCodeAt(this.at + 1);
      if (c === 63 /* ? */) {
        this.at = this.after('?>');
        continue;
      }
      if (c === 33 /* ! */) {
        if (xml.startsWith('<!--', this.at)) {
          this.at = this.after('-->');
          continue;
        }
        if (xml.startsWith('<![CDATA[', this.at)) {
          const end = this.after(']]>');
          this.kind = 'text';
          this.text = xml.slice(this.at + 9, end - 3);
          this.at = end;
          return true;
        }
        throw new XmlError(say('inputs.xlsx.doctype'));
      }
      const end = xml.indexOf('>', this.at);
      if (end < 0) throw new XmlError(say('inputs.xlsx.endsInTag'));
      const closing = c === 47; /* / */
      this.selfClosing = !closing && xml.charCodeAt(end - 1) === 47;
      const inner = xml.slice(this.at + (closing ? 2 : 1), this.selfClosing ? end - 1 : end);
      const space = inner.search(/[\s]/);
      const qualified = space < 0 ? inner : inner.slice(0, space);
      const colon = qualified.indexOf(':');
      this.name = colon < 0 ? qualified : qualified.slice(colon + 1);
      this.attributeText = space < 0 ? '' : inner.slice(space);
      this.kind = closing ? 'close' : 'open';
      this.at = end + 1;
      return true;
    }
  }

  /** Whether this is the opening tag of a `name` element (a method, so that a check survives next()). */
  opens(name: string): boolean {
    return this.kind === 'open' && this.name === name;
  }

  /** Whether this is the closing tag of a `name` element. */
  closes(name: string): boolean {
    return this.kind === 'close' && this.name === name;
  }

  /** An attribute of the open tag by its local name (`r:id` is `id`; namespace declarations are not attributes), entities decoded; undefined when absent. */
  attribute(name: string): string | undefined {
    const text = this.attributeText;
    // A search rather than a parse of every attribute: a sheet's cells are millions of tags.
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = text.charCodeAt(at - 1);
      const prefixed = before === 58; /* : */
      if (!(prefixed || before === 32 || before === 9 || before === 10 || before === 13)) continue;
      if (prefixed && /(?:^|\s)xmlns:$/.test(text.slice(Math.max(0, at - 7), at))) continue;
      let i = at + name.length;
      while (text.charCodeAt(i) === 32) i++;
      if (text[i] !== '=') continue;
      i++;
      while (text.charCodeAt(i) === 32) i++;
      const quote = text[i];
      if (quote !== '"' && quote !== "'") continue;
      const end = text.indexOf(quote, i + 1);
      if (end < 0) return undefined;
      return decodeEntities(text.slice(i + 1, end));
    }
    return undefined;
  }

  /** The text up to the close of the element just opened (its text only, tags inside skipped). */
  textUntilClose(): string {
    if (this.selfClosing) return '';
    const name = this.name;
    let depth = 1;
    let text = '';
    while (this.next()) {
      if (this.kind === 'text') text += this.text;
      else if (this.kind === 'open' && !this.selfClosing) depth++;
      else if (this.kind === 'close' && --depth === 0 && this.name === name) break;
    }
    return text;
  }

  private after(marker: string): number {
    const end = this.xml.indexOf(marker, this.at);
    if (end < 0) throw new XmlError(say('inputs.xlsx.endsInComment'));
    return end + marker.length;
  }
}

/** XML that cannot be read: a workbook part damaged or not written by a spreadsheet program. */
export class XmlError extends Error {
  override name = 'XmlError';
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED, body) ? NAMED[body]! : whole;
  });
}
