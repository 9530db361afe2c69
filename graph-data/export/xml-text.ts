/*
 * Escaping for the XML formats (GraphML, GEXF). Element text escapes only what XML requires (&, <, >),
 * never quotes: readers that hand text over in pieces split at every entity, and &apos;/&quot; in text
 * are needless. Line breaks are numeric references, so that every value sits on one line of the file. Attribute values escape quotes and write tab, line feed and carriage return as numeric
 * references, because an XML parser turns raw ones in attributes into spaces.
 */

// XML 1.0 cannot carry these at all, not even as references; U+FFFD says "a character was here".
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Some XML readers (xmldom) treat U+2028/U+2029 as line ends and turn them into '\n'; references survive.
const LINE_SEPARATORS = /[\u2028\u2029]/g;

/** Text as XML element content: exact for any well-formed text XML can carry. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(LINE_SEPARATORS, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
}

/** Text as a double-quoted XML attribute value, exact after the parser's normalisation. */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(LINE_SEPARATORS, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
}

// NameChar of XML 1.0 restricted to ASCII, less '_' (the escape character below).
const NMTOKEN_SAFE = /[A-Za-z0-9.:-]/;

/**
 * An id as an XML NMTOKEN (what GraphML requires of ids): ASCII letters, digits, '.', ':' and '-' stay,
 * anything else becomes `_hex_`. Different ids stay different, and slug ids are unchanged.
 */
export function toNmtoken(id: string): string {
  let out = '';
  for (const ch of id) out += NMTOKEN_SAFE.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  return out || '_';
}

/** Whether `text` is an XML NMTOKEN made of the characters toNmtoken keeps. */
export function isPlainNmtoken(text: string): boolean {
  return /^[A-Za-z0-9.:_-]+$/.test(text);
}
