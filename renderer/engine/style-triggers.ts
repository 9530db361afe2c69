import cytoscape, { type Core, type SingularElementArgument } from 'cytoscape';
import { cyRenderer, type CyRenderer } from './cy-renderer';

/** The part of Cytoscape's style object (cytoscape 3.x, src/style/apply.js) this module wraps. */
interface StyleTriggers {
  checkTrigger(
    ele: SingularElementArgument,
    name: string,
    from: unknown,
    to: unknown,
    getTrigger: (prop: { triggersZOrder?: unknown }) => unknown,
    onTrigger: () => void,
  ): void;
  checkTriggers(ele: SingularElementArgument, name: string, from: unknown, to: unknown): void;
  checkZOrderTrigger(ele: SingularElementArgument, name: string, from: unknown, to: unknown): void;
  checkBoundsTrigger(ele: SingularElementArgument, name: string, from: unknown, to: unknown): void;
  checkParallelEdgesBoundsTrigger(
    ele: SingularElementArgument,
    name: string,
    from: unknown,
    to: unknown,
  ): void;
}

let wrapped = false;

/**
 * Properties that decide whether an element can be pointed at (Cytoscape's `interactive()`: events,
 * visibility, display) but not where it stacks: a change re-filters the interactive elements, it
 * need not sort them all again.
 */
const ORDERLESS = new Set(['display', 'visibility', 'events']);

/**
 * Node properties that size or place the label alone: the body, and so the ends of the node's edges,
 * stay where they were.
 */
function labelOnly(name: string): boolean {
  return name === 'label' || name === 'line-height' || name.startsWith('text-') || name.startsWith('font-');
}

/** Where a renderer that re-filters instead of re-sorting (see refilterOnShow) is told to. */
const STALE_INTERACTIVE = Symbol('staleInteractive');

/** A renderer that refilterOnShow has taught to re-filter: it is told so here. */
type Refiltering = Partial<CyRenderer> & { [STALE_INTERACTIVE]?: () => void };

/**
 * Makes this core's renderer answer an element shown or hidden (a filter, a large graph's
 * overview lighting a selection's relations) by re-filtering the elements that can be pointed at,
 * instead of sorting every element by z-order again: the order does not depend on it. At 10,000
 * nodes a click in the overview shows a few relations, and the sort cost some 30 ms of it.
 * Needs cheapStyleTriggers, which sends those changes here.
 */
export function refilterOnShow(cy: Core): void {
  const renderer = cyRenderer(cy) as Refiltering | undefined;
  if (!renderer?.getCachedZSortedEles) return;
  const sorted = renderer.getCachedZSortedEles.bind(renderer);
  let stale = false;
  // The change itself asks for a frame (every style change does); the list is re-filtered then.
  renderer[STALE_INTERACTIVE] = () => void (stale = true);
  renderer.getCachedZSortedEles = (forceRecalc) => {
    const cached = renderer.cachedZSortedEles;
    if (stale && cached && !forceRecalc) {
      // `interactive()` is Cytoscape's (untyped): events on, visible, displayed and of some size.
      cached.interactive = cached.filter((ele) =>
        (ele as unknown as { interactive(): boolean }).interactive(),
      );
    }
    stale = false;
    return sorted(forceRecalc);
  };
}

