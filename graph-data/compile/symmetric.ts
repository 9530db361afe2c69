import type { GraphEdge } from '../model/schema';
import { isSymmetric } from '../model/vocabulary';
import type { CompileError } from './errors';
import type { ParsedNote } from './front-matter';

interface Located {
  file: string;
  parsed: ParsedNote;
  input: { relations: { kind: string; to: string }[] };
}

/**
 * A symmetric relation ("integrates with", "is an alternative to") reads the same both ways, so it is
 * stored once; written in both notes it would count, draw and quiz twice. Reports the second copy.
 */
export function checkSymmetricStoredOnce(
  edges: readonly GraphEdge[],
  fileOf: (nodeId: string) => Located | undefined,
  errors: CompileError[],
): void {
  const seen = new Map<string, GraphEdge>();
  for (const edge of edges) {
    if (!isSymmetric(edge.kind) || edge.source === edge.target) continue;
    const pair = [edge.source, edge.target].sort().join('|');
    const key = `${edge.kind}|${pair}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, edge);
      continue;
    }
    if (first.source === edge.source) continue; // same direction twice is the duplicate check's business
    const from = fileOf(edge.source);
    if (!from) continue;
    const index = from.input.relations.findIndex((r) => r.kind === edge.kind && r.to === edge.target);
    errors.push({
      file: from.file,
      line: from.parsed.lineOf(['relations', Math.max(index, 0)]),
      node: edge.source,
      edge: edge.id,
      message:
        `'${edge.kind}' reads the same both ways and is already stored from '${first.source}' ` +
        `(${fileOf(first.source)?.file ?? first.source}); remove this copy and cite its passage there with 'alsoCites'`,
    });
  }
}
