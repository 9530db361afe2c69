import { subgraph, toGraphml, toJsonExport } from '../../../graph-data';
import { getAtlasApi, type ExportRequest } from '../../api';
import type { AtlasEngine } from '../../engine/atlas-engine';
import { useAtlas } from '../../state/store';

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

/** The theme's canvas background (the pictures carry it, so labels stay readable on any page). */
function background(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
}

/** Today as 2025-06-30, in the user's time zone. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The visible part of the graph: visible nodes, and the relations between them that are shown. */
function visibleGraph(engine: AtlasEngine) {
  const ids = engine.visibleIds();
  const sub = subgraph(engine.data.graph, ids.nodes);
  // A relation-kind filter hides edges between visible nodes; those stay out too.
  return { ...sub, edges: sub.edges.filter((e) => ids.edges.has(e.id)) };
}

/** Builds the file for one kind of export from what the canvas shows now. */
export function buildExport(kind: ExportKind, engine: AtlasEngine): Pick<ExportRequest, 'data' | 'encoding'> {
  switch (kind) {
    case 'png':
      return { data: engine.pngBase64(background()), encoding: 'base64' };
    case 'svg':
      return { data: engine.svg(background()), encoding: 'utf8' };
    case 'json':
      return { data: `${JSON.stringify(toJsonExport(visibleGraph(engine)), null, 2)}\n`, encoding: 'utf8' };
    case 'graphml':
      return { data: toGraphml(visibleGraph(engine)), encoding: 'utf8' };
  }
}

/**
 * Exports the current view: a picture of it (PNG, SVG) or its visible subgraph (JSON, GraphML),
 * through a save dialog in the desktop app and a download in the browser. The result is told in the
 * status area; a cancelled dialog says nothing.
 */
export async function exportView(kind: ExportKind, engine: AtlasEngine): Promise<void> {
  const { notify } = useAtlas.getState();
  const what = EXPORT_KINDS.find((k) => k.kind === kind)?.label ?? kind;
  if (engine.visibleIds().nodes.size === 0) {
    notify('There is nothing to export: no node is visible. Clear the filters or leave focus first.');
    return;
  }
  try {
    const api = getAtlasApi();
    const suggestedName = `service-atlas-${today()}.${kind}`;
    const result = await api.saveExport({ suggestedName, format: kind, ...buildExport(kind, engine) });
    if (!result.saved) return;
    if (api.platform === 'web') notify(`Downloaded ${suggestedName}.`);
    else notify(`Saved ${result.path?.split(/[\\/]/).pop() ?? suggestedName}.`);
  } catch (err) {
    notify(
      `The ${what} export did not work: ${(err as Error).message || 'unknown error'}. Nothing was saved.`,
    );
  }
}
