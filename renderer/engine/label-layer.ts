import type { CollectionArgument, Core, EdgeSingular, NodeCollection, NodeSingular } from 'cytoscape';
import { bundleLabels, type BundleEdge } from '../canvas/edge-bundles';
import {
  ALWAYS_NAMED_SERVICES,
  BOOST_PX,
  READABLE_PX,
  pinnedNames,
  placeLabels,
  type Body,
  type LabelCandidate,
  type LabelMode,
} from '../canvas/label-levels';
import { LABEL_WIDTH, EDGE_FONT, EDGE_WIDTH, outerSize } from '../canvas/elements';
import { isOverview } from './scale';
import { cyRenderer, type CyRenderer } from './cy-renderer';
import type { CanvasClasses } from './class-diff';
import { canvasMeasure, wrapLabel, type Measure } from './picture/svg-scene';

/** Cytoscape draws a line of text this many font sizes tall (with the outline around it). */
const LINE_HEIGHT = 1.25;
/** Graph units between a node and its label (the stylesheet's `text-margin-y`). */
const LABEL_MARGIN = 5;
/** How wide a boosted label may grow before it wraps, in screen pixels. */
const BOOSTED_WIDTH_PX = 170;
/** The largest a label is drawn on screen, in pixels (a hub's name, zoomed in). */
const MAX_PX = 22;
/** Bodies keep labels off only their middle part, so that labels may graze a neighbour's edge. */
const BODY_SHRINK = 0.7;
/** Nodes this far beyond the window, in screen pixels, are left out of the labels' measuring. */
const CULL_MARGIN_PX = 200;
/** How wide a lit relation is drawn on screen, at least, in a large graph's overview (pixels). */
const LIT_LINE_PX = 1.5;
/** Boosted sizes change in steps of an eighth of an octave of zoom, so a zoom animation restyles rarely. */
const STEPS_PER_OCTAVE = 8;

interface Size {
  w: number;
  h: number;
}

/** The core's elements as plain arrays with their ids, until elements are added or removed. */
interface Elements {
  nodes: NodeSingular[];
  nodeIds: string[];
  edges: EdgeSingular[];
  edgeIds: string[];
  edgeById: Map<string, EdgeSingular>;
}

/**
 * Applies the level of detail of labels (renderer/canvas/label-levels.ts) to the core: which node
 * and edge labels are drawn (`label-hidden`, `label-short` classes through CanvasClasses) and the
 * font size of boosted ones (the `labelFont` and `labelWidth` data fields the stylesheet maps).
 * It runs after anything that changes what is lit or visible, and once a frame while the zoom changes;
 * it touches only the elements whose label changes.
 */
export class LabelLayer {
  /** Whether the labels are to be chosen again at the next frame. */
  private pending = false;
  private frame = 0;
  private readonly renderer: CyRenderer | null;
  private readonly sizes = new Map<string, { key: string; full: Size; boosted: Size & { short: boolean } }>();
  /** The font size and wrap width applied, as "font width", where not the element's own. */
  private readonly fonts = new Map<string, string>();
  private readonly captions = new Map<string, string>();
  /** The line width applied to lit relations, where not EDGE_WIDTH. */
  private readonly lines = new Map<string, number>();
  private pinned: Set<string> | null = null;
  /** Whether the services are few enough to name them all, over one another if need be. */
  private fewServices = true;
  private measure: Measure | null = null;
  /** Text widths at a 1 px font, by weight and text (the same verbs come back every frame). */
  private readonly widths = new Map<string, number>();

  /** The core's nodes and edges, until elements are added or removed. */
  private all: Elements | null = null;

