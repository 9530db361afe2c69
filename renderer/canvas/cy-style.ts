import type { StylesheetJson } from 'cytoscape';
import { NODE_KINDS } from '../../graph-data';
import { EDGE_WIDTH, NODE_BORDER } from './elements';
import { KIND_STYLE } from './kind-style';

const PALETTE = {
  light: {
    bg: '#f7f8fa',
    text: '#1d2330',
    muted: '#5b6475',
    edge: '#a3abb9',
    strong: '#4b5363',
    accent: '#b3261e',
    hit: '#ffd54a',
    sel: '#111827',
    path: '#6d28d9',
    mastery: { new: '#9aa3b2', learning: '#e09b1a', known: '#1a9e5a', due: '#d43f3a' },
  },
  dark: {
    bg: '#151922',
    text: '#e8ebf1',
    muted: '#a4adbd',
    edge: '#5b6475',
    strong: '#c9d0dc',
    accent: '#ff8a7a',
    hit: '#ffd54a',
    sel: '#ffffff',
    path: '#c4a5ff',
    mastery: { new: '#7d8594', learning: '#f0b541', known: '#4cc88a', due: '#ff7a73' },
  },
} as const;

/** The canvas's background in a theme: what labels are outlined with and the veil is made of. */
export function canvasBackground(theme: 'light' | 'dark'): string {
  return PALETTE[theme].bg;
}

/**
 * The Cytoscape stylesheet for a theme (and, for a large graph seen whole, its overview). The graph carries `hidden`, `focus-centre` and the study
 * tools' overlay classes, and the interaction classes (`selected-node`, `hit`, `hover`, `match`...)
 * and `lit` set by the engine (renderer/engine/class-diff.ts). What is not lit while something is
 * fades under the engine's veil (renderer/engine/veil.ts), not through a class.
 *
 * Those interaction classes change paint only where they can (colours, z-order, label background),
 * not sizes: a size change makes Cytoscape recompute the bounds of the node and the curve of every
 * edge touching it. The widths they need are set once in the base styles, in the background colour
 * or at zero opacity.
 */
