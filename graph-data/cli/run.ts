import { parseArgs } from 'node:util';
import { compileFolder, BUILT_IN_NOTES } from '../compile/read-folder';
import { formatError } from '../compile/errors';
import type { Graph } from '../model/schema';
import { sanitizeForTerminal } from './sanitize';
import { builtInGraph, formatProblem, importFromDisk } from './load-notes';
import { importCommand } from './import-command';
import { resolveNode, indexGraph } from '../model/graph-index';
import { RELATION_KINDS, type RelationKind } from '../model/vocabulary';
import { NODE_KIND_INFO } from '../model/kinds';
import { edgeSentence } from '../model/sentences';
import { toJsonExport } from '../export/json-export';
import { toGraphml } from '../export/graphml-export';
import { toCypher } from '../export/cypher-export';
import { buildSearchIndex, search } from '../search/search-index';
import { shortestPaths } from '../queries/shortest-path';
import { neighbourhood } from '../queries/neighbourhood';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `Usage: npm run --silent graph -- <command> [options]

Commands:
  export --format json|graphml|cypher   print the whole graph
  search "<query>" [--limit N]          ranked hits over labels, aliases and facts
  path <a> <b>                          shortest path(s), told as sentences
  neighbours <node> [--depth N] [--edge-kinds k1,k2]
                                        nodes within N hops (default 1)
  validate [folder]                     check a notes folder (default: the built-in notes)
  import <folder or file> [--json]      read your own notes and tell what was read and every problem

Options for every command: --notes <folder or file> reads your own notes (the typed format, an
Obsidian vault or plain notes) instead of the built-in notes; --with-built-in merges them into it.
Nodes are named by id or by label, in any case ("ecs-anywhere", "Amazon ECS Anywhere").`;

