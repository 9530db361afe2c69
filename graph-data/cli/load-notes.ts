import { BUILT_IN_NOTES, compileFolder } from '../compile/read-folder';
import { formatError } from '../compile/errors';
import type { Graph } from '../model/schema';
import type { ImportProblem } from '../readers/draft';
import type { ImportResult } from '../readers/build-graph';
import { importNotes } from '../readers/import-notes';
import { readNotesInput } from '../readers/read-folder';
import { importStats } from '../readers/import-stats';
import { GRAPH_FILE_EXTENSIONS, readGraphFile } from '../import-files/read-graph-file';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';

/*
 * How every CLI command gets its graph: the built-in notes by default; with `--notes <folder or
 * file>`, the user's notes in any form (typed, Obsidian, plain), alone or, with `--with-built-in`,
 * merged into the built-in graph.
 */

/** "file:line: warning: message" with the fix on the next line. */
export function formatProblem(p: ImportProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const offset = p.offset !== undefined ? ` (byte ${p.offset})` : '';
  return `${where}${offset}: ${p.severity}: ${p.message}${p.fix ? `\n    fix: ${p.fix}` : ''}`;
}

/** The built-in graph, or the problems that kept it from compiling. */
export function builtInGraph(): { graph?: Graph; problems: string[] } {
  const result = compileFolder(BUILT_IN_NOTES);
  return { ...(result.graph ? { graph: result.graph } : {}), problems: result.errors.map(formatError) };
}

/** Graph files Service Atlas exports are read no bigger than this (far above any real graph). */
const MAX_GRAPH_FILE_BYTES = 256 * 1024 * 1024;

/**
 * A graph file the app or another tool wrote (the app's JSON, Cytoscape JSON, GraphML, GEXF) read
 * back as it is, positions aside; undefined when `path` is not such a file, so that notes are read.
 */
function readExportedGraph(path: string): { result?: ImportResult; problems: ImportProblem[] } | undefined {
  const extension = extname(path).slice(1).toLowerCase();
  if (!(GRAPH_FILE_EXTENSIONS as readonly string[]).includes(extension)) return undefined;
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return undefined;
  }
  if (!stat.isFile()) return undefined;
  const file = basename(path);
  if (stat.size > MAX_GRAPH_FILE_BYTES)
    return {
      problems: [
        {
          file,
          severity: 'error',
          message: `the file is larger than ${MAX_GRAPH_FILE_BYTES / 1024 / 1024} MB`,
        },
      ],
    };
  const read = readGraphFile(file, readFileSync(path, 'utf8'));
  if (!read.graph)
    return {
      problems: read.problems.map((p) => ({
        file: p.file,
        line: p.line,
        severity: 'error' as const,
        message: p.message,
      })),
    };
  return {
    result: {
      graph: read.graph,
      problems: [],
      stats: importStats(read.graph, 1, [], 0, undefined, 0),
      embeds: [],
      tours: [],
    },
    problems: [],
  };
}

/** Reads and imports a folder or file of notes, merged into the built-in graph when asked. */
export async function importFromDisk(
  path: string,
  withBuiltIn: boolean,
): Promise<{ result?: ImportResult; vault: boolean; problems: ImportProblem[]; builtInProblems: string[] }> {
  const exported = readExportedGraph(path);
  if (exported) return { ...exported, vault: false, builtInProblems: [] };
  const read = await readNotesInput(path);
  let base: Graph | undefined;
  let builtInProblems: string[] = [];
  if (withBuiltIn) {
    const built = builtInGraph();
    base = built.graph;
    builtInProblems = built.problems;
  }
  if (read.files.length === 0) {
    const none: ImportProblem[] = read.problems.some((p) => p.severity === 'error')
      ? []
      : [{ file: path, severity: 'error', message: 'no notes (.md, .markdown or .txt files) found here' }];
    return { vault: read.vault, problems: [...read.problems, ...none], builtInProblems };
  }
  const result = await importNotes(read.files, { vault: read.vault, ...(base ? { base } : {}) });
  return { result, vault: read.vault, problems: [...read.problems, ...result.problems], builtInProblems };
}
