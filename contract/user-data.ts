import { z } from 'zod';
import { SrsCard } from '../graph-data/study/srs-card';

/** The version of the user-data file this build writes. Files with a higher version are never overwritten. */
export const USER_DATA_VERSION = 1;

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

/** Everything the app remembers for the user. Written only by main in the desktop app. */
export const UserData = z.object({
  version: z.literal(USER_DATA_VERSION),
  settings: z.object({ theme: Theme.default('system') }).default({ theme: 'system' }),
  /** Node positions the user dragged, per layout name. */
  positions: z.record(z.string(), z.record(z.string(), Point)).default({}),
  bookmarks: z.array(z.string()).default([]),
  views: z.array(SavedView).default([]),
  /** Spaced-repetition state per question/fact id. */
  progress: z.record(z.string(), SrsCard).default({}),
});
export type UserData = z.infer<typeof UserData>;

/** A fresh, empty user-data document. */
export function emptyUserData(): UserData {
  return {
    version: USER_DATA_VERSION,
    settings: { theme: 'system' },
    positions: {},
    bookmarks: [],
    views: [],
    progress: {},
  };
}
