import type { Core, SingularElementArgument } from 'cytoscape';

type Element = SingularElementArgument;
type Ctx = CanvasRenderingContext2D;

/** A rectangle in graph units (Cytoscape's `extent()`). */
export type Extent = { x1: number; y1: number; x2: number; y2: number };

/** Cytoscape's z-ordered elements, with the ones that can be pointed at and those not being dragged. */
export type ZSorted = Element[] & { interactive?: Element[]; nondrag?: Element[] };

/**
 * The parts of Cytoscape's canvas renderer (cytoscape 3.x, src/extensions/renderer/base and
 * canvas) that the engine reads or wraps, in one place: the veil and the specks draw through its
 * draw calls, the label layer runs before its frames, the style triggers keep its z-order cache, and
 * the engine sets its viewport switches. None of this is Cytoscape's public API; each user checks
 * that what it needs is there and otherwise leaves Cytoscape as it is.
 */
export interface CyRenderer {
  cachedZSortedEles?: ZSorted | null;
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted & { interactive: Element[] };
  drawLayeredElements(ctx: Ctx, eles: Element[], pxRatio: number, extent: Extent): void;
  drawCachedNodes(ctx: Ctx, eles: Element[], pxRatio: number, extent: Extent): void;
  drawCachedElements(ctx: Ctx, eles: Element[], pxRatio: number, extent: Extent): void;
  drawElements(ctx: Ctx, eles: Element[]): void;
  redrawHint(group: 'eles' | 'drag' | 'select', dirty: boolean): void;
  redraw(): void;
  beforeRender(fn: (willDraw: boolean) => void, priority: number): void;
  beforeRenderPriorities: { eleCalcs: number };
  /** Pan and zoom on a picture of the graph, and without its edges, while the view moves. */
  textureOnViewport?: boolean;
  hideEdgesOnViewport?: boolean;
  /** What is moving the view now. */
  pinching?: boolean;
  swipePanning?: boolean;
  hoverData?: { dragging?: boolean };
  data?: { wheelZooming?: boolean };
}

/** The core's canvas renderer, as far as it has the parts above (a headless core has none). */
export function cyRenderer(cy: Core): Partial<CyRenderer> | undefined {
  return (cy as unknown as { renderer(): Partial<CyRenderer> | undefined }).renderer();
}