  constructor(
    private readonly cy: Core,
    private readonly classes: CanvasClasses,
  ) {
    cy.on('zoom pan resize', () => this.schedule());
    cy.on('add remove', () => void (this.all = null));
    const r = cyRenderer(cy);
    this.renderer = r?.beforeRender && r.beforeRenderPriorities ? (r as CyRenderer) : null;
    // Chosen at the start of the frame that draws them, before Cytoscape restyles what changed
    // (eleCalcs), so a zoom step is drawn once with its labels rather than once before them.
    this.renderer?.beforeRender(() => {
      if (this.pending && !this.movingPicture()) this.run();
    }, this.renderer.beforeRenderPriorities.eleCalcs + 50);
  }

  /**
   * Whether a large graph is being panned or zoomed on a picture of itself (Cytoscape's
   * `textureOnViewport`): nothing but that picture is drawn until the gesture ends, so labels
   * chosen meanwhile would never be seen. They are chosen once, in the first frame after it.
   */
  private movingPicture(): boolean {
    const r = this.renderer;
    if (!r?.textureOnViewport) return false;
    return Boolean(r.pinching || r.swipePanning || r.hoverData?.dragging || r.data?.wheelZooming);
  }

  /** Forgets what was measured and applied (the elements were replaced). */
  reset(): void {
    this.all = null;
    this.sizes.clear();
    this.fonts.clear();
    this.captions.clear();
    this.lines.clear();
    this.pinned = null;
  }

