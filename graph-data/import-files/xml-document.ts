import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FileProblem } from './build-graph';

/*
 * Parsing GraphML and GEXF with a real XML parser. Files that declare entities are refused before
 * parsing (entity expansion is how a small hostile file grows into gigabytes).
 */

/** An XML element as fast-xml-parser gives it: attributes by name, children by tag, text as '#text'. */
export type XmlElement = Record<string, unknown>;

const LISTS = new Set(['key', 'graph', 'node', 'edge', 'data', 'attributes', 'attribute', 'attvalue']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML's predefined entities and numeric character references. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g, (whole, name, dec, hex) => {
    if (name) return NAMED[name as string]!;
    const code = dec ? Number(dec) : parseInt(hex as string, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The parsed document, or the problem that stops it (with the line the parser names). */
export function parseXml(file: string, text: string): { doc: XmlElement } | { problem: FileProblem } {
  if (/<!ENTITY/i.test(text))
    return {
      problem: {
        file,
        message: 'the file declares XML entities, which are not accepted; remove its DOCTYPE',
      },
    };
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return {
      problem: {
        file,
        line: valid.err.line,
        message: `this is not well-formed XML: ${valid.err.msg}; open it in an XML editor to find the broken tag`,
      },
    };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    // Also decodes numeric references (    htmlEntities: false,#10;), which GEXF attribute values need for line breaks.
    htmlEntities: true,
    isArray: (name) => LISTS.has(name),
  });
  return { doc: parser.parse(text) as XmlElement };
}

/** The element's children with this tag (always a list). */
export function children(el: unknown, tag: string): XmlElement[] {
  if (!el || typeof el !== 'object') return [];
  const v = (el as XmlElement)[tag];
  if (Array.isArray(v)) return v.filter((x) => x && typeof x === 'object') as XmlElement[];
  return v && typeof v === 'object' ? [v as XmlElement] : [];
}

/** The element's text content ('' when it has none). */
export function textOf(el: XmlElement): string {
  const t = el['#text'];
  return t === undefined ? '' : String(t);
}

/** The 1-based line of each start tag `<tag` in the text, in document order (for problem messages). */
export function tagLines(text: string, tag: string): number[] {
  const lines: number[] = [];
  const re = new RegExp(`<${tag}[\\s/>]`, 'g');
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    lines.push(line);
  }
  return lines;
}

/** A typed value from its text, by a GraphML attr.type or GEXF type. */
export function typedValue(type: string | undefined, text: string): unknown {
  switch (type) {
    case 'int':
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
    case 'short':
    case 'byte': {
      const n = Number(text.trim());
      return text.trim() === '' || !Number.isFinite(n) ? text : n;
    }
    case 'boolean':
      return /^(true|1)$/i.test(text.trim());
    default:
      return text;
  }
}
