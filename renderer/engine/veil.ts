import type { Core, SingularElementArgument } from 'cytoscape';

/**
 * How much of what is not lit shows through the veil while something is (a hover, a filter's
 * matches, a path): a node under it reads as faded into the background.
 */
export const SHOW_THROUGH = 0.18;

/** What the veil needs to know of the canvas's classes (renderer/engine/class-diff.ts). */
export interface VeilState {
  /** Whether the rest is dimmed now. */
  readonly dimming: boolean;
  isLit(id: string): boolean;
}

type Element = SingularElementArgument;
type Ctx = CanvasRenderingContext2D;

/** The parts of Cytoscape's canvas renderer the veil draws through (cytoscape 3.x, src/extensions/renderer/canvas). */
interface CanvasRenderer {
  cachedZSortedEles?: Element[] & { nondrag?: Element[] };
  drawLayeredElements(ctx: Ctx, eles: Element[], pxRatio: number, extent: unknown): void;
  drawCachedNodes(ctx: Ctx, eles: Element[], pxRatio: number, extent: unknown): void;
  drawCachedElements(ctx: Ctx, eles: Element[], pxRatio: number, extent: unknown): void;
  drawElements(ctx: Ctx, eles: Element[]): void;
  redrawHint(group: 'eles' | 'drag' | 'select', dirty: boolean): void;
  redraw(): void;
}

/**
 * Dims everything that is not lit by drawing one translucent sheet of the background colour over it,
 * between the unlit elements and the lit ones, instead of fading each element: a hover or a filter
 * then restyles only the few elements it lights, not the whole graph (Cytoscape spends 15-20 µs
 * restyling each element whose classes change, seconds at 10,000 nodes). The picture is the same:
 * an element under a sheet of opacity 1 - s over the background reads as the element at opacity s.
 *
 * Cytoscape has no hook between layers, so the veil wraps the three calls of its canvas renderer
 * that draw the graph's main layer (cached, nodes only while a large graph moves, and the PNG
 * export's full draw), splitting the z-ordered elements they are given into unlit and lit. Dragged
 * elements, drawn in a layer of their own above, are left as they are.
 */
export class Veil {
  private installed = false;

  constructor(
    private readonly cy: Core,
    private readonly state: VeilState,
    private colour: string,
  ) {
    const r = (cy as unknown as { renderer(): Partial<CanvasRenderer> | undefined }).renderer();
    if (!r || typeof r.drawLayeredElements !== 'function' || typeof r.drawElements !== 'function') return;
    const renderer = r as CanvasRenderer;
    const layered = renderer.drawLayeredElements.bind(renderer);
    const nodes = renderer.drawCachedNodes.bind(renderer);
    const cached = renderer.drawCachedElements.bind(renderer);
    const full = renderer.drawElements.bind(renderer);
    const mainLayer = (eles: Element[]) => eles === renderer.cachedZSortedEles?.nondrag;
    renderer.drawLayeredElements = (ctx, eles, px, extent) =>
      this.state.dimming && mainLayer(eles)
        ? this.draw(ctx, eles, (part) => cached(ctx, part, px, extent))
        : layered(ctx, eles, px, extent);
    renderer.drawCachedNodes = (ctx, eles, px, extent) =>
      this.state.dimming && mainLayer(eles)
        ? this.draw(ctx, eles, (part) => nodes(ctx, part, px, extent))
        : nodes(ctx, eles, px, extent);
    renderer.drawElements = (ctx, eles) =>
      this.state.dimming ? this.draw(ctx, eles, (part) => full(ctx, part)) : full(ctx, eles);
    this.installed = true;
  }

  /** The background the veil is made of (a theme change). */
  setColour(colour: string): void {
    if (colour === this.colour) return;
    this.colour = colour;
    if (this.state.dimming) this.redraw();
  }

  /** Draws the main layer again: call when dimming begins or ends. */
  redraw(): void {
    if (!this.installed) return;
    const r = (this.cy as unknown as { renderer(): CanvasRenderer }).renderer();
    r.redrawHint('eles', true);
    r.redraw();
  }

  /** The unlit elements, the sheet over the whole canvas, then the lit ones, each part in z-order. */
  private draw(ctx: Ctx, eles: Element[], drawPart: (part: Element[]) => void): void {
    const unlit: Element[] = [];
    const lit: Element[] = [];
    for (const ele of eles) (this.state.isLit(ele.id()) ? lit : unlit).push(ele);
    drawPart(unlit);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1 - SHOW_THROUGH;
    ctx.globalCompositeOperation = 'source-over';
    ctx.fillStyle = this.colour;
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    drawPart(lit);
  }
}
