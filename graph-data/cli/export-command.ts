import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../model/schema';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, exportGraph, isExportFormat } from '../export/formats';
import { MalformedTextError } from '../export/well-formed-text';

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * `graph export --format F [--out PATH]`: one-file formats go to stdout or to PATH (a file, or a folder
 * to put graph.<ext> in); two-file formats need --out naming a folder. Returns the exit code.
 */
export function runExport(graph: Graph, options: { format?: string; out?: string }, io: Io): number {
  const format = options.format ?? 'json';
  if (!isExportFormat(format)) {
    io.err(`Unknown format '${format}'; use one of: ${EXPORT_FORMAT_NAMES.join(', ')}.`);
    return 2;
  }
  const info = EXPORT_FORMATS.find((f) => f.name === format)!;
  let files;
  try {
    files = exportGraph(graph, format);
  } catch (err) {
    if (err instanceof MalformedTextError) {
      io.err(err.message);
      return 1;
    }
    throw err;
  }
  const counts = `${graph.nodes.length} nodes and ${graph.edges.length} relations`;
  if (!options.out) {
    if (info.multiFile) {
      io.err(
        `--format ${format} writes ${files.map((f) => f.name).join(' and ')}; name the folder to put them in with --out, e.g. --out ./${format}-export`,
      );
      return 2;
    }
    io.out(files[0]!.text.replace(/\n$/, ''));
    io.err(`Exported ${counts} as ${info.label} to standard output.`);
    return 0;
  }
  const intoFolder = info.multiFile || isFolder(options.out);
  const written: string[] = [];
  try {
    if (intoFolder) mkdirSync(options.out, { recursive: true });
    for (const f of files) {
      const path = intoFolder ? join(options.out, f.name) : options.out;
      writeFileSync(path, f.text, 'utf8');
      written.push(path);
    }
  } catch (err) {
    io.err(
      `Could not write the export to ${options.out}: ${(err as Error).message}. Check the folder exists and is writable.`,
    );
    return 1;
  }
  io.out(`Exported ${counts} as ${info.label}:`);
  for (const path of written) io.out(`  wrote ${path}`);
  return 0;
}
