import type { SessionState } from '../../contract/user-data';
import type { AtlasEngine } from '../engine/atlas-engine';
import type { LoadedGraph } from '../engine/loaded-graph';
import { compareSession, restoreCompare, useCompare } from '../study/compare/compare-store';
import { costSession, restoreCost, useCost } from '../study/cost/cost-store';
import { pathSession, restorePath, usePath } from '../study/path/path-store';
import { quizSession, restoreQuiz, useQuiz } from '../study/quiz/quiz-store';
import { LAYOUTS, useAtlas, type LayoutName, type PanelName } from './store';
import { beforeFlush, currentSession, saveSession, useWorkspace } from './user-data';

/*
 * The session: where the user was (layout, open tab, outline, zoom and pan, and each study tool's
 * state), kept per workspace so that a reload, or coming back to a notes folder, opens where they
 * left off. Every part is saved from its store by subscription, through user-data.ts (the one owner
 * of saved data), at most once per SESSION_DELAY_MS, and at once when the page goes away.
 */

/** How long the session waits after a change before it is saved: a pan or zoom changes it every frame. */
export const SESSION_DELAY_MS = 500;

const PANELS: readonly PanelName[] = ['details', 'compare', 'cost', 'path', 'quiz', 'saved', 'tours'];

/**
 * A short name for a graph, from its node and relation ids, so that a camera kept for one graph is
 * not put on another (a notes folder whose notes changed is fitted afresh).
 */
export function graphKey(data: LoadedGraph): string {
  return data.cached('session-graph-key', () => {
    // FNV-1a over the ids: a fingerprint, not a defence; a clash only costs a fit.
    let hash = 0x811c9dc5;
    const add = (id: string) => {
      for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
      hash = Math.imul(hash ^ 10, 0x01000193);
    };
    data.graph.nodes.forEach((n) => add(n.id));
    data.graph.edges.forEach((e) => add(e.id));
    return `${data.graph.nodes.length}.${data.graph.edges.length}.${(hash >>> 0).toString(36)}`;
  });
}

/** The session as the stores and the canvas hold it now. */
function snapshot(engine: AtlasEngine, kept: SessionState): SessionState {
  const s = useAtlas.getState();
  const session: SessionState = {
    layout: s.layout,
    panel: s.panel,
    outlineOpen: s.outlineOpen,
    compare: compareSession(),
    cost: costSession(),
    path: pathSession(),
  };
  const quiz = quizSession();
  if (quiz) session.quiz = quiz;
  // Before the canvas has mounted there is no camera of its own yet: the kept one stays.
  if (engine.cy) session.camera = { graph: graphKey(s.data), layout: s.layout, ...engine.camera() };
  else if (kept.camera) session.camera = kept.camera;
  return session;
}

/** Puts a kept session back into the stores and onto the canvas; parts it lacks stay as they are. */
function restore(engine: AtlasEngine, session: SessionState): void {
  const s = useAtlas.getState();
  const layout = LAYOUTS.find((l) => l.name === session.layout)?.name as LayoutName | undefined;
  if (layout && layout !== s.layout) s.setLayout(layout);
  const panel = PANELS.find((p) => p === session.panel);
  if (panel) s.setPanel(panel);
  if (session.outlineOpen !== undefined) s.setOutlineOpen(session.outlineOpen);
  restoreCompare(session.compare, s.data);
  restoreCost(session.cost, s.data);
  restorePath(session.path, s.data);
  restoreQuiz(session.quiz);
  const { camera } = session;
  if (camera && camera.graph === graphKey(s.data) && camera.layout === useAtlas.getState().layout)
    engine.restoreCamera(camera);
}

/**
 * Restores the current workspace's session (call once the first graph is loaded, before the canvas
 * mounts, so that the layout and camera apply to its first drawing) and keeps it saved from then on;
 * a new workspace's graph brings that workspace's session. Returns the stop function.
 */
export function startSessionState(engine: AtlasEngine): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restoredKey = useWorkspace.getState().key;
  restore(engine, currentSession());

  const write = (key: string) => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    saveSession(snapshot(engine, currentSession()), key);
  };
  const schedule = () => {
    timer ??= setTimeout(() => write(useWorkspace.getState().key), SESSION_DELAY_MS);
  };

  const stops = [
    useAtlas.subscribe((s, prev) => {
      if (s.layout !== prev.layout || s.panel !== prev.panel || s.outlineOpen !== prev.outlineOpen)
        schedule();
      if (s.data === prev.data) return;
      // The study stores drop what the new graph lacks as it arrives; the new workspace's own
      // session is put back after them.
      queueMicrotask(() => {
        const key = useWorkspace.getState().key;
        if (key === restoredKey) return;
        restoredKey = key;
        restore(engine, currentSession());
      });
    }),
    // Switching workspace (just before its graph loads): what is waiting belongs to the one left.
    useWorkspace.subscribe((w, prev) => {
      if (w.key !== prev.key && timer) write(prev.key);
    }),
    useCompare.subscribe(schedule),
    useCost.subscribe(schedule),
    usePath.subscribe(schedule),
    // Not on `now` or the mastery colours, which move without the session moving.
    useQuiz.subscribe((q, prev) => {
      const keys = ['phase', 'index', 'chosen', 'checked', 'session', 'answers', 'sessionSize'] as const;
      if (keys.some((k) => q[k] !== prev[k])) schedule();
    }),
    engine.onViewport(schedule),
    beforeFlush(() => {
      if (timer) write(useWorkspace.getState().key);
    }),
  ];
  return () => {
    if (timer) clearTimeout(timer);
    stops.forEach((stop) => void stop());
  };
}