export function cyStyle(theme: 'light' | 'dark', options: { overview?: boolean } = {}): StylesheetJson {
  const p = PALETTE[theme];
  // In a large graph's overview only lit relations are drawn: the relations' own styles are given to
  // those alone, and the tens of thousands of others are styled with `display: none` and nothing
  // else (restyling every element is most of the time it takes to show a large graph).
  const edges = options.overview ? 'edge.lit' : 'edge';
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        color: p.text,
        // Short on purpose: Cytoscape hashes every string style value of an element on each restyle.
        'font-family': 'system-ui, sans-serif',
        // Node and label sizes grow with the number of relations (renderer/canvas/elements.ts).
        width: 'data(size)',
        height: 'data(size)',
        // What is drawn at which size is the label layer's (renderer/engine/label-layer.ts): it keeps
        // every drawn label readable at the real zoom and sets `labelFont` and `labelWidth`.
        'font-size': 'data(labelFont)',
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': 'data(labelWidth)',
        'text-outline-color': p.bg,
        'text-outline-width': 2.5,
        // The selected node's label becomes a chip; the padding is here so that selecting costs no resize.
        'text-background-color': p.sel,
        'text-background-opacity': 0,
        'text-background-padding': '3px',
        'text-background-shape': 'roundrectangle',
        // A ring in the background colour keeps nodes apart from the edges under them; states recolour it.
        'border-width': NODE_BORDER,
        'border-color': p.bg,
      },
    },
    ...NODE_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: {
        'background-color': KIND_STYLE[kind].color,
        shape: KIND_STYLE[kind].shape,
      },
    })),
    { selector: 'node[kind = "service"]', style: { 'font-weight': 700 } },
    {
      selector: edges,
      style: {
        width: EDGE_WIDTH,
        'line-color': p.edge,
        'target-arrow-color': p.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        // Straight is cheaper to restyle; only edges sharing their two ends need bezier's fanning out.
        'curve-style': 'straight',
        // The caption is the verb, or the verbs of every relation between the same two nodes.
        label: 'data(caption)',
        'font-size': 'data(labelFont)',
        color: p.muted,
        // Horizontal chips read more easily than text along the line, and are what the overlap test measures.
        'text-rotation': 'none',
        'text-background-color': p.bg,
        'text-background-opacity': 0.92,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
      },
    },
    { selector: `${edges}[?curved]`, style: { 'curve-style': 'bezier' } },
    // Relations a reader inferred from prose are dashed; the user's own nodes wear an outer ring,
    // and notes linked to but not written yet are hollow, as in Obsidian's graph.
    { selector: `${edges}[?inferred]`, style: { 'line-style': 'dashed' } },
    {
      selector: 'node[origin = "notes"]',
      style: { 'outline-width': 2, 'outline-color': p.path, 'outline-offset': 2 },
    },
    {
      selector: 'node[?placeholder]',
      style: { 'background-opacity': 0.25, 'border-style': 'dashed', 'border-color': p.muted },
    },
    // A large graph seen whole draws only the relations something lights (the engine's level of
    // detail, renderer/engine/scale.ts): tens of thousands of lines there are a grey haze that
    // costs most of each frame. Before `.hidden`, which wins over both.
    ...(options.overview
      ? [
          { selector: 'edge', style: { display: 'none' as const } },
          { selector: 'edge.lit', style: { display: 'element' as const } },
        ]
      : []),
    { selector: '.hidden', style: { display: 'none' } },
    // Level of detail (renderer/engine/label-layer.ts): labels too small or in the way are not drawn,
    // and names drawn larger than their own size to be read use their short form.
    { selector: '.label-hidden', style: { label: '' } },
    { selector: 'node.label-short', style: { label: 'data(short)' } },
    { selector: 'node.lit', style: { 'z-index': 5 } },
    // Rings recolour the border; the glow is an underlay.
    {
      selector: 'node.match',
      style: { 'border-color': p.accent, 'underlay-color': p.accent, 'underlay-opacity': 0.45 },
    },
    {
      selector: 'node.reason',
      style: {
        'border-color': p.accent,
        'border-style': 'dashed',
        'underlay-color': p.accent,
        'underlay-opacity': 0.25,
      },
    },
    {
      selector: 'node.not-in-notes',
      style: { 'border-color': p.muted, 'border-style': 'dotted' },
    },
    // Only a few edges justify a match: they can afford a wider line.
    {
      selector: 'edge.reason',
      style: { 'line-color': p.accent, 'target-arrow-color': p.accent, width: 2.5 },
    },
    {
      selector: 'node.hit',
      style: {
        'underlay-color': p.hit,
        'underlay-opacity': 0.75,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
      },
    },
    { selector: 'node.hover', style: { 'border-color': p.muted, 'z-index': 10 } },
    { selector: 'node.hover-nb', style: { 'z-index': 10 } },
    {
      selector: 'edge.hover-edge, edge.selected-edge',
      style: { 'line-color': p.strong, 'target-arrow-color': p.strong, 'z-index': 10 },
    },
    { selector: 'edge.show-label', style: { color: p.text, 'z-index': 11 } },
    {
      selector: 'node.selected-node',
      style: {
        'border-color': p.sel,
        color: p.bg,
        'text-background-opacity': 1,
        'text-outline-opacity': 0,
        'z-index': 20,
      },
    },
    { selector: 'node.focus-centre', style: { 'border-style': 'double', 'border-width': 6 } },
    // Overlays set by the study tools (renderer/state/store.ts `overlays`).
    {
      selector: 'node.path-node',
      style: { 'border-color': p.path, 'border-width': 5, 'font-weight': 700, 'z-index': 30 },
    },
    {
      selector: 'edge.path-edge',
      style: {
        'line-color': p.path,
        'target-arrow-color': p.path,
        width: 4,
        'z-index': 30,
        color: p.text,
      },
    },
    { selector: 'node.compare-subject', style: { 'border-color': p.path, 'border-width': 4 } },
    ...(['new', 'learning', 'known', 'due'] as const).map((m) => ({
      selector: `node.mastery-${m}`,
      style: { 'underlay-color': p.mastery[m], 'underlay-opacity': 0.55, 'underlay-padding': 8 },
    })),
    // Seen whole, a large graph is drawn at a tenth of its size or less, where a line 1.4 units wide
    // is a tenth of a pixel: the label layer keeps a lit relation's `lineWidth` at least 1.5 pixels
    // on screen. Last, so that it wins over the widths above.
    ...(options.overview ? [{ selector: 'edge.lit', style: { width: 'data(lineWidth)' } }] : []),
  ];
}
