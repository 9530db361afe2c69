/*
 * Which labels the canvas draws, and how big: level of detail computed from the real zoom (not
 * Cytoscape's `min-zoomed-font-size`, which it tests against a power-of-two texture scale).
 * - A label is drawn at its own size when that is readable on screen (at least READABLE_PX).
 * - The labels that teach the graph's shape (services, the hubs that join them) and those lit by the
 *   selection, a hover or a study tool are always drawn, at least BOOST_PX tall on screen, in their
 *   short form ("EKS" for "Amazon Elastic Kubernetes Service (EKS)") while boosted.
 * - Labels are placed in order of importance and a label that would overlap one already placed is
 *   left out, so that what is drawn can be read.
 */

/** The smallest label, in screen pixels, the canvas draws. */
export const READABLE_PX = 11;
/**
 * Up to this many services, every one is named whatever it overlaps (a course's few services are
 * what its notes are about); a vault with more has its services named where they fit, as hubs are.
 */
export const ALWAYS_NAMED_SERVICES = 12;
/** The screen size, in pixels, of a label drawn larger than its own size so that it can be read. */
export const BOOST_PX = 12;
/**
 * A graph of at most this many nodes (a few notes) has every name drawn readable where it fits,
 * however far out the view: its whole shape is the lesson, and there is room to name it.
 */
export const ALL_NAMED_UP_TO = 30;

/**
 * How a label must be treated: drawn whatever it overlaps and wherever it is ('keep', the
 * selection), drawn over other labels but only inside the window ('always'), drawn boosted when it
 * fits, or drawn only at its own size when it fits.
 */
export type LabelMode = 'keep' | 'always' | 'boost' | 'natural';

/** A label that may be drawn. Sizes are per pixel of font, so that one measure serves every zoom. */
export interface LabelCandidate {
  id: string;
  /** Anchor on screen (model position x zoom; the pan does not matter for overlaps). */
  x: number;
  y: number;
  /** 'below': the label's top centre is at the anchor (node labels); 'centre' (edge labels). */
  anchor: 'below' | 'centre';
  /** The label's own font size on screen: its font size in graph units times the zoom. */
  naturalPx: number;
  /** Width and height of the label at its own size, wrapped as drawn, at a 1 px font. */
  w: number;
  h: number;
  /** The same for the label drawn boosted (its short form when it has one), when it can be. */
  boosted?: { w: number; h: number; short: boolean };
  mode: LabelMode;
  /** Lower is placed first. */
  rank: number;
  /**
   * How much of each node body keeps this label off, from 0 (none) to 1 (all of it, the default);
   * edge labels sit on their line, between bodies, and may graze them.
   */
  avoidBodies?: number;
  /**
   * A lit label (the selection's neighbours, a hover's): drawn boosted (its own size too small to
   * read), only the bodies of lit nodes keep it off. What is lit is drawn above the rest, so its
   * name may cover a node that is not, rather than be left out wherever the graph is dense.
   */
  overUnlit?: boolean;
}

/** A node's body on screen, as an obstacle to labels; `lit` when the node is lit. */
export type Body = Rect & { lit?: boolean };

/** How a drawn label is drawn: its font size on screen, whether boosted and whether in its short form. */
export interface LabelPlacement {
  px: number;
  boosted: boolean;
  short: boolean;
}

/** A body smaller than this on screen, in pixels, keeps no label off. */
const SPECK_PX = 5;
/** Space kept free around each label, in screen pixels. */
const GAP = 2;
const CELL = 96;

/**
 * The labels to draw (id -> placement); those left out are not drawn. `boostPx` is the screen size
 * of boosted labels (BOOST_PX, or a little more when the zoom is quantised by the caller);
 * `obstacles` (the nodes' bodies, on screen) are kept clear of node labels not always drawn (a lit
 * label only of lit bodies), and
 * with a `view` (the window), a label it would cut is left out too (but the kept one).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  boostPx = BOOST_PX,
  obstacles: readonly Body[] = [],
  view?: Rect,
): Map<string, LabelPlacement> {
  const out = new Map<string, LabelPlacement>();
  const grid = new Map<string, Rect[]>();
  const bodies = new Map<string, Rect[]>();
  const litBodies = new Map<string, Rect[]>();
  for (const r of obstacles) {
    // A node drawn smaller than this is a speck on a map of the whole graph: names may cover it.
    if (r.x2 - r.x1 < SPECK_PX && r.y2 - r.y1 < SPECK_PX) continue;
    insert(bodies, r);
    if (r.lit) insert(litBodies, r);
  }
  const order = [...candidates].sort((a, b) => a.rank - b.rank || b.naturalPx - a.naturalPx);
  for (const c of order) {
    const natural = c.naturalPx >= READABLE_PX;
    if (!natural && c.mode === 'natural') continue;
    // What may be drawn, best first: the full label at its own size, else its short form (at its
    // own size, or boosted when that is too small to read).
    const tries: (LabelPlacement & { size: { w: number; h: number } })[] = [];
    if (natural) tries.push({ px: c.naturalPx, boosted: false, short: false, size: c });
    if (c.boosted && (c.boosted.short || !natural))
      tries.push({
        px: natural ? c.naturalPx : boostPx,
        boosted: !natural,
        short: c.boosted.short,
        size: c.boosted,
      });
    const free = c.mode === 'keep' || c.mode === 'always';
    let chosen: { placement: LabelPlacement; rect: Rect } | null = null;
    for (const t of tries) {
      const rect = box(c, t.size, t.px);
      if (c.mode !== 'keep' && view && !inside(rect, view)) continue;
      // Over unlit bodies only when boosted: a name drawn at its own (readable) size is large
      // enough to hide what it covers, and keeps to the free space as any other.
      const obstacles = c.overUnlit && t.boosted ? litBodies : bodies;
      const blocked = collides(grid, rect) || collides(obstacles, rect, c.avoidBodies ?? 1);
      const placement = { px: t.px, boosted: t.boosted, short: t.short };
      // Labels that must be drawn take the shortest form when every form overlaps something.
      if (!blocked || (free && (t === tries.at(-1) || c.mode === 'keep'))) {
        chosen = { placement, rect };
        break;
      }
    }
    if (!chosen) continue;
    insert(grid, chosen.rect);
    out.set(c.id, chosen.placement);
  }
  return out;
}

/**
 * A shorter name for a label drawn small: the abbreviation in brackets ("Amazon Elastic Kubernetes
 * Service (EKS)" -> "EKS"), else the name without "Amazon " or "AWS " ("AWS Fargate" -> "Fargate").
 * Undefined when nothing shorter is found.
 */
