import type { Graph } from '../model/schema';
import { cells, edgeColumns, inertJson, nodeColumns, SOURCES_COLUMN } from './columns';
import type { Positions } from './json-export';

type Data = Record<string, unknown>;

/** Cytoscape JSON: what `cytoscape({ elements })` and Cytoscape desktop's `.cyjs` import read. */
export interface CytoscapeJson {
  format_version: '1.0';
  generated_by: string;
  target_cytoscapejs_version: string;
  data: Data;
  elements: {
    nodes: { data: Data & { id: string }; position?: { x: number; y: number } }[];
    edges: { data: Data & { id: string; source: string; target: string } }[];
  };
}

/**
 * The graph as Cytoscape JSON. Plain lists stay arrays (Cytoscape desktop makes list columns of them);
 * structured values are JSON text, because Cytoscape desktop's tables hold no nested objects.
 */
export function toCytoscapeJson(graph: Graph, positions?: Positions): CytoscapeJson {
  const nodeCols = nodeColumns(graph);
  const value = (type: string, v: unknown) => (type === 'json' ? inertJson(v) : v);
  return {
    format_version: '1.0',
    generated_by: 'Service Atlas',
    target_cytoscapejs_version: '~3.34',
    data: { name: 'Service Atlas', [SOURCES_COLUMN]: inertJson(graph.sources) },
    elements: {
      nodes: graph.nodes.map((n) => {
        const data: Data & { id: string } = { id: n.id };
        for (const [c, v] of cells(nodeCols, n)) data[c.name] = value(c.type, v);
        const at = positions?.[n.id];
        return at ? { data, position: { x: at.x, y: at.y } } : { data };
      }),
      edges: graph.edges.map((e) => {
        const data: Data & { id: string; source: string; target: string } = {
          id: e.id,
          source: e.source,
          target: e.target,
          // Cytoscape desktop names edges "source (interaction) target".
          name: `${e.source} (${e.kind}) ${e.target}`,
        };
        for (const [c, v] of cells(edgeColumns(), e)) data[c.name] = value(c.type, v);
        return { data };
      }),
    },
  };
}
