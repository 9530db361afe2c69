import type { AtlasState } from '../state/store';
import { graphView } from './graph-view';

/*
 * The canvas's visual state as element classes, in two parts:
 * - graphClasses: what the graph itself carries (hidden, focus centre, study overlays).
 * - spotlightClasses: what is drawn above the graph, in the spotlight (see spotlight.ts): search hits
 *   and the selection with its relations; or, with the rest dimmed under the veil, a hovered node's
 *   neighbourhood or a facet filter's matches and reasons.
 * Clicking, hovering and filtering thus change only the few elements they light, never the whole
 * graph, whose canvas is then not redrawn at all.
 */

/** Classes per element id for the graph itself. */
export function graphClasses(s: AtlasState): Map<string, string> {
  const data = s.data;
  const view = graphView(data, s.filters, s.focus, s.hideInferred, s.keepOrphans);
  const out = new Map<string, string>();
  const overlays = Object.values(s.overlays);
  const overlayClasses = (id: string) => overlays.flatMap((o) => (o[id] ? [o[id]] : []));
  for (const n of data.graph.nodes) {
    if (!view.visibleNodes.has(n.id)) {
      out.set(n.id, 'hidden');
      continue;
    }
    const c = overlayClasses(n.id);
    if (n.id === s.focus?.node) c.unshift('focus-centre');
    out.set(n.id, c.join(' '));
  }
  for (const e of data.graph.edges) {
    if (!view.visibleEdges.has(e.id)) {
      out.set(e.id, 'hidden');
      continue;
    }
    out.set(e.id, overlayClasses(e.id).join(' '));
  }
  return out;
}

/** What the spotlight lights (id -> extra classes), and whether the rest is dimmed. */
export interface Lit {
  classes: Map<string, string>;
  dimRest: boolean;
}

/**
 * The elements drawn in the spotlight, or null when none. A hover lights the hovered node, its
 * neighbours and the edges between them, and dims the rest; otherwise a facet filter lights its
 * matches, the programmes and edges that justify them and the selection, and dims the rest;
 * otherwise search hits and the selection with its relations and neighbours are lit, and nothing
 * is dimmed. Edges are only listed with both their ends.
 */
export function spotlightClasses(s: AtlasState): Lit | null {
  const data = s.data;
  const view = graphView(data, s.filters, s.focus, s.hideInferred, s.keepOrphans);
  const out = new Map<string, string>();
  const hits = new Set(s.hits.map((h) => h.id));
  // The selection and search hits keep their look wherever they are lit.
  const own = (id: string) => (id === s.selection ? ' selected-node' : '') + (hits.has(id) ? ' hit' : '');
  const light = (id: string, classes: string) => out.set(id, (classes + own(id)).trim());
  const hovered = s.hovered && view.visibleNodes.has(s.hovered) ? data.view(s.hovered) : undefined;
  const selected = s.selection && view.visibleNodes.has(s.selection) ? data.view(s.selection) : undefined;
  if (hovered) {
    light(hovered.node.id, 'hover');
    for (const id of hovered.neighbours) if (view.visibleNodes.has(id)) light(id, 'hover-nb');
    for (const id of hovered.edgeIds) if (view.visibleEdges.has(id)) out.set(id, 'hover-edge show-label');
    return { classes: out, dimRest: true };
  }
  // A study tool's emphasis (a path, a quiz answer) is what the user asked to see: light it, dim the rest.
  const emphasis = emphasised(s);
  if (emphasis.size > 0) {
    for (const [id, classes] of emphasis) {
      if (data.index.node.has(id)) {
        if (view.visibleNodes.has(id)) light(id, classes);
      } else if (view.visibleEdges.has(id)) out.set(id, `${classes} show-label`);
    }
    if (selected && !out.has(selected.node.id)) light(selected.node.id, '');
    return { classes: out, dimRest: true };
  }
  if (view.matches) {
    for (const id of view.matches.keys()) light(id, 'match');
    for (const id of view.reasonNodes) if (!out.has(id)) light(id, 'reason');
    // The notes say nothing either way: shown, ringed as unknown, not faded as a "no".
    for (const id of view.silent.keys()) if (!out.has(id)) light(id, 'not-in-notes');
    if (selected && !out.has(selected.node.id)) light(selected.node.id, '');
    for (const id of view.reasonEdges) out.set(id, 'reason');
    return { classes: out, dimRest: true };
  }
  if (selected) {
    for (const id of selected.neighbours) if (view.visibleNodes.has(id)) light(id, '');
    for (const id of selected.edgeIds) if (view.visibleEdges.has(id)) out.set(id, 'selected-edge show-label');
    light(selected.node.id, '');
  }
  for (const id of hits) if (view.visibleNodes.has(id)) light(id, '');
  return out.size ? { classes: out, dimRest: false } : null;
}

/** Overlay entries that emphasise (`path-node`, `path-edge`), merged across owners. */
function emphasised(s: AtlasState): Map<string, string> {
  const out = new Map<string, string>();
  for (const overlay of Object.values(s.overlays)) {
    for (const [id, classes] of Object.entries(overlay)) {
      if (!/\bpath-(node|edge)\b/.test(classes)) continue;
      out.set(id, out.has(id) ? `${out.get(id)} ${classes}` : classes);
    }
  }
  return out;
}
