import type { ImportProblem, NoteFile } from './draft';

/*
 * Bytes to note text, the same in Node and in a browser (a directory picker hands over bytes too).
 * Strict UTF-8: a file that is not UTF-8 is reported with the byte offset of the first bad byte,
 * never silently filled with replacement characters. A BOM is dropped and CRLF or CR line ends
 * become LF, so that every reader counts lines alike.
 */

const strict = new TextDecoder('utf-8', { fatal: true });

/** The result of decoding one file: its text, or the problem that kept it out. */
export type DecodedNote =
  { file: NoteFile; problem?: undefined } | { file?: undefined; problem: ImportProblem };

/** Decodes a note's bytes as strict UTF-8 (BOM and CRLF accepted), naming file, line and byte offset of bad bytes. */
export function decodeNoteFile(path: string, bytes: Uint8Array): DecodedNote {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      problem: {
        file: path,
        line: lineAt(bytes, offset),
        offset,
        severity: 'error',
        message: `not UTF-8 text: the byte at offset ${offset} (0x${bytes[offset]?.toString(16).padStart(2, '0') ?? '??'}) starts no valid character`,
        fix: 'save the file as UTF-8 in your editor (most editors offer "Save with encoding"), or move it out of the notes folder',
      },
    };
  }
  if (text.includes('\u0000')) {
    return {
      problem: {
        file: path,
        line: lineAt(bytes, bytes.indexOf(0)),
        offset: bytes.indexOf(0),
        severity: 'error',
        message: 'this looks like a binary file, not a note: it holds NUL bytes',
        fix: 'move it out of the notes folder, or rename it so that it does not end in .md or .txt',
      },
    };
  }
  return { file: { path, text: text.replace(/\r\n?/g, '\n') } };
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}
