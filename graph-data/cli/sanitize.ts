/*
 * Notes are other people's text: a note can hold terminal escape sequences that would recolour,
 * retitle or rewrite the user's terminal if printed raw. Everything the CLI prints passes through
 * here: control characters (except newline and tab) and bidirectional overrides become visible
 * escapes such as "\x1b".
 */

// C0 controls but \t and \n, DEL, C1 controls, and the Unicode bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A string safe to print to a terminal: unsafe characters shown as escapes. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
