import cytoscape, {
  type Collection,
  type CollectionArgument,
  type Core,
  type ElementDefinition,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { z } from 'zod';
import { Graph, Tour } from '../../graph-data';
import { effectiveTheme, useAtlas, type AtlasState, type LayoutName } from '../state/store';
import { canvasBackground, cyStyle } from '../canvas/cy-style';
import { graphElements } from '../canvas/elements';
import { layoutsInWorker, placeLayout, runFocusLayout, runLayout, type Positions } from '../canvas/layouts';
import { Camera, MAX_ZOOM, ZOOM_STEP, stillCamera, type ZoomLimits } from './camera';
import { isLargeCount, isLargeGraph, isOverview, measureScale } from './scale';
import { graphClasses, spotlightClasses } from './canvas-classes';
import { CanvasClasses } from './class-diff';
import { graphView } from './graph-view';
import { LabelLayer } from './label-layer';
import { loadedGraph, type LoadedGraph } from './loaded-graph';
import { sceneToSvg } from './picture/svg-export';
import { canvasMeasure, describeScene } from './picture/svg-scene';
import { Veil } from './veil';
import { cyRenderer } from './cy-renderer';
import { cheapStyleTriggers, refilterOnShow } from './style-triggers';
import { Listeners } from './listeners';

cytoscape.use(fcose);

const NO_LIMITS: ZoomLimits = { atMin: false, atMax: false };
/** A filter change re-fits the view once the filters have stopped changing for this long. */
const REFIT_MS = 250;
/**
 * The canvas lights the search hits once typing has paused this long: each change of what is lit
 * redraws the graph in software (a few milliseconds on the built-in graph, about a tenth of a second
 * at 10,000 nodes), which would hold up the list of hits and the next keystroke, and light a
 * different set of nodes for every letter of a word.
 */
export const HITS_SETTLE_MS = 150;
/** Tours, paths and quiz answers are framed no closer than this. */
const SHOW_MAX_ZOOM = 1.5;

export type LoadResult = { ok: true; notices: string[] } | { ok: false; message: string };

/** Zoom and pan of the canvas, as saved views and the session keep them. */
export interface CameraView {
  zoom: number;
  pan: { x: number; y: number };
}

/** Where the user's stored positions come from and go to (the one owner of user data). */
export interface PositionStore {
  saved(layout: LayoutName): Positions | undefined;
  save(layout: LayoutName, id: string, at: { x: number; y: number }): void;
  forget(layout: LayoutName): void;
}

declare global {
  interface Window {
    /**
     * The one Cytoscape core of the graph canvas, for end-to-end tests and debugging (as
     * cytoscape.js's own browser tests do). Elements carry `hidden`, `dim`, `focus-centre`, the
     * interaction classes (`selected-node`, `hit`, `hover`, `hover-nb`, `match`, `reason`,
     * `show-label`) and the study tools' overlays; the selected node is `cy.$(':selected')`.
     */
    cy?: Core;
    /** The engine (see renderer/engine/atlas-engine.ts), for end-to-end tests and debugging. */
    atlasEngine?: AtlasEngine;
  }
}

/**
 * The engine owns the graph on screen and its canvas, as tldraw's Editor owns its store and canvas:
 * it validates and loads graphs at run time (the loaded graph, with its indexes, search index and
 * every cache, lives in the app store as `data`, which only the engine sets), owns the one Cytoscape
 * core, the selection (Cytoscape's own), highlighting and dimming, the camera, node positions and
 * picture export. Panels reach it through `useEngine()`; none of them holds the core.
 */
export class AtlasEngine {
  private core: Core | null = null;
  private camera_: Camera | null = null;
  private labels: LabelLayer | null = null;
  private readonly classes = new CanvasClasses();
  private veil: Veil | null = null;
  /** The ids Cytoscape has selected now (its select and unselect events keep this). */
  private readonly cySelected = new Set<string>();
  private unsubscribe: (() => void) | null = null;
  /** A camera to put back after the first layout instead of fitting (a reload's), until the canvas mounts. */
  private pendingCamera: CameraView | null = null;
  /** Counts cameras set from outside (restored, saved views), so that a late layout does not undo one. */
  private cameraSets = 0;
  private readonly viewportListeners = new Listeners();
  private refitTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly zoomListeners = new Listeners();
  /** Every node's position in the global layout while focus shows a layout of its own. */
  private globalPositions: Positions | null = null;
  /** Whether the canvas shows a large graph's overview, its unlit relations undrawn (see scale.ts). */
  private overview = false;
  private readonly overviewListeners = new Listeners();
  /** The nodes the layout worker is arranging now (0: none), and the run that is theirs. */
  private arranging_ = 0;
  private arrangeRun = 0;
  private readonly arrangingListeners = new Listeners();
  /** The search hits the canvas lights: they follow the store's once typing pauses. */
  private canvasHits: AtlasState['hits'] = [];
  private hitsTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly store: typeof useAtlas,
    private readonly positions: PositionStore,
  ) {}

  /** The graph on screen. */
  get data(): LoadedGraph {
    return this.store.getState().data;
  }

  /** The Cytoscape core, once the canvas has mounted. */
  get cy(): Core | null {
    return this.core;
  }

  /**
   * Validates `input` as a graph and puts it on screen, canvas, search, filters and every study tool
   * with it, without reloading the page. What the old graph named and the new one lacks (selection,
   * focus, filters) is dropped with a notice. A graph that fails validation changes nothing.
   */
  load(input: unknown, options: LoadOptions = {}): LoadResult {
    const result = this.swap(input, options);
    const { notify } = this.store.getState();
    if (result.ok) result.notices.forEach(notify);
    else notify(result.message);
    return result;
  }

  private swap(input: unknown, options: LoadOptions): LoadResult {
    let graph: Graph;
    if (options.validated) graph = input as Graph;
    else {
      const parsed = Graph.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
        return {
          ok: false,
          message: `This graph cannot be shown: ${issue.message}${where}. The current graph stays.`,
        };
      }
      graph = parsed.data;
    }
    const problem = structuralProblem(graph);
    if (problem)
      return { ok: false, message: `This graph cannot be shown: ${problem} The current graph stays.` };
    let data: LoadedGraph;
    try {
      data = loadedGraph(graph, options.searchIndex, toursFor(graph, options.tours));
    } catch (err) {
      return { ok: false, message: `This graph cannot be indexed: ${(err as Error).message}` };
    }
    const notices = this.store.getState().adoptGraph(data);
    this.settleHits();
    if (this.core) this.replaceElements(this.core);
    return { ok: true, notices };
  }

  /** Attaches the canvas to `container` (creating the core on first use) and starts drawing state. */
  mount(container: HTMLElement): Core {
    let cy = this.core;
    if (!cy) {
      cheapStyleTriggers();
      const s = this.store.getState();
      const elements = this.freshElements(s.data.graph);
      // Styled from the start for the overview a large graph is framed in (see replaceElements).
      this.setOverviewFlag(isLargeCount(elements.length));
      cy = cytoscape({
        container,
        elements,
        style: cyStyle(effectiveTheme(s), { overview: this.overview }),
        minZoom: 0.1,
        maxZoom: MAX_ZOOM,
        selectionType: 'single',
        boxSelectionEnabled: false,
      });
      this.core = cy;
      refilterOnShow(cy);
      tuneForSize(cy);
      this.veil = new Veil(cy, this.classes, canvasBackground(effectiveTheme(s)), () => this.overview);
      this.labels = new LabelLayer(cy, this.classes);
      this.camera_ = new Camera(cy, (zoom, nodes) => this.labels?.run(zoom, nodes));
      this.camera_.subscribe(() => this.zoomListeners.notify());
      this.listen(cy);
      this.settleHits();
      this.layout(s.layout, true);
      if (this.pendingCamera) this.setCamera(this.pendingCamera);
      this.pendingCamera = null;
      // Styled for the overview by its size: the camera's zoom decides now, even if it never moved
      // (a restored filter that hides every node leaves nothing to frame).
      this.checkOverview(cy);
    } else {
      cy.mount(container);
      this.settleHits();
    }
    window.cy = cy;
    this.unsubscribe = this.store.subscribe((s, prev) => this.follow(s, prev));
    return cy;
  }

  /** Detaches the canvas; the core and its positions are kept for the next mount. */
  unmount(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.core?.unmount();
  }

  /**
   * Lays the graph out (kept positions first unless `fresh`), and fits it in the window. While
   * focused, the focused neighbourhood is then laid out afresh over the new global positions.
   */
  layout(name: LayoutName, useSaved: boolean): void {
    const cy = this.core;
    if (!cy) return;
    // Layouts that make room for labels must see every label at its own size, whatever the zoom.
    let later: Promise<Positions | null> | null = null;
    const run = () => {
      later = runLayout(cy, this.data, name, useSaved ? this.positions.saved(name) : undefined);
    };
    // The layout worker measures no labels, so a graph laid out there keeps its labels as they are.
    if (layoutsInWorker(cy) || !this.labels) run();
    else this.labels.natural(run);
    this.settleLayout(cy, true);
    // A layout from the layout worker (layoutsInWorker) is drawn where it lands, then framed again.
    const data = this.data;
    const cameraSets = this.cameraSets;
    const selectedBefore = this.store.getState().selection;
    const pending = later as Promise<Positions | null> | null;
    const arranging = this.setArranging(pending ? cy.nodes().length : 0);
    void pending?.then(
      (positions) => {
        if (arranging === this.arrangeRun) this.setArranging(0);
        if (!positions || this.core !== cy || this.data !== data || this.store.getState().layout !== name)
          return;
        // Dragged meanwhile, on the quick placement: those positions are kept too.
        placeLayout(cy, positions, useSaved ? this.positions.saved(name) : undefined);
        // A camera restored (a reload's) or set (a saved view) meanwhile is kept; a node selected
        // meanwhile is shown among its neighbours where they now are, not lost in the whole graph.
        const selected = this.store.getState().selection;
        if (this.cameraSets !== cameraSets) this.settleLayout(cy, false);
        else if (selected && selected !== selectedBefore && !this.classes.isHidden(selected)) {
          this.settleLayout(cy, false);
          this.camera_?.showNeighbourhood(selected);
        } else this.settleLayout(cy, true);
      },
      (err: Error) => {
        if (arranging === this.arrangeRun) this.setArranging(0);
        this.store.getState().notify(`The layout could not be computed: ${err.message}`);
      },
    );
  }

  /** Starts a new arranging run of `nodes` nodes (0: nothing is being arranged); returns its number. */
  private setArranging(nodes: number): number {
    const run = ++this.arrangeRun;
    if (nodes !== this.arranging_) {
      this.arranging_ = nodes;
      this.arrangingListeners.notify();
    }
    return run;
  }

  /**
   * How many nodes the layout worker is arranging now (0 when none): a large graph is drawn at once
   * on a quick placement, and its layout lands when the worker is done. `onArranging` tells when it
   * changes.
   */
  arranging(): number {
    return this.arranging_;
  }

  /** Calls `listener` when a layout starts or stops being arranged; returns the unsubscribe. */
  onArranging(listener: () => void): () => void {
    return this.arrangingListeners.add(listener);
  }

  /** After new positions: redraw the classes, lay out a focus again, and frame what is visible. */
  private settleLayout(cy: Core, frame: boolean): void {
    const s = this.store.getState();
    this.sync(s, true);
    this.globalPositions = null;
    if (s.focus) this.layoutFocus(s);
    this.camera_?.updateMinZoom();
    // A large graph's labels are specks beside its size: framing its nodes is the same picture.
    if (frame) this.camera_?.frame(this.shown(cy.elements()), 40, false, MAX_ZOOM, !isLargeGraph(cy));
  }

  /** Forgets the dragged positions of the current layout and lays it out afresh. */
  resetLayout(): void {
    const name = this.store.getState().layout;
    this.positions.forget(name);
    this.layout(name, false);
  }

  /** Whether the user has moved nodes in this layout (a reset would put them back). */
  hasSavedPositions(layout: LayoutName): boolean {
    return Object.keys(this.positions.saved(layout) ?? {}).length > 0;
  }

  /** Every node's position, by id. */
  nodePositions(): Positions {
    const out: Positions = {};
    this.core?.nodes().forEach((n) => void (out[n.id()] = { ...n.position() }));
    return out;
  }

  /**
   * Lights exactly these elements (id -> extra classes) over the state's own, dimming the rest or not.
   * The study tools and the explorer's state both end up here; null lights nothing.
   */
  highlight(lit: Map<string, string> | null, options: { dim?: boolean } = {}): void {
    const cy = this.core;
    if (!cy) return;
    this.light(cy, lit, options.dim ?? false);
  }

  /** Whether this element is drawn dimmed now (shown, not lit, while something else is). */
  isDimmed(id: string): boolean {
    return this.classes.isDimmed(id);
  }

  private light(cy: Core, lit: Map<string, string> | null, dim: boolean): void {
    if (this.classes.setLit(cy, lit, dim)) this.veil?.redraw();
  }

  /** Fits these elements (default: everything visible), labels included, in the window. */
  fit(ids?: Iterable<string>, options: { padding?: number; animate?: boolean } = {}): void {
    const cy = this.core;
    if (!cy || !this.camera_) return;
    this.cancelRefit();
    const visible = this.shown(ids ? this.collect(ids) : cy.elements());
    this.camera_.frame(visible, options.padding ?? 40, options.animate ?? false, MAX_ZOOM, !isLargeGraph(cy));
  }

  /**
   * Brings these nodes and edges (those visible) into view, centred, without zooming in closer than
   * {@link SHOW_MAX_ZOOM}; animated unless motion is reduced.
   */
  show(ids: readonly string[], padding = 60): void {
    const cy = this.core;
    if (!cy || !this.camera_) return;
    this.camera_.frame(this.shown(this.collect(ids)), padding, true, SHOW_MAX_ZOOM, false);
  }

  /** Brings a node and its neighbours into a view where they can be read (as selecting does). */
  showNeighbourhood(id: string): void {
    this.camera_?.showNeighbourhood(id);
  }

  /** Zoom and pan, as saved views keep them. */
  camera(): CameraView {
    const cy = this.core;
    return cy ? { zoom: cy.zoom(), pan: { ...cy.pan() } } : { zoom: 1, pan: { x: 0, y: 0 } };
  }

  /** Restores a zoom and pan (the zoom kept within limits), stopping any animation first. */
  setCamera(view: CameraView): void {
    const cy = this.core;
    if (!cy) return;
    // A saved camera wins over a re-fit still waiting for the filters to settle.
    this.cancelRefit();
    this.cameraSets++;
    cy.stop(true, false);
    cy.viewport({ zoom: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), view.zoom)), pan: view.pan });
  }

  /** Sets the camera now, or, before the canvas has mounted, after its first layout in place of the fit. */
  restoreCamera(view: CameraView): void {
    if (this.core) this.setCamera(view);
    else this.pendingCamera = view;
  }

  /** Calls `listener` whenever zoom or pan changes (every frame of a drag: debounce); returns its removal. */
  onViewport(listener: () => void): () => void {
    return this.viewportListeners.add(listener);
  }

  /** Puts nodes where given; returns the positions that applied (nodes this graph has). */
  placeNodes(positions: Positions): Positions {
    const cy = this.core;
    const applied: Positions = {};
    if (!cy) return applied;
    cy.stop(true, false);
    cy.batch(() => {
      for (const [id, pos] of Object.entries(positions)) {
        const node = cy.getElementById(id);
        if (node.empty() || !node.isNode()) continue;
        node.position(pos);
        applied[id] = pos;
      }
    });
    return applied;
  }

  /** Pans to a node when it is outside the window, without changing the zoom. */
  reveal(id: string): void {
    const cy = this.core;
    const node = cy?.getElementById(id);
    if (!cy || !node || node.empty() || !node.visible()) return;
    const ext = cy.extent();
    const { x, y } = node.position();
    if (x > ext.x1 && x < ext.x2 && y > ext.y1 && y < ext.y2) return;
    if (stillCamera(cy)) cy.center(node);
    else cy.animate({ center: { eles: node } }, { duration: 200 });
  }

  /**
   * Zooms about the centre of the window, within the zoom limits. Steps compound: a step taken while
   * the last one is still animating multiplies the zoom that one was going to.
   */
  zoomBy(factor: number): void {
    this.camera_?.zoomBy(factor);
  }

  /** One zoom step closer ({@link ZOOM_STEP}). */
  zoomIn(): void {
    this.zoomBy(ZOOM_STEP);
  }

  /** One zoom step further. */
  zoomOut(): void {
    this.zoomBy(1 / ZOOM_STEP);
  }

  /** Whether the zoom is at its closest or furthest (the zoom buttons disable themselves there). */
  zoomLimits(): ZoomLimits {
    return this.camera_?.zoomLimits() ?? NO_LIMITS;
  }

  /**
   * Whether a large graph is seen whole, so that only the relations something lights are drawn
   * (zooming in past scale.ts's OVERVIEW_ZOOM draws them all); `onOverview` tells when it changes.
   */
  inOverview(): boolean {
    return this.overview;
  }

  /** Calls `listener` when the canvas enters or leaves a large graph's overview; returns the unsubscribe. */
  onOverview(listener: () => void): () => void {
    return this.overviewListeners.add(listener);
  }

  /** Calls `listener` when the zoom reaches or leaves a limit; returns the unsubscribe. */
  onZoomLimits(listener: () => void): () => void {
    return this.zoomListeners.add(listener);
  }

  /** Keeps the picture's centre in place when the canvas changes size (a panel opened or closed). */
  resized(): void {
    const cy = this.core;
    if (!cy) return;
    const before = { w: cy.width(), h: cy.height() };
    cy.resize();
    cy.panBy({ x: (cy.width() - before.w) / 2, y: (cy.height() - before.h) / 2 });
  }

  /** The ids the canvas shows now (hidden by filters or focus: left out). */
  visibleIds(): { nodes: Set<string>; edges: Set<string> } {
    const cy = this.core;
    const shown = cy ? this.shown(cy.elements()) : null;
    return {
      nodes: new Set(shown?.nodes().map((n) => n.id()) ?? []),
      edges: new Set(shown?.edges().map((e) => e.id()) ?? []),
    };
  }

  /**
   * The visible graph as a PNG (base64), exactly as drawn: filters, dimming and what is lit
   * included, on the theme's background, at up to twice screen resolution within `maxSide` pixels.
   */
  pngBase64(background: string, maxSide = 8000): string {
    const cy = this.core;
    if (!cy) return '';
    // The labels are the screen's too: those drawn, at the sizes drawn, relative to the graph.
    const bb = this.shown(cy.elements()).boundingBox();
    const scale = Math.min(2, maxSide / Math.max(1, bb.w), maxSide / Math.max(1, bb.h));
    return cy.png({ output: 'base64', full: true, scale, bg: background });
  }

  /** The visible graph as an SVG drawing, exactly as drawn (same styles, opacity and lit elements). */
  svg(background: string): string {
    const cy = this.core;
    if (!cy) return '';
    // A drawing to scale at will: every name in it, at its own size, as at 100 %.
    const draw = () =>
      sceneToSvg(describeScene(cy, background, canvasMeasure(), (id) => this.classes.isDimmed(id)));
    return this.labels ? this.labels.natural(draw) : draw();
  }

  private replaceElements(cy: Core): void {
    const s = this.store.getState();
    cy.stop(true, true);
    this.cySelected.clear();
    cy.batch(() => cy.elements().remove());
    const elements = this.freshElements(s.data.graph);
    // A large graph is framed whole, which is its overview: styled for it as it is added, rather
    // than restyled once framed (half a second at 20,000 nodes). The camera's zoom then decides.
    this.setOverview(cy, isLargeCount(elements.length));
    cy.batch(() => cy.add(elements));
    tuneForSize(cy);
    this.labels?.reset();
    this.layout(s.layout, true);
    // A graph of another size at the same zoom may enter or leave the overview without a zoom event.
    this.checkOverview(cy);
  }

  /**
   * The canvas elements of a graph, its classes forgotten. A large graph's are born with hidden
   * labels: the label layer names the few it draws, instead of hiding the rest one class change each
   * (a second at 20,000 nodes).
   */
  private freshElements(graph: Graph): ElementDefinition[] {
    this.classes.reset();
    const large = isLargeCount(graph.nodes.length + graph.edges.length);
    const elements = graphElements(graph, large ? { classes: 'label-hidden' } : {});
    if (large)
      this.classes.bornWithLabels(
        elements.map((e) => e.data.id!),
        'label-hidden',
      );
    return elements;
  }

  /** Restyles the canvas when a large graph's overview begins or ends (one restyle per crossing). */
  private checkOverview(cy: Core): void {
    this.setOverview(cy, isOverview(cy));
  }

  /** Restyles the canvas for the overview or out of it, if that changes. */
  private setOverview(cy: Core, next: boolean): void {
    if (this.setOverviewFlag(next))
      cy.style(cyStyle(effectiveTheme(this.store.getState()), { overview: next }));
  }

  /** Records whether the canvas is an overview and tells the listeners; false when unchanged. */
  private setOverviewFlag(next: boolean): boolean {
    if (next === this.overview) return false;
    this.overview = next;
    this.overviewListeners.notify();
    return true;
  }

  /** Applies the state's classes: the graph's own when `graphChanged`, and what is lit every time. */
  private sync(s: AtlasState, graphChanged: boolean): void {
    const cy = this.core;
    if (!cy) return;
    if (graphChanged) this.classes.setBase(cy, graphClasses(s));
    const lit = spotlightClasses(s.hits === this.canvasHits ? s : { ...s, hits: this.canvasHits });
    this.light(cy, lit?.classes ?? null, lit?.dimRest ?? false);
    this.syncSelection(s);
    // In the same frame as the classes, so that a click paints its lit labels at once.
    this.labels?.run();
  }

  /** Makes Cytoscape's own selection the store's (a tap on an edge or the background changes it). */
  private syncSelection(s: AtlasState): void {
    const cy = this.core;
    if (!cy) return;
    const selected = s.selection ? cy.getElementById(s.selection) : null;
    cy.batch(() => {
      // `:selected` would test every element of a large graph on each click; what Cytoscape
      // selected is known from its own select events (a tap selects before the store hears of it).
      for (const id of this.cySelected) {
        const ele = cy.getElementById(id);
        if (id !== s.selection && ele.nonempty() && ele.selected()) ele.unselect();
      }
      if (selected?.nonempty() && !selected.selected()) selected.select();
    });
  }

  private follow(s: AtlasState, prev: AtlasState): void {
    const cy = this.core;
    if (!cy || s.data !== prev.data) return;
    if (effectiveTheme(s) !== effectiveTheme(prev)) {
      cy.style(cyStyle(effectiveTheme(s), { overview: this.overview }));
      this.veil?.setColour(canvasBackground(effectiveTheme(s)));
    }
    if (s.layout !== prev.layout) this.layout(s.layout, true);
    else if (s.layoutReset !== prev.layoutReset) this.resetLayout();
    const graphChanged =
      s.filters !== prev.filters ||
      s.focus !== prev.focus ||
      s.overlays !== prev.overlays ||
      s.hideInferred !== prev.hideInferred ||
      s.keepOrphans !== prev.keepOrphans;
    const hitsLit = s.hits !== prev.hits && this.followHits(s);
    const litChanged = s.hovered !== prev.hovered || s.selection !== prev.selection || hitsLit;
    if (graphChanged || litChanged) this.sync(s, graphChanged);
    if (s.focus !== prev.focus) {
      this.cancelRefit();
      if (s.focus) this.layoutFocus(s);
      else this.leaveFocus();
      this.fit(undefined, { padding: 50, animate: true });
    } else if (
      (s.filters !== prev.filters || s.hideInferred !== prev.hideInferred) &&
      !sameSet(this.visibleOf(s), this.visibleOf(prev))
    ) {
      this.scheduleRefit();
    }
    if (s.selection && s.selection !== prev.selection) this.camera_?.showNeighbourhood(s.selection);
  }

  /**
   * New search hits: unlit at once when the search is cleared (true), else lit once typing pauses
   * ({@link HITS_SETTLE_MS}); the list of hits does not wait for the canvas.
   */
  private followHits(s: AtlasState): boolean {
    if (s.hits.length === 0) {
      this.settleHits();
      return true;
    }
    if (this.hitsTimer !== null) clearTimeout(this.hitsTimer);
    this.hitsTimer = setTimeout(() => {
      this.hitsTimer = null;
      const now = this.store.getState();
      if (now.hits === this.canvasHits) return;
      this.canvasHits = now.hits;
      this.sync(now, false);
    }, HITS_SETTLE_MS);
    return false;
  }

  /** The canvas takes the store's hits as they are now, and any wait for typing to pause ends. */
  private settleHits(): void {
    if (this.hitsTimer !== null) clearTimeout(this.hitsTimer);
    this.hitsTimer = null;
    this.canvasHits = this.store.getState().hits;
  }

  /** The nodes a state shows (filters and focus applied). */
  private visibleOf(s: AtlasState): Set<string> {
    return graphView(s.data, s.filters, s.focus, s.hideInferred).visibleNodes;
  }

  /** Lays the focused neighbourhood out on its own, keeping the global positions to go back to. */
  private layoutFocus(s: AtlasState): void {
    const cy = this.core;
    if (!cy || !s.focus) return;
    this.globalPositions ??= this.nodePositions();
    this.labels?.natural(() => runFocusLayout(cy, s.focus!.node));
    this.camera_?.updateMinZoom();
    this.labels?.run();
  }

  /** Puts every node back where the global layout had it before focus. */
  private leaveFocus(): void {
    const saved = this.globalPositions;
    this.globalPositions = null;
    if (!saved || !this.core) return;
    this.placeNodes(saved);
    this.camera_?.updateMinZoom();
    this.labels?.run();
  }

  private scheduleRefit(): void {
    this.cancelRefit();
    this.refitTimer = setTimeout(() => {
      this.refitTimer = null;
      this.fit(undefined, { animate: true });
    }, REFIT_MS);
  }

  private cancelRefit(): void {
    if (this.refitTimer !== null) clearTimeout(this.refitTimer);
    this.refitTimer = null;
  }

  /** These elements of the core, in one collection (a union per id would be quadratic). */
  private collect(ids: Iterable<string>): Collection {
    const cy = this.core!;
    const found = [...ids].map((id) => cy.getElementById(id)).filter((e) => e.nonempty());
    return cy.collection(found as unknown as CollectionArgument);
  }

  /**
   * The elements of `eles` that filters and focus leave on the canvas, as the engine set them:
   * Cytoscape's `:visible` would compute every element's style to say the same (seconds at 10,000).
   */
  private shown(eles: Collection): Collection {
    return eles.filter((e) => !this.classes.isHidden(e.id()));
  }

  private listen(cy: Core): void {
    const store = this.store;
    // Cytoscape fires dbltap for any two quick taps, even on two different nodes; only two taps on
    // the same node focus it. Taps arrive before the dbltap they complete.
    let tapped: [previous: string | null, last: string | null] = [null, null];
    cy.on('tap', (e) => {
      const id = e.target === cy ? null : (e.target.id() as string);
      tapped = [tapped[1], id];
      if (id && e.target.isNode()) store.getState().select(id);
      // A click on the background clears the selection (and any hover), as Esc does.
      if (!id) {
        store.getState().hover(null);
        store.getState().select(null);
      }
    });
    // Cytoscape's own selection follows the store, never the other way round.
    cy.on('select', (e) => void this.cySelected.add(e.target.id() as string));
    cy.on('unselect', (e) => void this.cySelected.delete(e.target.id() as string));
    cy.on('select unselect', () => queueMicrotask(() => this.syncSelection(store.getState())));
    cy.on('dbltap', 'node', (e) => {
      if (tapped[0] !== e.target.id()) return;
      store.getState().setFocus({ node: e.target.id(), depth: store.getState().focus?.depth ?? 1 });
    });
    // Moving from one node straight onto another fires mouseout then mouseover in one go; the
    // mouseout waits a microtask so that the highlight goes from one node to the next directly.
    let leaving = false;
    cy.on('mouseover', 'node', (e) => {
      leaving = false;
      store.getState().hover(e.target.id());
    });
    cy.on('mouseout', 'node', () => {
      leaving = true;
      queueMicrotask(() => {
        if (leaving) store.getState().hover(null);
        leaving = false;
      });
    });
    cy.on('viewport', () => this.viewportListeners.notify());
    cy.on('zoom', () => this.checkOverview(cy));
    cy.on('dragfree', 'node', (e) => {
      // Focus lays its neighbourhood out for the moment only: what is dragged there is not kept.
      if (store.getState().focus) return;
      const { x, y } = e.target.position();
      this.positions.save(store.getState().layout, e.target.id(), { x, y });
    });
    cy.on('resize', () => this.camera_?.updateMinZoom());
    // Labels are placed where the nodes are: moving one moves what fits around it.
    cy.on('position', 'node', () => this.labels?.schedule());
  }
}