/** Runs the `graph` command line; resolves to the process exit code (0 ok, 1 failed, 2 misuse). */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Notes may hold terminal escape sequences: nothing reaches the terminal unescaped.
  const io: CliIo = {
    out: (text) => rawIo.out(sanitizeForTerminal(text)),
    err: (text) => rawIo.err(sanitizeForTerminal(text)),
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        limit: { type: 'string' },
        depth: { type: 'string' },
        'edge-kinds': { type: 'string' },
        notes: { type: 'string' },
        'with-built-in': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }

  const withBuiltIn = values['with-built-in'] ?? false;
  if (command === 'import')
    return importCommand(rest[0] ?? values.notes, withBuiltIn, values.json ?? false, io);

  if (command === 'validate' && (rest[0] ?? values.notes)) {
    const folder = (rest[0] ?? values.notes)!;
    const { result, problems } = await importFromDisk(folder, withBuiltIn);
    problems.forEach((p) => io.err(formatProblem(p)));
    const errors = problems.filter((p) => p.severity === 'error').length;
    if (errors > 0 || !result) {
      io.err(`\n${errors} error${errors === 1 ? '' : 's'} found in ${folder}.`);
      return 1;
    }
    const g = result.graph;
    io.out(`${folder}: ${g.nodes.length} nodes and ${g.edges.length} relations, no errors found.`);
    return 0;
  }

  if (command === 'validate') {
    const folder = BUILT_IN_NOTES;
    const result = compileFolder(folder);
    if (result.errors.length > 0) {
      io.err(result.errors.map(formatError).join('\n'));
      io.err(`\n${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} found in ${folder}.`);
      return 1;
    }
    const g = result.graph!;
    io.out(`${folder}: ${g.nodes.length} nodes and ${g.edges.length} relations, no problems found.`);
    return 0;
  }

  let graph: Graph;
  if (values.notes) {
    const { result, problems } = await importFromDisk(values.notes, withBuiltIn);
    // Problems go to stderr so that `export > file` stays clean; the notes that were fine are used.
    problems.forEach((p) => io.err(formatProblem(p)));
    if (!result) return 1;
    graph = result.graph;
  } else {
    const built = builtInGraph();
    if (!built.graph) {
      io.err(built.problems.join('\n'));
      return 1;
    }
    graph = built.graph;
  }
  const need = (ref: string | undefined, what: string) => {
    if (!ref) {
      io.err(`${command} needs ${what}.\n\n${USAGE}`);
      return undefined;
    }
    const node = resolveNode(graph, ref);
    if (!node) io.err(`No node is called '${ref}'. Try: npm run --silent graph -- search "${ref}"`);
    return node;
  };

  switch (command) {
    case 'export': {
      const format = values.format ?? 'json';
      if (format === 'json') io.out(JSON.stringify(toJsonExport(graph), null, 2));
      else if (format === 'graphml') io.out(toGraphml(graph));
      else if (format === 'cypher') io.out(toCypher(graph));
      else {
        io.err(`Unknown format '${format}'; use json, graphml or cypher.`);
        return 2;
      }
      return 0;
    }
    case 'search': {
      const query = rest.join(' ');
      const limit = Number(values.limit ?? 10);
      const hits = search(
        buildSearchIndex(graph),
        graph,
        query,
        Number.isFinite(limit) && limit > 0 ? limit : 10,
      );
      if (hits.length === 0) {
        io.out(`No matches for "${query}".`);
        return 1;
      }
      hits.forEach((h, i) =>
        io.out(
          `${String(i + 1).padStart(2)}. ${h.label} [${NODE_KIND_INFO[h.kind].label}] (${h.id})  score ${h.score.toFixed(2)}\n    ${h.snippet}`,
        ),
      );
      return 0;
    }
    case 'path': {
      const a = need(rest[0], 'two nodes');
      const b = a && need(rest[1], 'two nodes');
      if (!a || !b) return 2;
      const paths = shortestPaths(graph, a.id, b.id);
      if (paths.length === 0) {
        io.out(`There is no path between ${a.label} and ${b.label}.`);
        return 1;
      }
      paths.forEach((p, i) => {
        io.out(`Path ${i + 1} (${p.edges.length} step${p.edges.length === 1 ? '' : 's'}): ${p.story}`);
        p.sentences.forEach((s) => io.out(`  - ${s}`));
      });
      return 0;
    }
    case 'neighbours':
    case 'neighbors': {
      const centre = need(rest[0], 'a node');
      if (!centre) return 2;
      const depth = Number(values.depth ?? 1);
      if (!Number.isInteger(depth) || depth < 1) {
        io.err('--depth must be a whole number of 1 or more.');
        return 2;
      }
      const kinds =
        values['edge-kinds']
          ?.split(',')
          .map((k) => k.trim())
          .filter(Boolean) ?? [];
      const unknown = kinds.filter((k) => !(RELATION_KINDS as string[]).includes(k));
      if (unknown.length > 0) {
        io.err(`Unknown relation kind(s): ${unknown.join(', ')}. Known: ${RELATION_KINDS.join(', ')}`);
        return 2;
      }
      const hood = neighbourhood(graph, centre.id, depth, kinds as RelationKind[]);
      const index = indexGraph(graph);
      io.out(`${centre.label}: ${hood.distance.size - 1} node(s) within ${depth} hop(s)`);
      const byHop = [...hood.distance.entries()]
        .filter(([, d]) => d > 0)
        .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
      for (const [id, d] of byHop) {
        const n = index.node.get(id)!;
        io.out(`  ${d}  ${n.label} [${NODE_KIND_INFO[n.kind].label}] (${id})`);
      }
      if (depth === 1) {
        io.out('Relations:');
        for (const e of graph.edges.filter((e) => hood.edges.has(e.id)))
          io.out(`  - ${edgeSentence(index, e)}`);
      }
      return 0;
    }
    default:
      io.err(`Unknown command '${command}'.\n\n${USAGE}`);
      return 2;
  }
}
