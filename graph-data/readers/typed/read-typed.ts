import { compileNotes } from '../../compile/compile';
import type { CompileError } from '../../compile/errors';
import type { Draft, ImportProblem, NoteFile } from '../draft';

export { isTourNote, isTypedNote } from './detect';

/*
 * The typed format of NOTES-FORMAT.md (front matter with id, kind and label), compiled by the
 * existing compiler exactly as `npm run build:data` compiles it, and handed to the back end as a
 * resolved part. The compiler is all-or-nothing; here files with errors are left out and the rest
 * compiled again, so that the notes that were fine are still imported.
 */

/** The name of the typed format's registry of source notes. */
export const SOURCES_FILE = 'sources.yaml';

function toProblem(e: CompileError): ImportProblem {
  const what = e.edge ? `relation ${e.edge}: ` : e.node ? `node ${e.node}: ` : '';
  return {
    file: e.file,
    ...(e.line ? { line: e.line } : {}),
    severity: 'error',
    message: `${what}${e.message}`,
  };
}

const MAX_ROUNDS = 4;

/** Compiles typed notes; problems name file and line, and files without problems are kept. */
export function readTypedNotes(files: readonly NoteFile[], sources?: NoteFile): Draft {
  const problems: ImportProblem[] = [];
  let kept = [...files];
  for (let round = 0; round < MAX_ROUNDS && kept.length > 0; round++) {
    const result = compileNotes(kept, sources);
    if (result.graph)
      return {
        nodes: [],
        relations: [],
        problems,
        files: files.map((f) => f.path),
        resolved: result.graph,
        tours: result.tours ?? [],
      };
    const seen = new Set(problems.map((p) => `${p.file}:${p.line}:${p.message}`));
    for (const p of result.errors.map(toProblem))
      if (!seen.has(`${p.file}:${p.line}:${p.message}`)) problems.push(p);
    const bad = new Set(result.errors.map((e) => e.file));
    if (sources && bad.has(sources.path)) sources = undefined;
    kept = kept.filter((f) => !bad.has(f.path));
  }
  return { nodes: [], relations: [], problems, files: files.map((f) => f.path) };
}
