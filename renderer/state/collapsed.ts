/*
 * Which side columns the user folded away (the search-and-filters sidebar, the details-and-tools
 * panel), kept in localStorage under one key so that a reload opens the window as it was left.
 * A layout preference, not user data: a missing, corrupt or unreadable entry means "both open".
 */

/** The two columns beside the canvas that fold into a narrow rail. */
export type CollapsiblePart = 'sidebar' | 'panel';

/** Whether each column is folded into its rail. */
export type Collapsed = Record<CollapsiblePart, boolean>;

export const COLLAPSED_KEY = 'atlas:collapsed';

/** Nothing folded: the first start, and what any unreadable entry falls back to. */
export const NOT_COLLAPSED: Collapsed = Object.freeze({ sidebar: false, panel: false });

/** The slice of the Storage interface this module needs. */
type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Reading `localStorage` itself throws where storage is disabled (sandboxed frames, some privacy modes).
    return undefined;
  }
}

/** Reads stored text into a Collapsed value; anything but `{ sidebar?: boolean, panel?: boolean }` gives the defaults. */
export function parseCollapsed(text: string | null): Collapsed {
  if (!text) return { ...NOT_COLLAPSED };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ...NOT_COLLAPSED };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ...NOT_COLLAPSED };
  const record = value as Record<string, unknown>;
  return { sidebar: record.sidebar === true, panel: record.panel === true };
}

/** The folded columns as last saved, or none folded when nothing (readable) was saved. */
export function loadCollapsed(storage: KeyValueStorage | undefined = defaultStorage()): Collapsed {
  try {
    return parseCollapsed(storage?.getItem(COLLAPSED_KEY) ?? null);
  } catch {
    return { ...NOT_COLLAPSED };
  }
}

/** Remembers the folded columns; a full or disabled storage only means the choice is not kept. */
export function saveCollapsed(
  value: Collapsed,
  storage: KeyValueStorage | undefined = defaultStorage(),
): void {
  try {
    storage?.setItem(COLLAPSED_KEY, JSON.stringify({ sidebar: value.sidebar, panel: value.panel }));
  } catch {
    // Quota exceeded or storage disabled: the layout still works, it is just not remembered.
  }
}