  /**
   * Runs `work` with every node label drawn at its own size (what layouts that make room for labels
   * must measure, whatever the zoom, and what a picture shows), then chooses the labels again.
   */
  natural<T>(work: () => T): T {
    const cy = this.cy;
    const labels = new Map<string, string>();
    let changed: string[] = [];
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        labels.set(n.id(), '');
        const base = Number(n.data('fontSize')) || 13;
        if ((this.fonts.get(n.id()) ?? `${base} ${LABEL_WIDTH}`) === `${base} ${LABEL_WIDTH}`) return;
        this.fonts.delete(n.id());
        n.data({ labelFont: base, labelWidth: LABEL_WIDTH });
      });
      changed = this.classes.setLabels(cy, labels);
    });
    this.reproject(changed);
    try {
      return work();
    } finally {
      this.run();
    }
  }

  /** Runs at the next frame (several requests in one frame run once). */
  schedule(): void {
    this.pending = true;
    if (this.renderer || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.pending) this.run();
    });
  }

  /**
   * Chooses and applies the labels for `zoom` now. Without one, for the window as it is, where a
   * label the window's edge would cut is left out; with one (a framing being measured), for the whole
   * graph at that zoom, or only for the nodes `only` (their labels alone, no verbs: what a framing
   * of them measures), leaving every other label as it is.
   */
  run(zoom?: number, only?: NodeCollection): void {
    const cy = this.cy;
    const view =
      zoom === undefined
        ? { x1: -cy.pan().x, y1: -cy.pan().y, x2: cy.width() - cy.pan().x, y2: cy.height() - cy.pan().y }
        : undefined;
    zoom ??= cy.zoom();
    this.pending = false;
    if (this.frame) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
    const step = 2 ** (Math.floor(Math.log2(zoom) * STEPS_PER_OCTAVE) / STEPS_PER_OCTAVE);
    const boostFont = BOOST_PX / step;
    const boostPx = boostFont * zoom;
    const pinned = this.pinnedIds();
    const candidates: LabelCandidate[] = [];
    const bodies: Body[] = [];
    // What filters and focus hide is known without asking Cytoscape's `:visible`, which computes
    // every element's style (seconds at 10,000 nodes).
    const shown = (ele: NodeSingular | EdgeSingular) => !this.classes.isHidden(ele.id());
    const all = this.elements();
    const litEdges = only ? [] : this.litEdges(all);
    const nodes = only
      ? only.toArray().filter(shown)
      : all.nodes.filter((_, i) => !this.classes.isHidden(all.nodeIds[i]!));
    // Too small to read, a verb is drawn only where its relation is lit: then only those are looked at
    // (a large graph seen whole has tens of thousands of relations, and a pan reruns this each frame).
    const edges = only
      ? []
      : EDGE_FONT * zoom < READABLE_PX
        ? litEdges
        : all.edges.filter((_, i) => !this.classes.isHidden(all.edgeIds[i]!));
    const natural = new Map<string, number>();
    // Around the window (in model units times the zoom, as the candidates are): what lies beyond it
    // can neither be drawn nor keep a drawn label off, so a large graph is measured only where seen.
    const reach = view && {
      x1: view.x1 - CULL_MARGIN_PX,
      y1: view.y1 - CULL_MARGIN_PX,
      x2: view.x2 + CULL_MARGIN_PX,
      y2: view.y2 + CULL_MARGIN_PX,
    };

    nodes.forEach((n) => {
      const pos = n.position();
      const sx = pos.x * zoom;
      const sy = pos.y * zoom;
      const outside = reach && (sx < reach.x1 || sx > reach.x2 || sy < reach.y1 || sy > reach.y2);
      const selected = n.hasClass('selected-node');
      if (outside && !selected) return;
      const id = n.id();
      const lit = n.hasClass('lit');
      const font = Number(n.data('fontSize')) || 13;
      natural.set(id, font);
      const service = n.data('kind') === 'service';
      // The services are what the notes are about: always named, lit or not, unless faded under
      // the veil while something else is lit. Faded nodes keep the names they have, behind it.
      const mode: LabelMode = selected
        ? 'keep'
        : service && this.fewServices && !this.classes.isDimmed(id)
          ? 'always'
          : lit || pinned.has(id)
            ? 'boost'
            : 'natural';
      const outer = outerSize(n);
      const half = (outer * zoom * BODY_SHRINK) / 2;
      bodies.push({ x1: sx - half, x2: sx + half, y1: sy - half, y2: sy + half, lit: lit || selected });
      // A label too small to read at this zoom is not drawn: no need to measure it.
      if (mode === 'natural' && font * zoom < READABLE_PX) return;
      const dim = this.classes.isDimmed(id);
      const rank = selected
        ? 0
        : lit
          ? service
            ? 1
            : 2
          : (dim ? 20 : 0) + (service ? 3 : pinned.has(id) ? 4 : 10);
      const size = this.nodeSize(n, font);
      candidates.push({
        id,
        x: sx,
        y: (pos.y + outer / 2 + LABEL_MARGIN) * zoom,
        anchor: 'below',
        naturalPx: font * zoom,
        w: size.full.w,
        h: size.full.h,
        boosted: size.boosted,
        mode,
        rank,
        overUnlit: lit || selected,
      });
    });

    const shownEdges: BundleEdge[] = [];
    const edgeOf = new Map<string, EdgeSingular>();
    edges.forEach((e) => {
      const lit = e.hasClass('show-label');
      if (!lit && (this.classes.isDimmed(e.id()) || EDGE_FONT * zoom < READABLE_PX)) return;
      if (reach && !lit) {
        // A verb sits about half-way between the ends: one far beyond the window is not measured.
        const a = e.source().position();
        const b = e.target().position();
        const x = ((a.x + b.x) / 2) * zoom;
        const y = ((a.y + b.y) / 2) * zoom;
        if (x < reach.x1 || x > reach.x2 || y < reach.y1 || y > reach.y2) return;
      }
      edgeOf.set(e.id(), e);
      shownEdges.push({
        id: e.id(),
        source: e.data('source') as string,
        target: e.data('target') as string,
        verb: String(e.data('verb') ?? ''),
        back: String(e.data('back') ?? e.data('verb') ?? ''),
      });
    });
    const bundles = bundleLabels(shownEdges);
    const captions = new Map<string, string>();
    for (const [id, caption] of bundles) {
      if (caption === null) continue;
      const e = edgeOf.get(id)!;
      captions.set(id, caption);
      const base = EDGE_FONT;
      natural.set(id, base);
      const lit = e.hasClass('show-label');
      const mid = edgeMiddle(e);
      const width = this.textWidth(caption, 'normal');
      candidates.push({
        id,
        x: mid.x * zoom,
        y: mid.y * zoom,
        anchor: 'centre',
        naturalPx: base * zoom,
        w: width,
        h: LINE_HEIGHT,
        boosted: { w: width, h: LINE_HEIGHT, short: false },
        mode: lit ? 'boost' : 'natural',
        // A lit relation's verb is what the selection says: placed before its neighbours' names,
        // and it may graze the rim of a node (not cover its middle).
        rank: lit ? 1.5 : 12,
        avoidBodies: 0.5,
      });
    }

    const placed = placeLabels(candidates, boostPx, bodies, view);
    const labels = new Map<string, string>();
    let changed: string[] = [];
    cy.batch(() => {
      const apply = (ele: NodeSingular | EdgeSingular, isNode: boolean) => {
        const id = ele.id();
        const p = placed.get(id);
        labels.set(id, !p ? 'label-hidden' : p.short ? 'label-short' : '');
        if (!p) return;
        const base = natural.get(id)!;
        // Close up, a hub's name would grow to headline size: it stops at MAX_PX on screen.
        const font = p.boosted ? boostFont : Math.min(base, MAX_PX / step);
        // Short and boosted labels wrap wider than full ones at their own size.
        const width =
          isNode && (p.boosted || p.short)
            ? (font * BOOSTED_WIDTH_PX) / BOOST_PX
            : (LABEL_WIDTH * font) / base;
        const shape = `${font} ${width}`;
        if ((this.fonts.get(id) ?? `${base} ${LABEL_WIDTH}`) !== shape) {
          this.fonts.set(id, shape);
          if (isNode) ele.data({ labelFont: font, labelWidth: width });
          else ele.data('labelFont', font);
        }
        if (!isNode) {
          const caption = captions.get(id)!;
          if ((this.captions.get(id) ?? ele.data('verb')) !== caption) {
            this.captions.set(id, caption);
            ele.data('caption', caption);
          }
        }
      };
      if (!only) {
        // Lit relations in an overview are drawn wide enough to be seen (the stylesheet's `edge.lit`
        // there maps `lineWidth`); elsewhere the data is not read.
        const line = isOverview(cy) ? Math.max(EDGE_WIDTH, LIT_LINE_PX / step) : EDGE_WIDTH;
        for (const e of litEdges) {
          const id = e.id();
          if ((this.lines.get(id) ?? EDGE_WIDTH) === line) continue;
          this.lines.set(id, line);
          e.data('lineWidth', line);
        }
      }
      if (only) nodes.forEach((n) => apply(n, true));
      else if (this.classes.labelCount() < all.nodes.length + all.edges.length) {
        // Every element, hidden ones too, so that each carries its label class from now on.
        all.nodes.forEach((n) => apply(n, true));
        all.edges.forEach((e) => apply(e, false));
      } else {
        // Only what is named now or was named before can change: the rest stays label-hidden
        // (a click on a large graph touches dozens of elements, not all of them).
        for (const id of new Set([...placed.keys(), ...this.classes.namedIds()])) {
          const ele = cy.getElementById(id);
          if (ele.nonempty() && shown(ele)) apply(ele, ele.isNode());
        }
      }
      changed = this.classes.setLabels(cy, labels);
    });
    this.reproject(changed);
  }

  /**
   * Plain arrays, kept until elements come or go: `cy.edges()` tests every element and a filtered
   * collection indexes what it holds (tens of milliseconds for a large graph, on every click), and
   * Cytoscape's `id()` costs more than an array read when asked of every element on every frame.
   */
  private elements(): Elements {
    if (this.all) return this.all;
    const nodes = this.cy.nodes().toArray();
    const edges = this.cy.edges().toArray();
    const edgeIds = edges.map((e) => e.id());
    return (this.all = {
      nodes,
      nodeIds: nodes.map((n) => n.id()),
      edges,
      edgeIds,
      edgeById: new Map(edgeIds.map((id, i) => [id, edges[i]!])),
    });
  }

  /** The shown edges lit now (a selection's relations, a hover's, a path's). */
  private litEdges(all: Elements): EdgeSingular[] {
    const out: EdgeSingular[] = [];
    for (const id of this.classes.litIds()) {
      const e = all.edgeById.get(id);
      if (e && !this.classes.isHidden(id)) out.push(e);
    }
    return out;
  }

  /**
   * Cytoscape places a label only while it has text, and a label shown again by a class change keeps
   * the place it had when last drawn (before a layout, say), which is wrong in its bounding box until
   * the next frame; dirtying the bounds has it placed afresh.
   */
  private reproject(ids: string[]): void {
    if (ids.length === 0) return;
    // One collection from the list: a union per id rebuilds the collection each time (quadratic).
    const eles = this.cy.collection(
      ids.map((id) => this.cy.getElementById(id)) as unknown as CollectionArgument,
    );
    (eles as unknown as { dirtyBoundingBoxCache(): void }).dirtyBoundingBoxCache();
  }

  /**
   * Nodes whose names are always drawn: the services, and the nodes that join three or more of them
   * (the programmes and integrations they share), at most a few per hundred nodes, the most shared first.
   */
  private pinnedIds(): Set<string> {
    if (this.pinned) return this.pinned;
    const { nodes, edges } = this.elements();
    const pinned = pinnedNames(
      nodes.map((n) => ({
        id: n.id(),
        kind: n.data('kind') as string,
        degree: Number(n.data('degree')) || 0,
      })),
      edges.map((e) => ({ source: e.data('source') as string, target: e.data('target') as string })),
    );
    this.fewServices = pinned.services <= ALWAYS_NAMED_SERVICES;
    this.pinned = pinned.ids;
    return this.pinned;
  }

  /** A node label's size at a 1 px font, at its own size and boosted, wrapped as drawn. */
  private nodeSize(n: NodeSingular, font: number): { full: Size; boosted: Size & { short: boolean } } {
    const label = String(n.data('label') ?? '');
    const short = n.data('short') as string | undefined;
    const key = `${label}\u0000${short ?? ''}\u0000${font}`;
    const known = this.sizes.get(n.id());
    if (known && known.key === key) return known;
    const weight = n.data('kind') === 'service' ? '700' : '500';
    const wrapped = (text: string, maxPerPx: number): Size => {
      const lines = wrapLabel(text, maxPerPx * 100, (s) => this.textWidth(s, weight) * 100);
      return {
        w: Math.max(...lines.map((l) => this.textWidth(l, weight))),
        h: lines.length * LINE_HEIGHT,
      };
    };
    const entry = {
      key,
      full: wrapped(label, LABEL_WIDTH / font),
      boosted: { ...wrapped(short ?? label, BOOSTED_WIDTH_PX / BOOST_PX), short: short !== undefined },
    };
    this.sizes.set(n.id(), entry);
    return entry;
  }

  /** A line's width at a 1 px font. */
  private textWidth(text: string, weight: string): number {
    const key = `${weight} ${text}`;
    const known = this.widths.get(key);
    if (known !== undefined) return known;
    this.measure ??= canvasMeasure();
    const width = this.measure(text, `${weight} 100px system-ui, sans-serif`) / 100;
    this.widths.set(key, width);
    return width;
  }
}

/** Where an edge's label sits: its drawn middle when known, else half-way between its ends. */
function edgeMiddle(e: EdgeSingular): { x: number; y: number } {
  const mid = e.midpoint() as { x: number; y: number } | undefined;
  if (mid && Number.isFinite(mid.x) && Number.isFinite(mid.y)) return mid;
  const a = e.source().position();
  const b = e.target().position();
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