/**
 * A large graph is panned and zoomed on a picture of itself, without its edges while the view moves
 * (Cytoscape's own switches, set per graph since a graph loaded later may be larger than the first).
 */
function tuneForSize(cy: Core): void {
  const large = measureScale(cy);
  // Cytoscape's own switches, which its renderer reads on every frame.
  const flags = cyRenderer(cy);
  if (!flags) return;
  flags.hideEdgesOnViewport = large;
  flags.textureOnViewport = large;
}

/** What the schema cannot say: ids are unique and every relation joins two nodes of the graph. */
function structuralProblem(graph: Graph): string | null {
  const nodes = new Set<string>();
  for (const n of graph.nodes) {
    if (nodes.has(n.id)) return `two nodes have the id "${n.id}".`;
    nodes.add(n.id);
  }
  const edges = new Set<string>();
  for (const e of graph.edges) {
    if (edges.has(e.id) || nodes.has(e.id)) return `the id "${e.id}" is used twice.`;
    if (!nodes.has(e.source) || !nodes.has(e.target))
      return `the relation "${e.id}" joins a node that the graph does not have.`;
    edges.add(e.id);
  }
  return null;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** What can come with a graph: its prebuilt search index and the guided tours written for it. */
export interface LoadOptions {
  searchIndex?: object;
  tours?: unknown;
  /**
   * The graph is the Graph schema's own output, validated where it was built (an import worker's
   * `ImportResult.validated`): it is not validated again, half a second at 10,000 notes. Its ids and
   * ends are still checked.
   */
  validated?: boolean;
}

/**
 * The tours that fit `graph`: valid, and every node and relation they light is in it (a tour from
 * another graph, or one whose note was edited away, is left out rather than lighting nothing).
 */
function toursFor(graph: Graph, tours: unknown): Tour[] {
  const parsed = z.array(Tour).safeParse(tours ?? []);
  if (!parsed.success) return [];
  const nodes = new Set(graph.nodes.map((n) => n.id));
  const edges = new Set(graph.edges.map((e) => e.id));
  return parsed.data.filter((t) =>
    t.steps.every((s) => s.nodes.every((id) => nodes.has(id)) && s.edges.every((id) => edges.has(id))),
  );
}

/** Creates the engine over the app store and loads its first graph. */
export function createAtlasEngine(
  store: typeof useAtlas,
  positions: PositionStore,
  graph: unknown,
  options: LoadOptions = {},
): { engine: AtlasEngine; result: LoadResult } {
  const engine = new AtlasEngine(store, positions);
  const result = engine.load(graph, options);
  window.atlasEngine = engine;
  return { engine, result };
}
