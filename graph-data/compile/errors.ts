/** One problem found while compiling notes, located as precisely as we can. */
export interface CompileError {
  /** The note file, relative to the notes folder. */
  file: string;
  line?: number;
  node?: string;
  edge?: string;
  message: string;
}

/** "services/ecs.md:12 (node ecs): unknown relation 'extnds'; did you mean 'extends'?" */
export function formatError(e: CompileError): string {
  const where = e.line ? `${e.file}:${e.line}` : e.file;
  const what = e.edge ? ` (relation ${e.edge})` : e.node ? ` (node ${e.node})` : '';
  return `${where}${what}: ${e.message}`;
}
