import { NODE_KIND_INFO, type NodeKind } from '../model/kinds';
import type { CliIo } from './run';
import { formatProblem, importFromDisk } from './load-notes';

/** Counts as "service 3, platform 2". */
function counts(byKind: Record<string, number>, label: (k: string) => string = (k) => k): string {
  const entries = Object.entries(byKind);
  return entries.length === 0 ? 'none' : entries.map(([k, n]) => `${label(k)} ${n}`).join(', ');
}

/** `graph import <folder or file> [--with-built-in] [--json]`: what was read, counted, and every problem. */
export async function importCommand(
  path: string | undefined,
  withBuiltIn: boolean,
  json: boolean,
  io: CliIo,
): Promise<number> {
  if (!path) {
    io.err('import needs a folder or a file of notes: npm run --silent graph -- import ~/notes');
    return 2;
  }
  const { result, vault, problems, builtInProblems } = await importFromDisk(path, withBuiltIn);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (json) {
    io.out(JSON.stringify({ stats: result?.stats, vault, problems, embeds: result?.embeds ?? [] }, null, 2));
    return errors > 0 || !result ? 1 : 0;
  }
  builtInProblems.forEach((p) => io.err(`built-in notes: ${p}`));
  if (!result) {
    problems.forEach((p) => io.err(formatProblem(p)));
    return 1;
  }
  const s = result.stats;
  io.out(
    `Read ${path}${vault ? ' (an Obsidian vault)' : ''}: ${s.files} file${s.files === 1 ? '' : 's'}${withBuiltIn ? ', merged with the built-in graph' : ''}.`,
  );
  io.out(
    `Nodes: ${s.nodes} (${counts(s.nodesByKind, (k) => NODE_KIND_INFO[k as NodeKind]?.label.toLowerCase() ?? k)})`,
  );
  io.out(`Relations: ${s.relations} (${counts(s.relationsByKind)})`);
  io.out(
    `Stated relations ${s.statedRelations}, inferred ${s.inferredRelations}; inferred nodes ${s.inferredNodes}, of which placeholders ${s.placeholders}; embeds listed ${s.embeds}` +
      (withBuiltIn ? `; built-in nodes your notes add to ${s.builtInNodesExtended}` : '') +
      '.',
  );
  const warnings = problems.length - errors;
  io.out(
    `Problems: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
  );
  problems.forEach((p) => io.out(`  ${formatProblem(p).replace(/\n/g, '\n  ')}`));
  return errors > 0 ? 1 : 0;
}
