import type { Core, SingularElementArgument } from 'cytoscape';
import type { NodeKind } from '../../graph-data';
import { NODE_BORDER } from '../canvas/elements';
import { KIND_STYLE } from '../canvas/kind-style';
import { isLargeGraph } from './scale';
import { cyRenderer, type CyRenderer, type Extent } from './cy-renderer';
import { drawSpecks, SPECK_MAX_PX, SQUARE_BELOW_PX, type Speck } from './specks';

/**
 * How much of what is not lit shows through the veil while something is (a hover, a filter's
 * matches, a path): a node under it reads as faded into the background.
 */
export const SHOW_THROUGH = 0.18;

/** What the veil needs to know of the canvas's classes (renderer/engine/class-diff.ts). */
export interface VeilState {
  /** Whether the rest is dimmed now. */
  readonly dimming: boolean;
  /** Whether anything is lit now. */
  readonly lighting: boolean;
  isLit(id: string): boolean;
  isHidden(id: string): boolean;
  /** Whether an element carries no class but a hidden label: it looks as the stylesheet draws its kind. */
  isPlain(id: string): boolean;
}

type Element = SingularElementArgument;
type Ctx = CanvasRenderingContext2D;

/**
 * Dims everything that is not lit by drawing one translucent sheet of the background colour over it,
 * between the unlit elements and the lit ones, instead of fading each element: a hover or a filter
 * then restyles only the few elements it lights, not the whole graph (Cytoscape spends 15-20 µs
 * restyling each element whose classes change, seconds at 10,000 nodes). The picture is the same:
 * an element under a sheet of opacity 1 - s over the background reads as the element at opacity s.
 *
 * Cytoscape has no hook between layers, so the veil wraps the three calls of its canvas renderer
 * that draw the graph's main layer (cached, nodes only while a large graph moves, and the PNG
 * export's full draw), splitting the z-ordered elements they are given into unlit and lit; lit ones
 * are drawn above the rest whenever something is lit, dimmed or not (a selection too). Dragged
 * elements, drawn in a layer of their own above, are left as they are.
 *
 * The same wrapping draws a large graph's specks (specks.ts) on screen: nodes a few pixels wide that
 * carry no class but a hidden label are filled a colour at a time, after the relations and before
 * the other nodes, instead of one cached picture each. Exported pictures draw every node in full.
 */
export class Veil {
  private installed = false;

  constructor(
    private readonly cy: Core,
    private readonly state: VeilState,
    private colour: string,
    /** Whether the stylesheet leaves unlit relations undrawn now (a large graph's overview). */
    private readonly unlitRelationsHidden: () => boolean = () => false,
  ) {
    const r = cyRenderer(cy);
    if (!r || typeof r.drawLayeredElements !== 'function' || typeof r.drawElements !== 'function') return;
    const renderer = r as CyRenderer;
    const layered = renderer.drawLayeredElements.bind(renderer);
    const nodes = renderer.drawCachedNodes.bind(renderer);
    const cached = renderer.drawCachedElements.bind(renderer);
    const full = renderer.drawElements.bind(renderer);
    const mainLayer = (eles: Element[]) => eles === renderer.cachedZSortedEles?.nondrag;
    type Draw = (ctx: Ctx, eles: Element[], px: number, extent: Extent) => void;
    // The main layer's elements, drawn as the veil and the specks need, with `parts` drawing each
    // part; anything else as Cytoscape would.
    const onMainLayer =
      (parts: Draw, otherwise: Draw): Draw =>
      (ctx, eles, px, extent) => {
        const specks = mainLayer(eles) ? this.specks(eles, extent) : null;
        if (specks) this.draw(ctx, specks.rest, (part) => parts(ctx, part, px, extent), specks.specks);
        else if (this.state.lighting && mainLayer(eles))
          this.draw(ctx, eles, (part) => parts(ctx, part, px, extent));
        else otherwise(ctx, eles, px, extent);
      };
    renderer.drawLayeredElements = onMainLayer(cached, layered);
    renderer.drawCachedNodes = onMainLayer(nodes, nodes);
    renderer.drawElements = (ctx, eles) =>
      this.state.lighting ? this.draw(ctx, eles, (part) => full(ctx, part)) : full(ctx, eles);
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
    const r = cyRenderer(this.cy) as CyRenderer;
    r.redrawHint('eles', true);
    r.redraw();
  }

