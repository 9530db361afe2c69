import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type SingularElementArgument,
  type StylesheetJson,
} from 'cytoscape';

/**
 * The spotlight: a second, inert Cytoscape core drawn above the graph, with a veil in the background
 * colour between the two. It holds a hidden copy of every element. Selecting, searching, hovering
 * and facet filters light copies (and, for the last two, show the veil to dim everything else); the
 * graph itself is not touched, so its canvas is not redrawn either.
 *
 * Why: Cytoscape spends some 15-20 µs on each element whose classes change (events, style keys,
 * texture caches) and then redraws its whole canvas. Dimming every element that way took several
 * frames on the built-in graph, and grows with the graph; now the cost follows what is lit.
 * Adding an element costs several times more than restyling it, so copies are made ahead, in idle
 * time after start-up (or on demand, for what is lit before that). On graphs of ordinary size they
 * are then drawn once, a few at a time and out of sight, so that the first click on a node does not
 * pay for drawing its neighbours' labels into Cytoscape's texture caches.
 */
export interface Spotlight {
  /** The spotlight's core, for end-to-end tests (window.cySpotlight). */
  readonly core: Core;
  /** Lights exactly these elements (id -> classes), dimming the rest or not; null lights none. */
  show(lit: Map<string, string> | null, dimRest: boolean): void;
  setStyle(style: StylesheetJson): void;
  destroy(): void;
}

const OFF = 'off';
/** Copies added per slice of idle time, and lit per frame while warming. */
const COPY_CHUNK = 200;
const WARM_CHUNK = 40;
/** Beyond this many elements, warming would take minutes of idle frames: textures come on demand. */
const WARM_LIMIT = 3000;

/**
 * The graph's stylesheet, plus: lit nodes show their labels at any zoom (so a selection's or a
 * hover's neighbours are named even in the overview), and copies that are not lit are hidden.
 * Halos (search hits, facet matches) are underlays; every node has one, all but invisible, because
 * Cytoscape recomputes a node's bounds and the curves of all its edges when an underlay's opacity
 * goes from zero to non-zero, and typing lights up to twenty hits per keystroke.
 */
function spotlightStyle(style: StylesheetJson): StylesheetJson {
  return [
    {
      selector: 'node',
      style: { 'underlay-opacity': 0.001, 'underlay-padding': 7, 'underlay-shape': 'ellipse' },
    },
    ...style,
    { selector: 'node', style: { 'min-zoomed-font-size': 0 } },
    { selector: `.${OFF}`, style: { visibility: 'hidden' } },
  ];
}

function copyOf(e: SingularElementArgument): ElementDefinition {
  return {
    group: e.group(),
    data: { ...(e.data() as ElementDefinition['data']) },
    position: e.isNode() ? { ...e.position() } : undefined,
    classes: OFF,
  };
}

