import { EXPORT_FORMATS, exportGraph, subgraph, type ExportFormatName } from '../../../graph-data';
import { getAtlasApi, type ExportFilesRequest } from '../../api';
import type { AtlasEngine } from '../../engine/atlas-engine';
import { useAtlas } from '../../state/store';

/** A picture of the canvas, or one of graph-data's data formats of the visible graph. */
export type ExportKind = 'png' | 'svg' | ExportFormatName;

/** Short names for the menu: "Visible graph (GEXF)". */
const DATA_LABELS: Record<ExportFormatName, string> = {
  json: 'JSON',
  cyjs: 'Cytoscape JSON',
  graphml: 'GraphML',
  gexf: 'GEXF',
  cypher: 'Cypher for Neo4j',
  'neo4j-csv': 'CSV for neo4j-admin',
  csv: 'CSV for Kumu',
};

/** The export menu's items, in order: the two pictures, then every data format. */
export const EXPORT_KINDS: { kind: ExportKind; label: string; hint: string }[] = [
  {
    kind: 'png',
    label: 'Picture (PNG)',
    hint: 'An image of the whole visible graph as drawn, at twice screen resolution',
  },
  {
    kind: 'svg',
    label: 'Picture (SVG)',
    hint: 'A scalable drawing of the visible graph as drawn, for documents and slides',
  },
  ...EXPORT_FORMATS.map((f) => ({
    kind: f.name,
    label: `Visible graph (${DATA_LABELS[f.name]})`,
    hint: `${f.purpose}${f.multiFile ? ' Several files, saved into a folder.' : ''}`,
  })),
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

/** The files of one export of what the canvas shows now, named for today. */
export function buildExport(kind: ExportKind, engine: AtlasEngine): ExportFilesRequest {
  const stem = `service-atlas-${today()}`;
  if (kind === 'png')
    return {
      files: [
        { name: `${stem}.png`, mediaType: 'image/png', bytes: base64Bytes(engine.pngBase64(background())) },
      ],
    };
  if (kind === 'svg')
    return { files: [{ name: `${stem}.svg`, mediaType: 'image/svg+xml', text: engine.svg(background()) }] };
  const visible = visibleGraph(engine);
  const ids = new Set(visible.nodes.map((n) => n.id));
  const shown = Object.fromEntries(Object.entries(engine.nodePositions()).filter(([id]) => ids.has(id)));
  const files = exportGraph(visible, kind, { positions: shown });
  const info = EXPORT_FORMATS.find((f) => f.name === kind)!;
  return {
    title: `Export the visible graph as ${DATA_LABELS[kind]}`,
    // One file is named for today; a format of several files keeps the names its reader expects.
    files: info.multiFile
      ? files.map((f) => ({ name: f.name, mediaType: f.mediaType, text: f.text }))
      : files.map((f) => ({
          name: `${stem}.${f.name.split('.').pop()}`,
          mediaType: f.mediaType,
          text: f.text,
        })),
  };
}

function base64Bytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
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
    const request = buildExport(kind, engine);
    const names = request.files.map((f) => f.name);
    const result = await api.saveExport(request);
    if (!result.saved) return;
    const list = (result.files ?? names).join(' and ');
    if (api.platform === 'web') notify(`Downloaded ${list}.`);
    else if (names.length === 1) notify(`Saved ${result.path?.split(/[\\/]/).pop() ?? names[0]}.`);
    else notify(`Saved ${list} in ${result.path ?? 'the folder you chose'}.`);
  } catch (err) {
    // Electron prefixes errors from main; the sentence after it is the one meant for the user.
    const message = ((err as Error).message || 'unknown error').replace(
      /^Error invoking remote method '[^']+': (Error: )?/,
      '',
    );
    notify(`The ${what} export did not work: ${message}. Nothing was saved.`);
  }
}