export function shortLabel(label: string): string | undefined {
  const abbreviation = /\(([A-Z][A-Za-z0-9-]{1,9})\)\s*$/.exec(label)?.[1];
  if (abbreviation) return abbreviation;
  const bare = label.replace(/^(Amazon|AWS)\s+/, '');
  return bare !== label && bare.length > 0 ? bare : undefined;
}

/** A box on screen. */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a label of this size sits on screen, with the gap kept around it. */
function box(c: LabelCandidate, size: { w: number; h: number }, px: number): Rect {
  const w = size.w * px + 2 * GAP;
  const h = size.h * px + 2 * GAP;
  const top = c.anchor === 'below' ? c.y - GAP : c.y - h / 2;
  return { x1: c.x - w / 2, x2: c.x + w / 2, y1: top, y2: top + h };
}

function inside(r: Rect, view: Rect): boolean {
  return r.x1 >= view.x1 && r.x2 <= view.x2 && r.y1 >= view.y1 && r.y2 <= view.y2;
}

function cells(r: Rect): string[] {
  const out: string[] = [];
  for (let i = Math.floor(r.x1 / CELL); i <= Math.floor(r.x2 / CELL); i++)
    for (let j = Math.floor(r.y1 / CELL); j <= Math.floor(r.y2 / CELL); j++) out.push(`${i},${j}`);
  return out;
}

/** Whether `r` overlaps a box of the grid, each box shrunk about its centre to `part` of its size. */
function collides(grid: Map<string, Rect[]>, r: Rect, part = 1): boolean {
  if (part <= 0) return false;
  for (const key of cells(r))
    for (const o of grid.get(key) ?? []) {
      const dx = ((o.x2 - o.x1) * (1 - part)) / 2;
      const dy = ((o.y2 - o.y1) * (1 - part)) / 2;
      if (r.x1 < o.x2 - dx && o.x1 + dx < r.x2 && r.y1 < o.y2 - dy && o.y1 + dy < r.y2) return true;
    }
  return false;
}

function insert(grid: Map<string, Rect[]>, r: Rect): void {
  for (const key of cells(r)) {
    const list = grid.get(key);
    if (list) list.push(r);
    else grid.set(key, [r]);
  }
}

/**
 * Nodes whose names are always drawn: the services, and the nodes related (either way) to three or
 * more of them, the programmes and integrations they share, at most one in twenty nodes (at least
 * eight), the most shared first, then the most related; every node of a small graph
 * ({@link ALL_NAMED_UP_TO}). Counted over the relations once: asking each node for its neighbourhood
 * costs half a second at 20,000 nodes.
 */
export function pinnedNames(
  nodes: readonly { id: string; kind: string; degree: number }[],
  edges: readonly { source: string; target: string }[],
): { ids: Set<string>; services: number } {
  const services = new Set(nodes.filter((n) => n.kind === 'service').map((n) => n.id));
  if (nodes.length <= ALL_NAMED_UP_TO)
    return { ids: new Set(nodes.map((n) => n.id)), services: services.size };
  const near = new Map<string, Set<string>>();
  const touch = (id: string, service: string) => {
    if (services.has(id)) return;
    const set = near.get(id);
    if (set) set.add(service);
    else near.set(id, new Set([service]));
  };
  for (const e of edges) {
    if (services.has(e.source)) touch(e.target, e.source);
    if (services.has(e.target)) touch(e.source, e.target);
  }
  const degree = new Map(nodes.map((n) => [n.id, n.degree]));
  const shared = [...near]
    .filter(([, around]) => around.size >= 3)
    .map(([id, around]) => ({ id, services: around.size, degree: degree.get(id) ?? 0 }))
    .sort((a, b) => b.services - a.services || b.degree - a.degree || (a.id < b.id ? -1 : 1))
    .slice(0, Math.max(8, Math.ceil(nodes.length / 20)));
  return { ids: new Set([...services, ...shared.map((x) => x.id)]), services: services.size };
}
