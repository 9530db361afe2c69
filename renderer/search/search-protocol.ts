import type { Graph, SearchHit } from '../../graph-data';

/** What the page sends the search worker: the graph on screen (once per load), then queries on it. */
export type SearchRequest =
  | { type: 'graph'; id: number; graph: Graph; index?: object }
  | { type: 'query'; id: number; seq: number; query: string; limit: number };

/** The worker's answer to one query; `id` names the graph it searched. */
export interface SearchReply {
  seq: number;
  id: number;
  hits: SearchHit[];
}
