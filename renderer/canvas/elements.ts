import type { ElementDefinition } from 'cytoscape';
import { relationInfo, type Graph } from '../../graph-data';
import { KIND_STYLE } from './kind-style';
import { shortLabel } from './label-levels';

/** Label sizes, in graph units: a leaf's, the most a hub's grows to, and what a service adds. */
const FONT = { base: 13, max: 26, service: 8 };
/** How wide a node label may grow before it wraps, in graph units at its own font size. */
export const LABEL_WIDTH = 150;
/** The font size of relation verbs, in graph units. */
export const EDGE_FONT = 12;
/** The ring around every node body, in graph units (the stylesheet's `border-width`). */
export const NODE_BORDER = 3;

/** A relation's line width, in graph units (a lit one in a large graph's overview is drawn wider). */
export const EDGE_WIDTH = 1.4;

/**
 * A node's drawn width and height with its ring, as Cytoscape's `outerWidth()` gives it, read from
 * its data: asking Cytoscape computes the node's style, which on a large graph adds up to seconds.
 */
export function outerSize(node: { data(key: string): unknown }): number {
  return (Number(node.data('size')) || 0) + NODE_BORDER;
}

/**
 * How much bigger than its kind's size a node is drawn: hubs (many relations) grow with the square
 * root of their degree, up to 1.8 times, so that the nodes everything hangs on are seen first.
 */
export function sizeFactor(degree: number): number {
  return Math.min(1.8, Math.max(1, 0.85 + 0.11 * Math.sqrt(degree)));
}

/** A node's label size for its degree; services get a head start, being what the notes are about. */
export function labelSize(degree: number, isService: boolean): number {
  const size = Math.min(FONT.max, FONT.base + 2.2 * Math.sqrt(degree));
  return Math.round(size + (isService ? FONT.service : 0));
}

/**
 * How many relations each node has; a relation from a node to itself counts twice, or (`loops:
 * false`, as Cytoscape's `degree(false)`) not at all.
 */
export function nodeDegrees(
  edges: readonly { source: string; target: string }[],
  options: { loops: boolean },
): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of edges) {
    if (!options.loops && e.source === e.target) continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}

/**
 * Cytoscape elements for the graph. Each node carries its degree (for the layout), its drawn size,
 * its label size and short label; each edge its verb both ways and whether it must curve (it shares
 * both ends with another edge, or is a loop), since straight edges are cheaper to draw and restyle.
 * `labelFont`, `labelWidth` and `caption` are what is drawn now: the label layer
 * (renderer/engine/label-layer.ts) changes them with the zoom. `classes` are given to every element.
 */
export function graphElements(graph: Graph, options: { classes?: string } = {}): ElementDefinition[] {
  // Classes every element is born with (a large graph's hidden labels), instead of one change each.
  const born = options.classes ? { classes: options.classes } : {};
  const degree = nodeDegrees(graph.edges, { loops: true });
  const pair = (e: { source: string; target: string }) =>
    e.source < e.target ? `${e.source} ${e.target}` : `${e.target} ${e.source}`;
  const perPair = new Map<string, number>();
  for (const e of graph.edges) perPair.set(pair(e), (perPair.get(pair(e)) ?? 0) + 1);
  return [
    ...graph.nodes.map((n) => {
      const d = degree.get(n.id) ?? 0;
      const fontSize = labelSize(d, n.kind === 'service');
      const short = shortLabel(n.label);
      return {
        group: 'nodes' as const,
        ...born,
        data: {
          id: n.id,
          label: n.label,
          kind: n.kind,
          degree: d,
          size: Math.round(KIND_STYLE[n.kind].size * sizeFactor(d)),
          fontSize,
          labelFont: fontSize,
          labelWidth: LABEL_WIDTH,
          ...(short ? { short } : {}),
          origin: n.origin ?? 'built-in',
          placeholder: n.placeholder ?? false,
        },
      };
    }),
    ...graph.edges.map((e) => {
      const qualifier = e.qualifier ? ` (${e.qualifier})` : '';
      const verb = relationInfo(e.kind).verb + qualifier;
      return {
        group: 'edges' as const,
        ...born,
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          kind: e.kind,
          verb,
          back: relationInfo(e.kind).inverse + qualifier,
          caption: verb,
          labelFont: EDGE_FONT,
          lineWidth: EDGE_WIDTH,
          curved: e.source === e.target || (perPair.get(pair(e)) ?? 0) > 1,
          inferred: Boolean(e.inferred),
        },
      };
    }),
  ];
}
