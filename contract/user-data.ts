import { z } from 'zod';
import { SrsCard } from '../graph-data/study/srs-card';

/**
 * The version of the user-data file this build writes. Files with a higher version are never
 * overwritten; files of an older version are migrated when read (see `migrateUserData`).
 * 2 added per-workspace data (`workspaces`) and `recentFolders`.
 */
export const USER_DATA_VERSION = 2;

/**
 * The most user data main stores: a save whose serialized document is larger is refused with a
 * notice. 8 MiB holds tens of thousands of dragged positions, views and quiz cards; a document
 * beyond it is a bug or hostile, and keeping it out keeps every load and backup fast.
 */
export const MAX_USER_DATA_BYTES = 8 * 1024 * 1024;

export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

export const Point = z.object({ x: z.number().finite(), y: z.number().finite() });

/** Filters as the explorer holds them; also what a saved view and a deep link restore. */
export const FilterState = z.object({
  compliance: z.array(z.string()).default([]),
  hosting: z.array(z.string()).default([]),
  orchestrator: z.array(z.string()).default([]),
  nodeKinds: z.array(z.string()).default([]),
  edgeKinds: z.array(z.string()).default([]),
});
export type FilterState = z.infer<typeof FilterState>;

export const SavedView = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  createdAt: z.string(),
  filters: FilterState,
  selection: z.string().nullable(),
  focus: z.object({ node: z.string(), depth: z.number().int().min(1).max(6) }).nullable(),
  zoom: z.number().positive().finite(),
  pan: Point,
  positions: z.record(z.string(), Point),
  layout: z.string(),
});
export type SavedView = z.infer<typeof SavedView>;

const SessionId = z.string().min(1).max(500);
const PathEndState = z.object({ id: SessionId.nullable(), text: z.string().max(500) });
/** One answered question of the quiz session in hand (graph-data's SessionAnswer). */
const SessionAnswerState = z.object({
  questionId: SessionId,
  kind: z.string().max(100),
  chosen: z.string().max(500),
  correct: z.boolean(),
  /** The SM-2 grade, 0-5. */
  grade: z.number().int().min(0).max(5),
  elapsedMs: z.number().nonnegative().finite().optional(),
  at: z.string().max(40),
});

/**
 * The parts of a workspace's session (where the user was when the window closed), each read on its
 * own so that one bad part is dropped without losing the rest. Node ids the graph no longer has are
 * dropped by the renderer when it restores them.
 */
export const SessionParts = {
  /** The layout's name (`fcose`, `concentric`, `breadthfirst`). */
  layout: z.string().max(40),
  /** The side panel's open tab. */
  panel: z.string().max(40),
  outlineOpen: z.boolean(),
  /** Zoom and pan, for one graph (a key of its node and relation ids) in one layout. */
  camera: z.object({
    graph: z.string().max(100),
    layout: z.string().max(40),
    zoom: z.number().positive().finite(),
    pan: Point,
  }),
  compare: z.object({
    subjects: z.array(SessionId).max(4),
    openNote: SessionId.nullable(),
    hideShared: z.boolean(),
    showSources: z.boolean(),
  }),
  /** The Cost tool: the node, the worked example open and what the user typed per input. */
  cost: z.object({
    node: SessionId.nullable(),
    example: z.object({ node: SessionId, id: z.string().min(1).max(500) }).nullable(),
    values: z.record(z.string().max(200), z.string().max(200)),
  }),
  path: z.object({
    from: PathEndState,
    to: PathEndState,
    kinds: z.array(z.string().max(100)).max(100),
    chosen: z.number().int().min(0).max(10_000),
  }),
  /** A quiz session in hand: its questions by id, where the learner is, and the answers so far. */
  quiz: z.object({
    phase: z.enum(['question', 'summary']),
    sessionSize: z.number().int().min(1).max(100),
    questions: z.array(SessionId).min(1).max(100),
    index: z.number().int().min(0).max(99),
    answers: z.array(SessionAnswerState).max(100),
    chosen: z.string().max(500).nullable(),
    checked: z.boolean(),
  }),
};
export type SessionPart = keyof typeof SessionParts;

/** Where the user was in a workspace: each part optional, absent meaning "as a fresh start has it". */
export const SessionState = z.object({
  ...(Object.fromEntries(Object.entries(SessionParts).map(([k, v]) => [k, v.optional()])) as {
    [K in SessionPart]: z.ZodOptional<(typeof SessionParts)[K]>;
  }),
  /**
   * Parts that were in the stored data but could not be read (named by key, or `session` for the
   * whole of it): dropped on reading, listed here so that the app can say so once.
   */
  unreadable: z.array(z.string().max(40)).max(20).optional(),
});
export type SessionState = z.infer<typeof SessionState>;

/** Reads a stored session part by part: a part that does not match its schema is left out and named. */
function readSession(raw: unknown): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { unreadable: ['session'] };
  const stored = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const unreadable = new Set<string>();
  const before = z.array(z.string().max(40)).max(20).safeParse(stored.unreadable);
  if (before.success) before.data.forEach((k) => unreadable.add(k));
  for (const [key, schema] of Object.entries(SessionParts)) {
    if (stored[key] === undefined) continue;
    const part = schema.safeParse(stored[key]);
    if (part.success) out[key] = part.data;
    else unreadable.add(key);
  }
  if (unreadable.size) out.unreadable = [...unreadable].slice(0, 20);
  return out;
}

