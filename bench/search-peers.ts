import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { buildSearchIndex, search, type Graph } from '../graph-data';
import { plainDocs } from './plain-page';
import { compareRow, time, type Row } from './stats';
import { SCALE_QUERIES } from './ui';

/** Fixed counts for the search comparison, printed with it. */
export interface SearchPlan {
  warmup: number;
  runs: number;
}

/** A plain lunr index over what a user reads of each node, queried whole, as a prefix and within one edit. */
function plainLunr(graph: Graph): (query: string) => unknown {
  const docs = plainDocs(graph);
  const index = lunr(function () {
    this.ref('id');
    this.field('label', { boost: 5 });
    this.field('text');
    for (const d of docs) this.add(d);
  });
  return (query) =>
    index.query((q) => {
      for (const t of query.toLowerCase().split(/\s+/).filter(Boolean)) {
        q.term(t, { boost: 10 });
        q.term(t, { boost: 2, wildcard: lunr.Query.wildcard.TRAILING });
        if (t.length > 3) q.term(t, { boost: 1, editDistance: 1 });
      }
    });
}

/** MiniSearch over the same documents, with its own prefix and fuzzy matching. */
function miniSearch(graph: Graph): (query: string) => unknown {
  const index = new MiniSearch({
    fields: ['label', 'text'],
    storeFields: [],
    searchOptions: { boost: { label: 5 } },
  });
  index.addAll(plainDocs(graph));
  return (query) => index.search(query, { prefix: true, fuzzy: 0.2 });
}

/**
 * The app's search (graph-data/search) beside a plain lunr index and MiniSearch on the same graph,
 * in Node: index build once, then each query class's three queries, median and p95.
 */
export function searchPeerRows(graph: Graph, plan: SearchPlan): Row[] {
  const rows: Row[] = [];
  const build = (make: () => unknown) => time(make, 1, 0)[0]!;
  let appIndex: ReturnType<typeof buildSearchIndex> | undefined;
  const appBuild = build(() => (appIndex = buildSearchIndex(graph)));
  let lunrSearch: ((q: string) => unknown) | undefined;
  const lunrBuild = build(() => (lunrSearch = plainLunr(graph)));
  let mini: ((q: string) => unknown) | undefined;
  const miniBuild = build(() => (mini = miniSearch(graph)));
  rows.push(compareRow('index build: app (peer: plain lunr)', [appBuild], { peer: [lunrBuild] }));
  rows.push(compareRow('index build: MiniSearch (peer: plain lunr)', [miniBuild], { peer: [lunrBuild] }));
  const samples = (fn: (q: string) => unknown, queries: readonly string[]) => {
    let i = 0;
    return time(() => fn(queries[i++ % queries.length]!), plan.runs, plan.warmup);
  };
  for (const kind of Object.keys(SCALE_QUERIES) as (keyof typeof SCALE_QUERIES)[]) {
    const queries = SCALE_QUERIES[kind];
    const plainLunrRuns = samples(lunrSearch!, queries);
    rows.push(
      compareRow(
        `${kind}: app search (peer: plain lunr)`,
        samples((q) => search(appIndex!, graph, q), queries),
        {
          peer: plainLunrRuns,
          goal: { stat: 'p95', limit: 16 },
          why: 'lunr expands prefix and edit-distance terms over the whole token set on every query; search in a worker so the UI never waits, or an index with a prefix tree (MiniSearch) if it stays on the main thread',
        },
      ),
      compareRow(`${kind}: MiniSearch (peer: plain lunr)`, samples(mini!, queries), { peer: plainLunrRuns }),
    );
  }
  return rows;
}