/**
 * Makes Cytoscape's style triggers cheaper in four cases, by wrapping the style prototype every core
 * of the page shares (applied once, before the first core).
 *
 * An element's first style. For every property Cytoscape applies to an element (some twenty per
 * node), it clears the style caches of the element and of every edge at a node, and walks a node's
 * edges once more for each property that moves their ends; for an edge it builds the (empty)
 * collection of its connected edges each time. On a large graph's first frame that is most of the
 * time spent styling (a 10,000-note vault: millions of short-lived collections). On an element's
 * first style, when no property was set before (`from` is null: the element is new, or a new
 * stylesheet is being applied, which has already marked every element's bounds dirty and restyles
 * every edge too), a node's edges have nothing cached to clear: they are as new as the node, or
 * being restyled themselves. So the walks over them are skipped; the element's own caches, its
 * z-order and its bounds are marked as before, and an edge still marks the edges parallel to it (one
 * added beside an older one changes how the pair curves). Later changes (a class, a bypass) take
 * Cytoscape's own path.
 *
 * A label shown or hidden. Cytoscape sorts every element again by z-order when a label turns empty
 * or back, though neither the order (zIndexSort: compound depth, z-index-compare, z-index, then the
 * order added) nor the interactive set cached with it (events, visibility, display, size) reads a
 * label. The label layer (label-layer.ts) shows and hides labels on every zoom step and click: at
 * 10,000 nodes that was a sort of 40,000 elements, tens of milliseconds, each frame of a zoom. Label
 * changes no longer count as z-order changes.
 *
 * A node's label changed. Its bounds change, and Cytoscape's renderer then recomputes every edge
 * at the node (their ends and curves) before the next frame, though a label does not move them: a
 * click on a service lights and enlarges the names of most of the built-in graph, and each of their
 * relations was recomputed. A change to a label-only property (the label, its font, its text-*
 * placement) still dirties the node's own bounds and label, but leaves its edges as clean as they
 * were; anything else that changed on the node (its size, its shape) still marks them.
 *
 * A z-index changed. Only lighting changes z-indexes (the selection, a hover, a path: the
 * stylesheet's interaction classes), and every click did it, so every click sorted the whole graph
 * (30-40 ms at 10,000 nodes). The veil (veil.ts) draws lit elements above the rest in their
 * z-index order, and the SVG export sorts by z-index itself, so Cytoscape's own order need not
 * follow: z-index changes no longer count as z-order changes either. Its order then only decides
 * which of two overlapping nodes a click picks, as before a node was lit.
 */
export function cheapStyleTriggers(): void {
  if (wrapped) return;
  const probe = cytoscape({ headless: true, styleEnabled: true });
  const style = Object.getPrototypeOf(probe.style()) as Partial<StyleTriggers>;
  probe.destroy();
  const { checkTriggers, checkZOrderTrigger, checkBoundsTrigger, checkParallelEdgesBoundsTrigger } = style;
  if (!checkTriggers || !checkZOrderTrigger || !checkBoundsTrigger || !checkParallelEdgesBoundsTrigger)
    return;
  style.checkZOrderTrigger = function (this: StyleTriggers, ele, name, from, to) {
    if (name === 'label' || name === 'z-index') return;
    const r = ORDERLESS.has(name) ? (cyRenderer(ele.cy()) as Refiltering | undefined) : undefined;
    if (r?.[STALE_INTERACTIVE]) {
      const stale = r[STALE_INTERACTIVE];
      this.checkTrigger(ele, name, from, to, (prop) => prop.triggersZOrder, stale);
    } else checkZOrderTrigger.call(this, ele, name, from, to);
  };
  style.checkBoundsTrigger = function (this: StyleTriggers, ele, name, from, to) {
    const rstyle = (ele as unknown as { _private: { rstyle?: { cleanConnected?: boolean } } })._private
      .rstyle;
    const edgesClean = ele.isNode() && labelOnly(name) && rstyle?.cleanConnected === true;
    checkBoundsTrigger.call(this, ele, name, from, to);
    if (edgesClean) rstyle!.cleanConnected = true;
  };
  style.checkTriggers = function (this: StyleTriggers, ele, name, from, to) {
    if (from !== null && from !== undefined) return checkTriggers.call(this, ele, name, from, to);
    (ele as unknown as { _private: { styleCache: unknown } })._private.styleCache = null;
    this.checkZOrderTrigger(ele, name, from, to);
    this.checkBoundsTrigger(ele, name, from, to);
    if (ele.isEdge()) this.checkParallelEdgesBoundsTrigger(ele, name, from, to);
  };
  wrapped = true;
}