const SESSION_PART_NAMES: Record<SessionPart | 'session', string> = {
  layout: 'the layout',
  panel: 'the open tab',
  outlineOpen: 'whether the outline was open',
  camera: 'the zoom and pan',
  compare: 'the services in Compare',
  cost: 'the Cost estimate',
  path: 'the ends of the Path',
  quiz: 'the quiz in progress',
  session: 'where you were',
};

/** The sentence for session parts that could not be read (keys as in `SessionState.unreadable`). */
export function unreadableSessionNotice(parts: readonly string[]): string {
  const names = [...new Set(parts)].map((p) => SESSION_PART_NAMES[p as SessionPart] ?? p);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return `Part of your last session could not be read (${list}), so that part starts afresh; everything else was kept.`;
}

/** The data kept per workspace (per graph): what the user made while exploring that graph. */
export const WorkspaceData = z.object({
  /** Node positions the user dragged, per layout name. */
  positions: z.record(z.string(), z.record(z.string(), Point)).default({}),
  bookmarks: z.array(z.string()).default([]),
  views: z.array(SavedView).default([]),
  /** Spaced-repetition state per question/fact id. */
  progress: z.record(z.string(), SrsCard).default({}),
  /** Where the user was (layout, tab, camera, study tools); absent in files from before it was kept. */
  session: z.preprocess(readSession, SessionState.optional()).optional(),
});
export type WorkspaceData = z.infer<typeof WorkspaceData>;

/** The most folders File > Open Recent lists. */
export const MAX_RECENT_FOLDERS = 10;

/** A notes folder the user opened, as File > Open Recent offers it again. */
export const RecentFolder = z.object({
  /** Absolute path of the folder. */
  path: z.string().min(1).max(4096),
  /** Opened merged with the built-in graph (true) or alone (false). */
  merge: z.boolean(),
  /** ISO time it was last opened. */
  openedAt: z.string(),
});
export type RecentFolder = z.infer<typeof RecentFolder>;

/** The workspace of the built-in graph. Its data sits at the top level of UserData, where version 1 kept it. */
export const BUILTIN_WORKSPACE = 'builtin';

/**
 * The key of a workspace: the built-in graph, or a notes folder opened alone or merged with the
 * built-in graph (two workspaces, since their graphs and so their positions differ).
 */
export function workspaceKey(folder: { path: string; merge: boolean } | null): string {
  if (folder === null) return BUILTIN_WORKSPACE;
  return `${folder.merge ? 'merged' : 'notes'}:${folder.path}`;
}

/**
 * Everything the app remembers for the user. Written only by main in the desktop app.
 * Theme and settings are global; positions, bookmarks, views and progress are per workspace:
 * the top-level ones belong to the built-in graph, `workspaces` holds every other one by key.
 */
export const UserData = z.object({
  version: z.literal(USER_DATA_VERSION),
  settings: z.object({ theme: Theme.default('system') }).default({ theme: 'system' }),
  ...WorkspaceData.shape,
  /** Every workspace but the built-in one, by `workspaceKey`. */
  workspaces: z.record(z.string(), WorkspaceData).default({}),
  /**
   * Most recent first, at most MAX_RECENT_FOLDERS. Kept by main (it learns of every folder opened):
   * in the desktop app a save keeps main's list and ignores the one sent.
   */
  recentFolders: z.array(RecentFolder).max(MAX_RECENT_FOLDERS).default([]),
});
export type UserData = z.infer<typeof UserData>;

/** A fresh, empty workspace. */
export function emptyWorkspaceData(): WorkspaceData {
  return { positions: {}, bookmarks: [], views: [], progress: {} };
}

/** A fresh, empty user-data document. */
export function emptyUserData(): UserData {
  return {
    version: USER_DATA_VERSION,
    settings: { theme: 'system' },
    ...emptyWorkspaceData(),
    workspaces: {},
    recentFolders: [],
  };
}

/** The data of one workspace (empty if it has none yet). */
export function workspaceData(data: UserData, key: string): WorkspaceData {
  if (key === BUILTIN_WORKSPACE) {
    const { positions, bookmarks, views, progress, session } = data;
    return session
      ? { positions, bookmarks, views, progress, session }
      : { positions, bookmarks, views, progress };
  }
  return data.workspaces[key] ?? emptyWorkspaceData();
}

/** A copy of `data` with one workspace's data replaced. */
export function withWorkspaceData(data: UserData, key: string, workspace: WorkspaceData): UserData {
  if (key === BUILTIN_WORKSPACE) {
    const { session: _old, ...rest } = data;
    return { ...rest, ...workspace };
  }
  return { ...data, workspaces: { ...data.workspaces, [key]: workspace } };
}

/**
 * Brings a stored document of an older version up to this one; other values pass through
 * unchanged, for the schema to judge. Version 1 kept one graph's data at the top level, which
 * is exactly where version 2 keeps the built-in workspace's, so its data becomes that workspace's.
 */
export function migrateUserData(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  const doc = json as Record<string, unknown>;
  if (doc.version === 1) {
    const { workspaces: _w, recentFolders: _r, ...rest } = doc;
    return { ...rest, version: 2, workspaces: {}, recentFolders: [] };
  }
  return json;
}
