import { z } from 'zod';
import { Tour, type Graph } from '../../graph-data';

/*
 * The built-in graph and its prebuilt search index, written by `npm run build:data`, as the first
 * document the engine loads (it validates them like any other graph). They are pulled in through
 * `import.meta.glob` rather than a static import so that a fresh clone (before build:data has run)
 * still type-checks; the app then says what to run instead of crashing.
 */
const generated = import.meta.glob<unknown>('../../graph-data/generated/*.json', {
  eager: true,
  import: 'default',
});

/** The built-in guided tours (written in the notes' format, compiled with them), validated. */
export function builtInTours(): Tour[] {
  const parsed = z
    .object({ tours: z.array(Tour) })
    .safeParse(generated['../../graph-data/generated/tours.json']);
  return parsed.success ? parsed.data.tours : [];
}

/** The built-in graph to merge a user's notes into, when they asked for it (and it is built). */
export function builtInBase(merge: boolean): Graph | undefined {
  const builtIn = builtInGraph();
  return merge && typeof builtIn !== 'string' ? (builtIn.graph as Graph) : undefined;
}

/** The built-in graph and its search index, or a sentence saying why they are missing. */
export function builtInGraph(): { graph: unknown; searchIndex: object } | string {
  const graph = generated['../../graph-data/generated/graph.json'];
  const searchIndex = generated['../../graph-data/generated/search-index.json'] as object | undefined;
  if (!graph || !searchIndex) {
    return 'The built-in graph has not been built. Run `npm run build:data`, then rebuild the app.';
  }
  return { graph, searchIndex };
}
