import type { Graph } from '../model/schema';
import { toCypher } from './cypher-export';
import { toCytoscapeJson } from './cytoscape-export';
import { toGexf } from './gexf-export';
import { toGraphml } from './graphml-export';
import { toJsonExport, type Positions } from './json-export';
import { toKumuCsv } from './kumu-csv-export';
import { toNeo4jCsv } from './neo4j-csv-export';
import { assertWellFormedText } from './well-formed-text';

/** The data export formats, by the name the CLI's --format and the Export menu use. */
export const EXPORT_FORMAT_NAMES = ['json', 'cyjs', 'graphml', 'gexf', 'cypher', 'neo4j-csv', 'csv'] as const;
export type ExportFormatName = (typeof EXPORT_FORMAT_NAMES)[number];

/** One file of an export: its name (no folder), media type and text (always UTF-8). */
export interface ExportFile {
  name: string;
  mediaType: string;
  text: string;
}

export interface ExportFormatInfo {
  name: ExportFormatName;
  /** For menus: "Cytoscape JSON (.cyjs)". */
  label: string;
  /** The extension of each file the format writes, without the dot. */
  extensions: readonly string[];
  /** True when the format is several files (written into a folder). */
  multiFile: boolean;
  /** What the format is for, in one sentence. */
  purpose: string;
  /** Whether readGraphFile can bring the file back. */
  importable: boolean;
}

/** Every data export format, in menu order, with what it is for. */
export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  {
    name: 'json',
    label: 'Service Atlas JSON (.json)',
    extensions: ['json'],
    multiFile: false,
    purpose: 'The whole graph with every field, to open again in Service Atlas or process with scripts.',
    importable: true,
  },
  {
    name: 'cyjs',
    label: 'Cytoscape JSON (.cyjs)',
    extensions: ['cyjs'],
    multiFile: false,
    purpose: 'For Cytoscape desktop (File > Import > Network from File) and cytoscape.js, with positions.',
    importable: true,
  },
  {
    name: 'graphml',
    label: 'GraphML (.graphml)',
    extensions: ['graphml'],
    multiFile: false,
    purpose: 'For Gephi, Cytoscape desktop, yEd and graph libraries (networkx, graphology, igraph).',
    importable: true,
  },
  {
    name: 'gexf',
    label: 'GEXF (.gexf)',
    extensions: ['gexf'],
    multiFile: false,
    purpose: "Gephi's own format: typed attributes, relation kinds kept apart, positions.",
    importable: true,
  },
  {
    name: 'cypher',
    label: 'Neo4j Cypher script (.cypher)',
    extensions: ['cypher'],
    multiFile: false,
    purpose: 'Paste into Neo4j Browser or run with cypher-shell; safe to run again.',
    importable: false,
  },
  {
    name: 'neo4j-csv',
    label: 'Neo4j import CSV (nodes.csv, relationships.csv)',
    extensions: ['csv'],
    multiFile: true,
    purpose: 'For neo4j-admin database import, the fast road for large graphs.',
    importable: false,
  },
  {
    name: 'csv',
    label: 'Kumu / Flourish CSV (elements.csv, connections.csv)',
    extensions: ['csv'],
    multiFile: true,
    purpose: 'Two sheets to import into Kumu or Flourish, or to open in a spreadsheet.',
    importable: false,
  },
];

/** Whether `name` is one of the export format names. */
export function isExportFormat(name: string): name is ExportFormatName {
  return (EXPORT_FORMAT_NAMES as readonly string[]).includes(name);
}

/**
 * Writes `graph` in one format: one file, or two for neo4j-csv and csv. Pure (no files, no DOM).
 * Throws MalformedTextError when any text in the graph holds a lone surrogate.
 */
export function exportGraph(
  graph: Graph,
  format: ExportFormatName,
  options: { positions?: Positions } = {},
): ExportFile[] {
  assertWellFormedText(graph);
  const { positions } = options;
  switch (format) {
    case 'json':
      return [
        file(
          'graph.json',
          'application/json',
          JSON.stringify(toJsonExport(graph, positions), null, 2) + '\n',
        ),
      ];
    case 'cyjs':
      return [
        file(
          'graph.cyjs',
          'application/json',
          JSON.stringify(toCytoscapeJson(graph, positions), null, 2) + '\n',
        ),
      ];
    case 'graphml':
      return [file('graph.graphml', 'application/graphml+xml', toGraphml(graph, positions))];
    case 'gexf':
      return [file('graph.gexf', 'application/gexf+xml', toGexf(graph, positions))];
    case 'cypher':
      return [file('graph.cypher', 'application/x-cypher-query', toCypher(graph))];
    case 'neo4j-csv': {
      const csv = toNeo4jCsv(graph);
      return [
        file('nodes.csv', 'text/csv', csv.nodes),
        file('relationships.csv', 'text/csv', csv.relationships),
      ];
    }
    case 'csv': {
      const csv = toKumuCsv(graph);
      return [
        file('elements.csv', 'text/csv', csv.elements),
        file('connections.csv', 'text/csv', csv.connections),
      ];
    }
  }
}

function file(name: string, mediaType: string, text: string): ExportFile {
  return { name, mediaType, text };
}
