import type { Collection, Core, NodeCollection } from 'cytoscape';
import { outerSize } from '../canvas/elements';
import { isLargeGraph } from './scale';
import { Listeners } from './listeners';

/** Each zoom click or key multiplies the zoom by this (or divides by it). */
export const ZOOM_STEP = 1.25;
/** How long camera moves take, unless the user asked for reduced motion. */
const MOTION_MS = 300;
/** A zoom click's animation: short, so that fast clicks feel immediate. */
const STEP_MS = 150;
/** Selecting a leaf does not zoom in further than this: nodes would fill the window. */
const SELECT_MAX_ZOOM = 1.5;
/** The zoom never goes closer than this. */
export const MAX_ZOOM = 4;

/** Whether the zoom is at either limit, for the zoom buttons. */
export interface ZoomLimits {
  atMin: boolean;
  atMax: boolean;
}

/** Whether the user asked the system for less motion. */
export function reducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * Whether camera moves on this core jump rather than glide: the user asked for less motion, or the
 * graph is so large that each frame of a glide would hold the page for a large part of a second.
 */
export function stillCamera(cy: Core): boolean {
  return reducedMotion() || isLargeGraph(cy);
}

/** The zoom and pan that show `box` (model coordinates) centred in a `width` x `height` window. */
export function framing(
  box: { x1: number; y1: number; w: number; h: number },
  width: number,
  height: number,
  padding: number,
  limits: { min: number; max: number },
): { zoom: number; pan: { x: number; y: number } } {
  const fit = Math.min(
    Math.max(1, width - 2 * padding) / Math.max(box.w, 1),
    Math.max(1, height - 2 * padding) / Math.max(box.h, 1),
  );
  const zoom = Math.max(limits.min, Math.min(limits.max, fit));
  const cx = box.x1 + box.w / 2;
  const cy = box.y1 + box.h / 2;
  return { zoom, pan: { x: width / 2 - zoom * cx, y: height / 2 - zoom * cy } };
}

/**
 * The camera over the one core: zoom steps that compound (a click during a step's animation
 * multiplies the zoom being animated to, not the zoom reached so far), a minimum zoom at which the
 * whole graph is always seen, framing a selection with its neighbours, and the zoom limits for
 * the buttons. Every move is animated, or instant under `prefers-reduced-motion` and on large graphs.
 */
export class Camera {
  private target: number | null = null;
  private limits: ZoomLimits = { atMin: false, atMax: false };
  private readonly listeners = new Listeners();

  /**
   * `relabel(zoom, nodes)` applies the labels of these nodes as they would be at that zoom (their
   * sizes change with it); `relabel()` puts the window's back.
   */
  constructor(
    private readonly cy: Core,
    private readonly relabel: (zoom?: number, nodes?: NodeCollection) => void,
  ) {
    cy.on('zoom', () => this.checkLimits());
  }

  /** The zoom limits now; `subscribe` tells when they change. */
  zoomLimits(): ZoomLimits {
    return this.limits;
  }

  /** Calls `listener` whenever the zoom reaches or leaves a limit; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    return this.listeners.add(listener);
  }

  /** Multiplies the zoom (the one being animated to, if any) about the centre of the window. */
  zoomBy(factor: number): void {
    const cy = this.cy;
    const from = this.target !== null && cy.animated() ? this.target : cy.zoom();
    const level = clamp(from * factor, cy.minZoom(), cy.maxZoom());
    const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
    cy.stop(true, false);
    if (stillCamera(cy)) {
      this.target = null;
      cy.zoom({ level, renderedPosition });
    } else {
      this.target = level;
      const position = {
        x: (renderedPosition.x - cy.pan().x) / cy.zoom(),
        y: (renderedPosition.y - cy.pan().y) / cy.zoom(),
      };
      cy.animate(
        { zoom: { level, position } },
        { duration: STEP_MS, complete: () => void (this.target === level && (this.target = null)) },
      );
    }
    this.checkLimits();
  }

  /**
   * Sets the minimum zoom to half the zoom at which the whole graph fits, so that zooming out always
   * reaches a view of all of it (and not much further). Call after a layout or a resize.
   */
  updateMinZoom(padding = 40): void {
    const cy = this.cy;
    const all = cy.nodes();
    if (all.empty() || cy.width() < 2 || cy.height() < 2) return;
    const box = bodyBox(all);
    const { zoom } = framing(box, cy.width(), cy.height(), padding, { min: 1e-4, max: MAX_ZOOM });
    cy.minZoom(clamp(zoom * 0.5, 1e-3, 0.5));
    this.checkLimits();
  }

