import cytoscape, { type SingularElementArgument } from 'cytoscape';

/** The part of Cytoscape's style object (cytoscape 3.x, src/style/apply.js) this module wraps. */
interface StyleTriggers {
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
 * Makes two of Cytoscape's style triggers cheap, by wrapping the style prototype every core of the
 * page shares (applied once, before the first core).
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
    if (name !== 'label') checkZOrderTrigger.call(this, ele, name, from, to);
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
