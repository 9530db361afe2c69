import type { Positions } from './layouts';

/*
 * Computed layouts of large graphs, kept between sessions in IndexedDB (a 10,000-node layout is
 * about 400 KB, too much for the user-data file, which holds what the user did rather than what can
 * be recomputed). Keyed by the graph's shape and the layout's name, so that opening the same notes
 * again draws at once. Only the most recent few are kept. Storage that fails is never an error the
 * user sees: the layout is simply computed again.
 */

const DB_NAME = 'atlas-layouts';
const STORE = 'layouts';
/** How many computed layouts are kept (the oldest go first). */
export const KEEP_LAYOUTS = 6;

interface Entry {
  key: string;
  positions: Positions;
  savedAt: number;
}

function open(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

function done<T>(request: IDBRequest<T>): Promise<T | undefined> {
  return new Promise((resolve) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(undefined);
  });
}

/** The positions kept for `key`, if any. */
export async function cachedLayout(key: string): Promise<Positions | undefined> {
  const db = await open();
  if (!db) return undefined;
  try {
    const entry = (await done(db.transaction(STORE).objectStore(STORE).get(key))) as Entry | undefined;
    return entry?.positions;
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

/** Keeps `positions` under `key`, dropping the oldest layouts beyond KEEP_LAYOUTS. */
export async function storeLayout(key: string, positions: Positions): Promise<void> {
  const db = await open();
  if (!db) return;
  try {
    const store = db.transaction(STORE, 'readwrite').objectStore(STORE);
    await done(store.put({ key, positions, savedAt: Date.now() } satisfies Entry));
    const all = ((await done(store.getAll())) ?? []) as Entry[];
    const old = all.sort((a, b) => b.savedAt - a.savedAt).slice(KEEP_LAYOUTS);
    for (const e of old) store.delete(e.key);
  } catch {
    // Quota or a private window: the layout is computed again next time.
  } finally {
    db.close();
  }
}
