import { describe, expect, it } from 'vitest';
import { BUILTIN_WORKSPACE, workspaceKey, type SavedView } from '../../../contract/user-data';
import { setWorkspace, userData } from '../../state/user-data';
import { deleteView, putView, restoreView, setBookmarked, viewNamed } from './saved-data';
import { summarizeView } from './views';

const view = (id: string, name: string, extra: Partial<SavedView> = {}): SavedView => ({
  id,
  name,
  createdAt: '2025-03-04T05:06:07.000Z',
  filters: { compliance: [], hosting: [], orchestrator: [], nodeKinds: [], edgeKinds: [] },
  selection: null,
  focus: null,
  zoom: 1,
  pan: { x: 0, y: 0 },
  positions: {},
  layout: 'fcose',
  ...extra,
});

const labels: Record<string, string> = { eks: 'EKS', ecs: 'ECS' };
const label = (id: string) => labels[id] ?? id;

describe('summarizeView', () => {
  it('says what opening the view brings back', () => {
    const v = view('v', 'Study', {
      filters: {
        compliance: ['hipaa'],
        hosting: ['on-premises'],
        orchestrator: [],
        nodeKinds: [],
        edgeKinds: [],
      },
      focus: { node: 'eks', depth: 1 },
      selection: 'ecs',
      positions: { a: { x: 0, y: 0 }, b: { x: 1, y: 1 } },
    });
    expect(summarizeView(v, label)).toBe(
      'Force-directed · 2 filters · focus on EKS · ECS selected · 2 positions',
    );
  });

  it('uses the singular for one, says "no filters", and gives a focus depth above 1', () => {
    const v = view('v', 'Study', {
      layout: 'concentric',
      focus: { node: 'eks', depth: 3 },
      positions: { a: { x: 0, y: 0 } },
    });
    expect(summarizeView(v, label)).toBe('Concentric · no filters · focus on EKS (depth 3) · 1 position');
  });
});

describe('saved views and bookmarks in the user data', () => {
  it('finds a view by name ignoring case and spaces, replaces in place, and undoes a deletion in place', () => {
    putView(view('a', 'First'));
    putView(view('b', 'Second'));
    putView(view('c', 'Third'));
    expect(viewNamed('  second ')?.id).toBe('b');
    expect(viewNamed('Fourth')).toBeUndefined();

    putView(view('b', 'Second, again'));
    expect(userData().views.map((v) => v.name)).toEqual(['First', 'Second, again', 'Third']);

    const removed = deleteView('b')!;
    expect(userData().views.map((v) => v.id)).toEqual(['a', 'c']);
    restoreView(removed.view, removed.index);
    expect(userData().views.map((v) => v.id)).toEqual(['a', 'b', 'c']);
    // A second undo does not duplicate it.
    restoreView(removed.view, removed.index);
    expect(userData().views).toHaveLength(3);
    expect(deleteView('nope')).toBeUndefined();
  });

  it('adds a bookmark once and removes it', () => {
    setBookmarked('eks', true);
    setBookmarked('eks', true);
    setBookmarked('ecs', true);
    expect(userData().bookmarks).toEqual(['eks', 'ecs']);
    setBookmarked('eks', false);
    expect(userData().bookmarks).toEqual(['ecs']);
  });

  it('keeps bookmarks and views per workspace: a notes folder has its own, the built-in graph keeps its', () => {
    const builtIn = userData().bookmarks;
    setWorkspace(workspaceKey({ path: '/home/me/vault', merge: false }));
    setBookmarked('lambda', true);
    putView(view('w', 'Vault view'));
    expect(userData().workspaces['notes:/home/me/vault']).toMatchObject({ bookmarks: ['lambda'] });
    expect(viewNamed('vault view')?.id).toBe('w');
    expect(userData().bookmarks).toEqual(builtIn);
    setWorkspace(BUILTIN_WORKSPACE);
    expect(viewNamed('vault view')).toBeUndefined();
    expect(userData().bookmarks).toEqual(builtIn);
  });
});
