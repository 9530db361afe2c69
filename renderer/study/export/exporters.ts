import type { Core } from 'cytoscape';
import { subgraph, toGraphml, toJsonExport } from '../../../graph-data';
import { getAtlasApi, type ExportRequest } from '../../api';
import { atlasData } from '../../data/atlas-data';
import { useAtlas } from '../../state/store';
import { sceneToSvg } from './svg-export';
import { canvasMeasure, describeScene } from './svg-scene';

export type ExportKind = 'png' | 'svg' | 'json' | 'graphml';

/** The export menu's items, in order. */
export const EXPORT_KINDS: { kind: ExportKind; label: string; hint: string }[] = [
  {
    kind: 'png',
    label: 'Picture (PNG)',
    hint: 'An image of the whole visible graph, at twice screen resolution',
  },
  {
    kind: 'svg',
    label: 'Picture (SVG)',
    hint: 'A scalable drawing of the visible graph, for documents and slides',
  },
  {
    kind: 'json',
    label: 'Visible graph (JSON)',
    hint: 'The visible nodes and relations with all their facts',
  },
  {
    kind: 'graphml',
    label: 'Visible graph (GraphML)',
    hint: 'The visible nodes and relations, for Gephi or Cytoscape desktop',
  },
];

/** Browsers draw nothing past about 16k pixels a side; 8k keeps well inside that and the file reasonable. */
const MAX_PNG_SIDE = 8000;

/** The theme's canvas background (the pictures carry it, so labels stay readable on any page). */
function background(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
}

/** Today as 2025-06-30, in the user's time zone. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The node and edge ids the canvas shows (hidden by filters or focus: left out). */
function visibleIds(cy: Core): { nodes: Set<string>; edges: Set<string> } {
  return {
    nodes: new Set(cy.nodes(':visible').map((n) => n.id())),
    edges: new Set(cy.edges(':visible').map((e) => e.id())),
  };
}

/** The visible part of the graph: visible nodes, and the relations between them that are shown. */
function visibleGraph(cy: Core) {
  const ids = visibleIds(cy);
  const sub = subgraph(atlasData().graph, ids.nodes);
  // A relation-kind filter hides edges between visible nodes; those stay out too.
  return { ...sub, edges: sub.edges.filter((e) => ids.edges.has(e.id)) };
}

/** Builds the file for one kind of export from what the canvas shows now. */
export function buildExport(kind: ExportKind, cy: Core): Pick<ExportRequest, 'data' | 'encoding'> {
  switch (kind) {
    case 'png': {
      const bb = cy.elements(':visible').boundingBox();
      const scale = Math.min(2, MAX_PNG_SIDE / Math.max(1, bb.w), MAX_PNG_SIDE / Math.max(1, bb.h));
      return { data: cy.png({ output: 'base64', full: true, scale, bg: background() }), encoding: 'base64' };
    }
    case 'svg':
      return { data: sceneToSvg(describeScene(cy, background(), canvasMeasure())), encoding: 'utf8' };
    case 'json':
      return { data: `${JSON.stringify(toJsonExport(visibleGraph(cy)), null, 2)}\n`, encoding: 'utf8' };
    case 'graphml':
      return { data: toGraphml(visibleGraph(cy)), encoding: 'utf8' };
  }
}

/**
 * Exports the current view: a picture of it (PNG, SVG) or its visible subgraph (JSON, GraphML),
 * through a save dialog in the desktop app and a download in the browser. The result is told in the
 * status area; a cancelled dialog says nothing.
 */
export async function exportView(kind: ExportKind, cy: Core): Promise<void> {
  const { notify } = useAtlas.getState();
  const what = EXPORT_KINDS.find((k) => k.kind === kind)?.label ?? kind;
  if (cy.nodes(':visible').empty()) {
    notify('There is nothing to export: no node is visible. Clear the filters or leave focus first.');
    return;
  }
  try {
    const api = getAtlasApi();
    const suggestedName = `service-atlas-${today()}.${kind}`;
    const result = await api.saveExport({ suggestedName, format: kind, ...buildExport(kind, cy) });
    if (!result.saved) return;
    if (api.platform === 'web') notify(`Downloaded ${suggestedName}.`);
    else notify(`Saved ${result.path?.split(/[\\/]/).pop() ?? suggestedName}.`);
  } catch (err) {
    notify(
      `The ${what} export did not work: ${(err as Error).message || 'unknown error'}. Nothing was saved.`,
    );
  }
}
