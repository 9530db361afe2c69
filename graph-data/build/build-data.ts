import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_NOTES, compileFolder } from '../compile/read-folder';
import { formatError } from '../compile/errors';
import { buildSearchIndex } from '../search/search-index';

/**
 * Compiles the built-in notes into graph-data/generated/: the graph and its serialized search index,
 * so that the app only loads them at start-up.
 */
const out = join(import.meta.dirname, '..', 'generated');
const result = compileFolder(BUILT_IN_NOTES);
if (!result.graph) {
  process.stderr.write(
    result.errors.map(formatError).join('\n') +
      `\n\nThe built-in notes have ${result.errors.length} problem(s); nothing was written.\n`,
  );
  process.exit(1);
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'graph.json'), JSON.stringify(result.graph));
writeFileSync(join(out, 'search-index.json'), JSON.stringify(buildSearchIndex(result.graph)));
// The guided tours, beside the graph: { tours: Tour[] } (graph-data/tours/tour-schema.ts).
writeFileSync(join(out, 'tours.json'), JSON.stringify({ tours: result.tours ?? [] }));
process.stdout.write(
  `Built the graph: ${result.graph.nodes.length} nodes, ${result.graph.edges.length} relations, ${result.tours?.length ?? 0} tours -> ${out}\n`,
);
