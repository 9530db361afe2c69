import type { GraphFileResult } from './build-graph';
import { readGexf } from './gexf-reader';
import { readGraphml } from './graphml-reader';
import { isCytoscapeJson, readAppJson, readCytoscapeJson } from './json-readers';

export type { FileProblem, GraphFileResult } from './build-graph';

/** The file extensions readGraphFile accepts. */
export const GRAPH_FILE_EXTENSIONS = ['json', 'cyjs', 'graphml', 'gexf'] as const;

/**
 * Reads a graph file back into a validated Graph: the app's own JSON or Cytoscape JSON (.json, told
 * apart by shape; .cyjs), GraphML or GEXF, with node positions when the file has them. Never throws
 * on bad input: problems name the file and, where known, the line.
 */
export function readGraphFile(fileName: string, text: string): GraphFileResult {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    if (ext === 'graphml' || ext === 'xml') return readGraphml(fileName, body);
    if (ext === 'gexf') return readGexf(fileName, body);
    if (ext === 'json' || ext === 'cyjs') {
      let data: unknown;
      try {
        data = JSON.parse(body);
      } catch (err) {
        return {
          problems: [
            {
              file: fileName,
              message: `this is not valid JSON (${(err as Error).message}); check the file is complete`,
            },
          ],
        };
      }
      return isCytoscapeJson(data)
        ? readCytoscapeJson(fileName, body, data)
        : readAppJson(fileName, body, data);
    }
  } catch (err) {
    // A reader bug must not take the app down; the user still learns which file failed.
    return {
      problems: [{ file: fileName, message: `the file could not be read: ${(err as Error).message}` }],
    };
  }
  return {
    problems: [
      {
        file: fileName,
        message: `'${fileName}' is not a graph file Service Atlas reads; use ${GRAPH_FILE_EXTENSIONS.map((e) => `.${e}`).join(', ')}`,
      },
    ],
  };
}
