import { describe, expect, it } from 'vitest';
import {
  BUILTIN_WORKSPACE,
  emptyUserData,
  emptyWorkspaceData,
  migrateUserData,
  unreadableSessionNotice,
  type SessionState,
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

describe('the per-workspace session', () => {
  const session: SessionState = {
    layout: 'concentric',
    panel: 'quiz',
    outlineOpen: true,
    camera: { graph: 'g1', layout: 'concentric', zoom: 1.8, pan: { x: 12, y: -40 } },
    compare: { subjects: ['ecs', 'eks'], openNote: null, hideShared: false, showSources: true },
    cost: { node: 'fargate', example: null, values: { tasks: '3' } },
    path: {
      from: { id: 'eks-anywhere', text: 'EKS Anywhere' },
      to: { id: null, text: 'kube' },
      kinds: [],
      chosen: 0,
    },
    quiz: {
      phase: 'question',
      sessionSize: 5,
      questions: ['q1', 'q2'],
      index: 1,
      answers: [
        {
          questionId: 'q1',
          kind: 'relation',
          chosen: 'a',
          correct: true,
          grade: 4,
          at: '2025-01-01T00:00:00.000Z',
        },
      ],
      chosen: null,
      checked: false,
    },
  };

  it('loads a version-2 file written before sessions were kept exactly as it was', () => {
    const old = { ...emptyUserData(), bookmarks: ['ecs'], workspaces: { 'notes:/n': emptyWorkspaceData() } };
    const text = JSON.stringify(old);
    const reading = readUserDataText(text);
    expect(reading).toEqual({ kind: 'ok', data: old });
    if (reading.kind !== 'ok') return;
    expect(JSON.stringify(reading.data)).toBe(text);
    expect(workspaceData(reading.data, BUILTIN_WORKSPACE).session).toBeUndefined();
  });

  it('keeps a good session, for the built-in workspace and for a notes folder alike', () => {
    let data = withWorkspaceData(emptyUserData(), BUILTIN_WORKSPACE, { ...emptyWorkspaceData(), session });
    data = withWorkspaceData(data, 'notes:/n', { ...emptyWorkspaceData(), session: { layout: 'fcose' } });
    const reading = readUserDataText(JSON.stringify(data));
    expect(reading.kind).toBe('ok');
    if (reading.kind !== 'ok') return;
    expect(workspaceData(reading.data, BUILTIN_WORKSPACE).session).toEqual(session);
    expect(workspaceData(reading.data, 'notes:/n').session).toEqual({ layout: 'fcose' });
  });

  it('drops a bad part of a session, names it, and keeps the rest of the session and of the file', () => {
    const stored = {
      ...emptyUserData(),
      bookmarks: ['ecs'],
      session: {
        ...session,
        camera: { ...session.camera, zoom: -3 },
        quiz: { ...session.quiz, index: 'two' },
      },
      workspaces: { 'notes:/n': { ...emptyWorkspaceData(), session: 'garbage' } },
    };
    const reading = readUserDataText(JSON.stringify(stored));
    expect(reading.kind).toBe('ok');
    if (reading.kind !== 'ok') return;
    expect(reading.data.bookmarks).toEqual(['ecs']);
    const kept = workspaceData(reading.data, BUILTIN_WORKSPACE).session!;
    expect(kept.camera).toBeUndefined();
    expect(kept.quiz).toBeUndefined();
    expect(kept.compare).toEqual(session.compare);
    expect(kept.unreadable).toEqual(['camera', 'quiz']);
    expect(workspaceData(reading.data, 'notes:/n').session).toEqual({ unreadable: ['session'] });
    expect(unreadableSessionNotice(kept.unreadable!)).toBe(
      'Part of your last session could not be read (the zoom and pan and the quiz in progress), so that part starts afresh; everything else was kept.',
    );
  });

  it('refuses hostile sizes part by part: a fifth Compare pick, an endless Cost input', () => {
    const stored = {
      ...emptyUserData(),
      session: {
        compare: { ...session.compare, subjects: ['a', 'b', 'c', 'd', 'e'] },
        cost: { ...session.cost, values: { tasks: 'x'.repeat(10_000) } },
        path: session.path,
      },
    };
    const reading = readUserDataText(JSON.stringify(stored));
    if (reading.kind !== 'ok') throw new Error(reading.kind);
    expect(reading.data.session).toEqual({ path: session.path, unreadable: ['compare', 'cost'] });
  });
});
