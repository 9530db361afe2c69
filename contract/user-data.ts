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

/** The data kept per workspace (per graph): what the user made while exploring that graph. */
export const WorkspaceData = z.object({
  /** Node positions the user dragged, per layout name. */
  positions: z.record(z.string(), z.record(z.string(), Point)).default({}),
  bookmarks: z.array(z.string()).default([]),
  views: z.array(SavedView).default([]),
  /** Spaced-repetition state per question/fact id. */
  progress: z.record(z.string(), SrsCard).default({}),
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
    const { positions, bookmarks, views, progress } = data;
    return { positions, bookmarks, views, progress };
  }
  return data.workspaces[key] ?? emptyWorkspaceData();
}

/** A copy of `data` with one workspace's data replaced. */
export function withWorkspaceData(data: UserData, key: string, workspace: WorkspaceData): UserData {
  if (key === BUILTIN_WORKSPACE) return { ...data, ...workspace };
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
