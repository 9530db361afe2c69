import type { AtlasApi } from '../api';
import { emptyUserData, type UserData } from '../../contract/user-data';
import type { PositionStore } from '../engine/atlas-engine';
import { useAtlas } from './store';

/*
 * The user's saved data, held here once loaded; every change is saved through the API. Saves are
 * queued one after another so that an older save never lands after a newer one.
 */
let api: AtlasApi | undefined;
let data: UserData = emptyUserData();
let pending: ReturnType<typeof setTimeout> | undefined;
let chain: Promise<void> = Promise.resolve();

/** Loads the user's data through the API and shows any recovery notice it returns. */
export async function loadUserData(atlasApi: AtlasApi): Promise<UserData> {
  api = atlasApi;
  window.atlasUserData = { flush: flushUserData };
  try {
    const result = await atlasApi.loadUserData();
    data = result.data;
    for (const notice of result.notices) useAtlas.getState().notify(notice);
  } catch (err) {
    useAtlas
      .getState()
      .notify(`Your saved settings could not be read (${(err as Error).message}); starting with defaults.`);
  }
  return data;
}

declare global {
  interface Window {
    /** For end-to-end tests: waits until every change so far has been saved. */
    atlasUserData?: { flush(): Promise<void> };
  }
}

/** Saves a change still waiting (a drag's), and resolves once every save so far has finished. */
export function flushUserData(): Promise<void> {
  if (pending) {
    clearTimeout(pending);
    pending = undefined;
    const snapshot = data;
    chain = chain.then(() => save(snapshot));
  }
  return chain;
}

/** The data as last loaded or changed. */
export function userData(): UserData {
  return data;
}

/** Changes the data and saves it, at once or after `delayMs` (coalescing bursts such as drags). */
export function updateUserData(change: (d: UserData) => UserData, delayMs = 0): void {
  data = change(data);
  if (pending) clearTimeout(pending);
  pending = setTimeout(() => {
    pending = undefined;
    const snapshot = data;
    chain = chain.then(() => save(snapshot));
  }, delayMs);
}

async function save(snapshot: UserData): Promise<void> {
  if (!api) return;
  try {
    const result = await api.saveUserData(snapshot);
    if (!result.ok) useAtlas.getState().notify(result.notice);
  } catch (err) {
    useAtlas.getState().notify(`Your changes could not be saved: ${(err as Error).message}`);
  }
}

/** The user's dragged positions per layout, as the engine reads and writes them. */
export const userPositions: PositionStore = {
  saved: (layout) => data.positions[layout],
  save: (layout, id, at) =>
    updateUserData(
      (d) => ({ ...d, positions: { ...d.positions, [layout]: { ...d.positions[layout], [id]: at } } }),
      400,
    ),
  forget: (layout) =>
    updateUserData((d) => {
      const positions = { ...d.positions };
      delete positions[layout];
      return { ...d, positions };
    }),
};