  /**
   * Frames these elements, labels included, in the window (animated unless told not to, or motion is
   * reduced). Labels drawn at a readable size take more of the graph the further out the zoom, so the
   * framing is settled over a few rounds of measuring the labels at the zoom it arrives at; without
   * `withLabels` (a selection's neighbourhood: quick), the nodes are framed and the padding left for
   * the labels, and those that do not fit wait (the label layer keeps to the window).
   */
  frame(eles: Collection, padding: number, animate: boolean, maxZoom = MAX_ZOOM, withLabels = true): void {
    const cy = this.cy;
    // Edges lie between their nodes, their verbs inside the window: measuring the nodes (and their
    // labels) frames the same picture at a fraction of the cost of every edge's curve.
    const nodes = eles.nodes();
    if (nodes.empty()) return;
    const measure = () => (withLabels ? nodes.boundingBox({ includeLabels: true }) : bodyBox(nodes));
    const limits = { min: cy.minZoom(), max: Math.min(maxZoom, cy.maxZoom()) };
    let view = framing(measure(), cy.width(), cy.height(), padding, limits);
    for (let round = 0; withLabels && round < 4; round++) {
      this.relabel(view.zoom, nodes);
      const next = framing(measure(), cy.width(), cy.height(), padding, limits);
      const settled = next.zoom >= view.zoom * 0.995 && next.zoom <= view.zoom * 1.005;
      // Only ever zoom out between rounds, so the last framing holds every label measured.
      view = next.zoom < view.zoom ? next : view;
      if (settled) break;
    }
    if (withLabels) this.relabel();
    this.target = null;
    cy.stop(true, false);
    if (animate && !stillCamera(cy)) cy.animate(view, { duration: MOTION_MS, easing: 'ease-in-out-cubic' });
    else {
      cy.viewport(view);
      // Labels for the new view in this same task, so that the jump is drawn once, not twice.
      this.relabel();
    }
  }

  /**
   * Brings a selected node and its visible neighbours into view, close enough to read (the engine's
   * labels keep lit names readable at any zoom), unless they are all in view already at a zoom that
   * shows them at a useful size.
   */
  showNeighbourhood(id: string): void {
    const cy = this.cy;
    const node = cy.getElementById(id);
    if (node.empty() || !node.visible()) return;
    const hood = node.closedNeighborhood('node').filter(':visible');
    const box = bodyBox(hood);
    // Room for the names under the nodes at the window's edge (they are drawn 12 px tall).
    const padding = Math.min(80, Math.max(40, Math.min(cy.width(), cy.height()) / 8));
    const want = framing(box, cy.width(), cy.height(), padding, {
      min: cy.minZoom(),
      max: Math.min(SELECT_MAX_ZOOM, cy.maxZoom()),
    });
    const ext = cy.extent();
    const inView = box.x1 >= ext.x1 && box.x2 <= ext.x2 && box.y1 >= ext.y1 && box.y2 <= ext.y2;
    if (inView && cy.zoom() >= want.zoom * 0.5 && cy.zoom() <= want.zoom * 1.5) return;
    this.frame(hood, padding, true, SELECT_MAX_ZOOM, false);
  }

  private checkLimits(): void {
    const cy = this.cy;
    const zoom = this.target !== null && cy.animated() ? this.target : cy.zoom();
    const next = { atMin: zoom <= cy.minZoom() * 1.001, atMax: zoom >= cy.maxZoom() * 0.999 };
    if (next.atMin === this.limits.atMin && next.atMax === this.limits.atMax) return;
    this.limits = next;
    this.listeners.notify();
  }
}

/** A box in graph units. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}

/**
 * The box the nodes' bodies cover (from their positions and drawn sizes), without asking Cytoscape
 * for a bounding box, which computes the style of every node: seconds on a large graph.
 */
export function bodyBox(nodes: NodeCollection): Box {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((n) => {
    const { x, y } = n.position();
    const half = outerSize(n) / 2;
    x1 = Math.min(x1, x - half);
    y1 = Math.min(y1, y - half);
    x2 = Math.max(x2, x + half);
    y2 = Math.max(y2, y + half);
  });
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
