import { describe, expect, it } from 'vitest';
import {
  BUILTIN_WORKSPACE,
  emptyUserData,
  emptyWorkspaceData,
  migrateUserData,
  USER_DATA_VERSION,
  UserData,
  workspaceData,
  workspaceKey,
  withWorkspaceData,
} from './user-data';
import { readUserDataText } from './user-data-file';

/** A version-1 file as Service Atlas 0.1 wrote it: one graph's data at the top level. */
const version1 = {
  version: 1,
  settings: { theme: 'dark' },
  positions: { fcose: { ecs: { x: 10, y: -4 } } },
  bookmarks: ['ecs', 'fargate'],
  views: [
    {
      id: 'v1',
      name: 'On premises',
      createdAt: '2025-01-02T03:04:05.000Z',
      filters: { compliance: [], hosting: ['on-premises'], orchestrator: [], nodeKinds: [], edgeKinds: [] },
      selection: 'ecs-anywhere',
      focus: null,
      zoom: 1.5,
      pan: { x: 1, y: 2 },
      positions: {},
      layout: 'fcose',
    },
  ],
  progress: {},
};

describe('user data version 2', () => {
  it('reads a version-1 file with all its data as the built-in workspace, and says it migrated', () => {
    const reading = readUserDataText(JSON.stringify(version1));
    expect(reading.kind).toBe('ok');
    if (reading.kind !== 'ok') return;
    expect(reading.migratedFrom).toBe(1);
    expect(reading.data.version).toBe(USER_DATA_VERSION);
    expect(reading.data.settings.theme).toBe('dark');
    expect(workspaceData(reading.data, BUILTIN_WORKSPACE)).toEqual({
      positions: version1.positions,
      bookmarks: ['ecs', 'fargate'],
      views: version1.views,
      progress: {},
    });
    expect(reading.data.workspaces).toEqual({});
    expect(reading.data.recentFolders).toEqual([]);
  });

  it('reads a current file without calling it migrated, and leaves other values to the schema', () => {
    const reading = readUserDataText(JSON.stringify(emptyUserData()));
    expect(reading).toEqual({ kind: 'ok', data: emptyUserData() });
    expect(migrateUserData([1])).toEqual([1]);
    expect(readUserDataText(JSON.stringify({ version: 1, bookmarks: 'ecs' })).kind).toBe('damaged');
  });

  it('keeps each notes folder, alone or merged, as its own workspace, apart from the built-in one', () => {
    const alone = workspaceKey({ path: '/home/u/notes', merge: false });
    const merged = workspaceKey({ path: '/home/u/notes', merge: true });
    expect(new Set([workspaceKey(null), alone, merged]).size).toBe(3);

    let data = emptyUserData();
    data = withWorkspaceData(data, alone, { ...emptyWorkspaceData(), bookmarks: ['my-note'] });
    data = withWorkspaceData(data, BUILTIN_WORKSPACE, { ...emptyWorkspaceData(), bookmarks: ['ecs'] });
    expect(workspaceData(data, alone).bookmarks).toEqual(['my-note']);
    expect(workspaceData(data, merged)).toEqual(emptyWorkspaceData());
    expect(workspaceData(data, BUILTIN_WORKSPACE).bookmarks).toEqual(['ecs']);
    expect(UserData.parse(JSON.parse(JSON.stringify(data)))).toEqual(data);
  });

  it('refuses a recent list longer than ten', () => {
    const recentFolders = Array.from({ length: 11 }, (_, i) => ({
      path: `/n${i}`,
      merge: false,
      openedAt: '2025-01-01T00:00:00.000Z',
    }));
    expect(UserData.safeParse({ ...emptyUserData(), recentFolders }).success).toBe(false);
  });
});
