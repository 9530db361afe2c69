import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { CompileError } from './errors';

/** Notes larger than this are refused: a study note this big is a mistake or an attack. */
export const MAX_NOTE_BYTES = 512 * 1024;

/** A note's parsed front matter, with a way to find the file line of any value in it. */
export interface ParsedNote {
  data: unknown;
  body: string;
  /** File line (1-based) of the value at a path inside the front matter, or of its nearest parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** Splits a note into YAML front matter and Markdown body and parses the YAML safely. */
export function parseNote(file: string, text: string): { note?: ParsedNote; errors: CompileError[] } {
  if (text.length > MAX_NOTE_BYTES) {
    return {
      errors: [
        { file, message: `the note is larger than ${MAX_NOTE_BYTES / 1024} KB; split it into smaller notes` },
      ],
    };
  }
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!normalised.startsWith('---\n')) {
    return {
      errors: [
        { file, line: 1, message: "a note must start with a '---' line that opens its YAML front matter" },
      ],
    };
  }
  const end = normalised.indexOf('\n---', 3);
  const afterEnd = end === -1 ? -1 : normalised.indexOf('\n', end + 4);
  const closingOk =
    end !== -1 && /^\n---[ \t]*$/.test(normalised.slice(end, afterEnd === -1 ? undefined : afterEnd));
  if (!closingOk) {
    return {
      errors: [
        { file, line: 1, message: "the front matter is never closed: add a '---' line after the last field" },
      ],
    };
  }
  const yamlText = normalised.slice(4, end + 1);
  const body = afterEnd === -1 ? '' : normalised.slice(afterEnd + 1).trim();
  const lineCounter = new LineCounter();
  // The yaml library never builds code-carrying objects; aliases are capped to stop "billion laughs".
  // Its warnings (a template's `{{date}}` read as a map used as a key) would go to the console of the
  // CLI or the app, once per note: what matters is reported as a problem, with its file and line.
  const doc: Document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, logLevel: 'error' });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const errors: CompileError[] = doc.errors.map((e) => ({
    file,
    line: toFileLine(e.pos[0]),
    message: `YAML: ${e.message.split('\n')[0]}`,
  }));
  if (errors.length > 0) return { errors };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    return { errors: [{ file, line: 2, message: `YAML: ${(err as Error).message}` }] };
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const found = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(found) && found.range) return toFileLine(found.range[0]);
    }
    return 2;
  };
  return { note: { data, body, lineOf }, errors: [] };
}
