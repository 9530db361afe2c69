import type { StylesheetJson } from 'cytoscape';
import { NODE_KINDS } from '../../graph-data';
import { KIND_STYLE } from './kind-style';

const PALETTE = {
  light: {
    bg: '#f7f8fa',
    text: '#1d2330',
    muted: '#5b6475',
    edge: '#a3abb9',
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
    accent: '#ff8a7a',
    hit: '#ffd54a',
    sel: '#ffffff',
    path: '#c4a5ff',
    mastery: { new: '#7d8594', learning: '#f0b541', known: '#4cc88a', due: '#ff7a73' },
  },
} as const;

/** The Cytoscape stylesheet for a theme; classes are applied by the canvas from the store. */
export function cyStyle(theme: 'light' | 'dark'): StylesheetJson {
  const p = PALETTE[theme];
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        color: p.text,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 15,
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'text-outline-color': p.bg,
        'text-outline-width': 2.5,
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'border-color': p.bg,
        'text-outline-opacity': 0.9,
        'transition-property': 'opacity',
        'transition-duration': 120,
      },
    },
    ...NODE_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: {
        'background-color': KIND_STYLE[kind].color,
        shape: KIND_STYLE[kind].shape,
        width: KIND_STYLE[kind].size,
        height: KIND_STYLE[kind].size,
      },
    })),
    { selector: 'node[kind = "service"]', style: { 'font-size': 20, 'font-weight': 700 } },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': p.edge,
        'target-arrow-color': p.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(verb)',
        'font-size': 11,
        color: p.muted,
        'text-rotation': 'autorotate',
        'text-background-color': p.bg,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        // Verbs appear by themselves only once zoomed in far enough to read them.
        'min-zoomed-font-size': 12,
        'transition-property': 'opacity',
        'transition-duration': 120,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.18 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
    { selector: 'node.hover-dim', style: { opacity: 0.2 } },
    { selector: 'edge.hover-dim', style: { opacity: 0.1 } },
    { selector: 'node.match', style: { 'border-color': p.accent, 'border-width': 4 } },
    {
      selector: 'node.reason',
      style: { 'border-color': p.accent, 'border-width': 3, 'border-style': 'dashed' },
    },
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
    {
      selector: 'node.hover, node.hover-nb',
      style: { 'font-weight': 700, 'z-index': 10 },
    },
    {
      selector: 'edge.hover-edge, edge.selected-edge',
      style: { 'line-color': p.muted, 'target-arrow-color': p.muted, width: 2.2, 'z-index': 10 },
    },
    {
      selector: 'edge.show-label',
      style: { 'min-zoomed-font-size': 0, 'font-size': 13, color: p.text, 'z-index': 11 },
    },
    {
      selector: 'node.selected-node',
      style: {
        'border-color': p.sel,
        'border-width': 4,
        'font-weight': 700,
        'font-size': 18,
        'z-index': 20,
        'overlay-color': p.sel,
        'overlay-opacity': 0.08,
        'overlay-padding': 6,
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
        'min-zoomed-font-size': 0,
        'font-size': 13,
        color: p.text,
      },
    },
    { selector: 'node.compare-subject', style: { 'border-color': p.path, 'border-width': 4 } },
    ...(['new', 'learning', 'known', 'due'] as const).map((m) => ({
      selector: `node.mastery-${m}`,
      style: { 'underlay-color': p.mastery[m], 'underlay-opacity': 0.55, 'underlay-padding': 8 },
    })),
  ];
}