  /**
   * A large graph's nodes too small on screen to show more than a shape, that look as their kind
   * does (no class but a hidden label), as specks, and the other elements; null when there are none.
   */
  private specks(eles: Element[], extent: Extent): { specks: Speck[]; rest: Element[] } | null {
    if (!isLargeGraph(this.cy)) return null;
    const zoom = this.cy.zoom();
    // Bodies at most this wide (graph units, ring excluded) are specks at this zoom.
    const widest = SPECK_MAX_PX / zoom - NODE_BORDER;
    if (widest <= 0) return null;
    const relationsHidden = this.unlitRelationsHidden();
    const specks: Speck[] = [];
    const rest: Element[] = [];
    for (const ele of eles) {
      // The element's own data and position objects (Cytoscape hands them out, not copies).
      const data = ele.data() as { id: string; size?: number; kind?: NodeKind; placeholder?: boolean };
      if (!ele.isNode()) {
        // The overview's stylesheet draws no unlit relation: tens of thousands Cytoscape would only
        // look at to skip.
        if (!relationsHidden || this.state.isLit(data.id)) rest.push(ele);
        continue;
      }
      const size = Number(data.size) || 0;
      if (size > widest || !this.state.isPlain(data.id)) {
        rest.push(ele);
        continue;
      }
      const { x, y } = ele.position();
      const r = size / 2 + NODE_BORDER;
      if (x + r < extent.x1 || x - r > extent.x2 || y + r < extent.y1 || y - r > extent.y2) continue;
      const kind = (data.kind && KIND_STYLE[data.kind]) || KIND_STYLE.component;
      // The ring is the background's colour: the body shows inside it. Notes linked to but not
      // written yet are hollow (a quarter of the colour), as the stylesheet draws them.
      const color = data.placeholder ? `${kind.color}40` : kind.color;
      // A couple of pixels across, every shape is a dot: a square is the cheapest to draw.
      const shape = size * zoom < SQUARE_BELOW_PX ? 'square' : kind.shape;
      specks.push({ x, y, size: size - NODE_BORDER / 2, color, shape });
    }
    return specks.length > 0 ? { specks, rest } : null;
  }

  /**
   * The unlit elements, the sheet over the whole canvas while dimming, then the lit ones, each part in
   * z-order; specks (all unlit) go after the unlit relations and before the unlit nodes.
   */
  private draw(ctx: Ctx, eles: Element[], drawPart: (part: Element[]) => void, specks: Speck[] = []): void {
    const dimming = this.state.dimming;
    const unlit: Element[] = [];
    const lit: Element[] = [];
    for (const ele of eles) (this.state.isLit(ele.id()) ? lit : unlit).push(ele);
    if (specks.length > 0) {
      // Cytoscape's z-order puts every relation below every node: the specks go between.
      const firstNode = unlit.findIndex((e) => e.isNode());
      const cut = firstNode < 0 ? unlit.length : firstNode;
      drawPart(unlit.slice(0, cut));
      drawSpecks(ctx, specks);
      drawPart(unlit.slice(cut));
    } else drawPart(unlit);
    if (dimming) {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1 - SHOW_THROUGH;
      ctx.globalCompositeOperation = 'source-over';
      ctx.fillStyle = this.colour;
      ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      ctx.restore();
    }
    drawPart(inZOrder(lit));
  }
}

/**
 * The lit elements in the order their styles stack them: relations below nodes, then by z-index
 * (the selection over its neighbours, a path over both), the order given otherwise. Cytoscape keeps
 * its own z-order without re-sorting when a z-index changes (style-triggers.ts), so what lighting
 * raises is stacked here, among the few elements it lights.
 */
export function inZOrder(lit: Element[]): Element[] {
  // pstyle is Cytoscape's parsed style (untyped), far cheaper than style()'s strings every frame.
  const zIndex = (e: Element) =>
    Number((e as unknown as { pstyle(name: string): { value: unknown } }).pstyle('z-index').value) || 0;
  const rank = (e: Element) => (e.isNode() ? 1e6 : 0) + zIndex(e);
  return lit
    .map((e, i) => ({ e, i, r: rank(e) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.e);
}
