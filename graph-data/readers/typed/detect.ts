/*
 * Telling the typed format's files apart by their front matter alone, without parsing the YAML:
 * cheap enough for every file of a folder, and light enough for readers that do not load the compiler.
 */

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Whether a note is in the typed format: its front matter names an id, a kind and a label. */
export function isTypedNote(text: string): boolean {
  const fm = FRONT_MATTER.exec(text.slice(0, 64 * 1024))?.[1];
  return (
    fm !== undefined && /^id:[ \t]*\S/m.test(fm) && /^kind:[ \t]*\S/m.test(fm) && /^label:[ \t]*\S/m.test(fm)
  );
}

/**
 * Whether a note is one of the typed format's tour files: its front matter opens with `tour:` and
 * names no id. The compiler checks tours against the typed notes; other readers must not read them
 * as notes (a tour's steps would become a node and its relations).
 */
export function isTourNote(text: string): boolean {
  const fm = FRONT_MATTER.exec(text.slice(0, 64 * 1024))?.[1];
  if (fm === undefined) return false;
  // The first line that holds something, past blank lines and YAML comments.
  const first = fm.split(/\r?\n/).find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  return first !== undefined && /^tour:/.test(first) && !/^id:/m.test(fm);
}