/** Creates the spotlight over `graph`, in `container`, with `veil` between them. */
export function createSpotlight(
  graph: Core,
  container: HTMLElement,
  veil: HTMLElement,
  style: StylesheetJson,
): Spotlight {
  const spot = cytoscape({
    container,
    style: spotlightStyle(style),
    minZoom: graph.minZoom(),
    maxZoom: graph.maxZoom(),
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
  });
  /** Classes currently set on each copy that is not OFF. */
  const shown = new Map<string, string>();
  const idle = (fn: IdleRequestCallback, timeout: number) =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(fn, { timeout })
      : undefined;
  let handle: number | undefined;
  const cancel = () => {
    if (handle !== undefined) window.cancelIdleCallback(handle);
    handle = undefined;
  };

  // Copying: nodes before edges (an edge needs its ends), in slices of idle time.
  let uncopied = [...graph.nodes().map((n) => n.id()), ...graph.edges().map((e) => e.id())];
  const copy = (ids: string[]) => {
    const missing = (id: string) => spot.getElementById(id).empty();
    const fresh = ids.filter(missing).map((id) => graph.getElementById(id));
    const edges = fresh.filter((e) => e.isEdge());
    // An edge lit before the idle copying reached it still needs both its ends.
    const nodeIds = new Set([
      ...fresh.filter((e) => e.isNode()).map((n) => n.id()),
      ...edges.flatMap((e) => [e.data('source') as string, e.data('target') as string]).filter(missing),
    ]);
    spot.add([...nodeIds].map((id) => copyOf(graph.getElementById(id))));
    spot.add(edges.map(copyOf));
  };
  const copySome: IdleRequestCallback = (deadline) => {
    handle = undefined;
    while (uncopied.length && (deadline.didTimeout || deadline.timeRemaining() > 4)) {
      copy(uncopied.splice(0, COPY_CHUNK));
      if (deadline.didTimeout) break;
    }
    if (uncopied.length) handle = idle(copySome, 2000);
    else if (shown.size === 0 && spot.elements().length <= WARM_LIMIT) startWarming();
  };

  // Warming: light the copies a chunk per frame while the spotlight is invisible, then switch them off.
  let warmQueue: string[] = [];
  let warmLit: string[] = [];
  let warming = false;
  const unlightWarm = () => {
    if (warmLit.length) spot.batch(() => warmLit.forEach((id) => void spot.getElementById(id).classes(OFF)));
    warmLit = [];
  };
  const stopWarming = () => {
    if (!warming) return;
    warming = false;
    cancel();
    warmQueue = [];
    unlightWarm();
    container.style.visibility = '';
  };
  const warmStep = () => {
    handle = undefined;
    unlightWarm();
    if (warmQueue.length === 0) return stopWarming();
    warmLit = warmQueue.splice(0, WARM_CHUNK);
    spot.batch(() =>
      warmLit.forEach((id) => {
        const c = spot.getElementById(id);
        c.classes(c.isEdge() ? 'show-label' : '');
      }),
    );
    // Cytoscape draws them in the next frame; the next chunk waits for idle time after it.
    requestAnimationFrame(() => {
      if (warming) handle = idle(warmStep, 1000);
    });
  };
  const startWarming = () => {
    warming = true;
    container.style.visibility = 'hidden';
    spot.resize();
    spot.viewport({ zoom: graph.zoom(), pan: graph.pan() });
    warmQueue = spot.elements().map((e) => e.id());
    warmStep();
  };
  handle = idle(copySome, 3000);

  // Following the graph costs a redraw per step, so it is only done while something is lit.
  const following = () => shown.size > 0;
  const followViewport = () => {
    if (following()) spot.viewport({ zoom: graph.zoom(), pan: graph.pan() });
  };
  const followResize = () => {
    if (following()) spot.resize();
  };
  const followPosition = (e: EventObject) => {
    if (shown.has(e.target.id())) spot.getElementById(e.target.id()).position(e.target.position());
  };
  graph.on('viewport', followViewport);
  graph.on('resize', followResize);
  graph.on('position', 'node', followPosition);

  const show = (lit: Map<string, string> | null, dimRest: boolean) => {
    veil.hidden = !lit || !dimRest;
    if (!lit && shown.size === 0) return;
    stopWarming();
    const wasFollowing = following();
    spot.batch(() => {
      if (lit && uncopied.length) copy([...lit.keys()]);
      for (const [id] of shown) {
        if (lit?.has(id)) continue;
        spot.getElementById(id).classes(OFF);
        shown.delete(id);
      }
      for (const [id, classes] of lit ?? []) {
        if (shown.get(id) === classes) continue;
        const c = spot.getElementById(id);
        if (c.empty()) continue;
        if (!shown.has(id) && c.isNode()) {
          // Unlit copies do not follow drags and layouts; catch up when lit.
          const { x, y } = graph.getElementById(id).position();
          const at = c.position();
          if (at.x !== x || at.y !== y) c.position({ x, y });
        }
        c.classes(classes);
        shown.set(id, classes);
      }
    });
    if (!wasFollowing && following()) {
      spot.resize();
      followViewport();
    }
  };

  return {
    core: spot,
    show,
    setStyle: (next) => void spot.style(spotlightStyle(next)),
    destroy: () => {
      cancel();
      stopWarming();
      uncopied = [];
      graph.off('viewport', followViewport);
      graph.off('resize', followResize);
      graph.off('position', 'node', followPosition);
      spot.destroy();
    },
  };
}
