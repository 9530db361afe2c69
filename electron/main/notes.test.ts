import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OpenNotesResult, type NotesChange } from '../../contract/notes';
import type { RecentFolder } from '../../contract/user-data';

const fake = vi.hoisted(() => ({
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>(),
}));
vi.mock('electron', () => ({ dialog: { showOpenDialog: fake.showOpenDialog } }));

const { checkNotesFolder, createNotesService } = await import('./notes');

let base: string;
let vault: string;
let other: string;
let sent: NotesChange[];
let remembered: Array<{ path: string; merge: boolean }>;
let service: ReturnType<typeof createNotesService>;

beforeEach(async () => {
  base = await fsp.realpath(await fsp.mkdtemp(path.join(os.tmpdir(), 'atlas-notes-')));
  vault = path.join(base, 'vault');
  other = path.join(base, 'other');
  await fsp.mkdir(path.join(vault, '.obsidian'), { recursive: true });
  await fsp.mkdir(path.join(vault, 'Services'));
  await fsp.writeFile(path.join(vault, 'Services', 'ECS.md'), '# ECS\n[[Fargate]]\n');
  await fsp.writeFile(path.join(vault, 'Fargate.md'), '# Fargate\n');
  await fsp.writeFile(path.join(vault, '.obsidian', 'app.md'), 'settings');
  await fsp.mkdir(other);
  await fsp.writeFile(path.join(other, 'notes.txt'), 'ECS\n');
  sent = [];
  remembered = [];
  fake.showOpenDialog.mockReset();
  service = createNotesService({
    window: () => null,
    send: (change) => sent.push(change),
    rememberFolder: async (folder) => {
      remembered.unshift(folder);
      return remembered.map((f): RecentFolder => ({ ...f, openedAt: '2025-01-01T00:00:00.000Z' }));
    },
  });
});
afterEach(async () => {
  await service.close();
  await fsp.rm(base, { recursive: true, force: true });
});

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('opening a notes folder', () => {
  it('asks with a folder dialog, hands over the notes with relative paths, and remembers the folder', async () => {
    fake.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [vault] });
    const result = OpenNotesResult.parse(await service.open({ merge: true }));
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.folder).toBe(vault);
    expect(result.vault).toBe(true);
    expect(result.workspace).toBe(`merged:${vault}`);
    expect(result.files).toEqual([
      { path: 'Fargate.md', text: '# Fargate\n' },
      { path: 'Services/ECS.md', text: '# ECS\n[[Fargate]]\n' },
    ]);
    expect(result.recentFolders.map((f) => f.path)).toEqual([vault]);
    expect(remembered).toEqual([{ path: vault, merge: true }]);
    const options = fake.showOpenDialog.mock.calls[0]?.[0] as { properties: string[] };
    expect(options.properties).toEqual(['openDirectory']);
  });

  it('opens nothing and remembers nothing when the dialog is cancelled', async () => {
    fake.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await service.open({ merge: false })).toEqual({ status: 'canceled' });
    expect(remembered).toEqual([]);
    expect(await service.close()).toEqual({ closed: false });
  });

  it('opens a dropped folder by its path without a dialog', async () => {
    const result = await service.open({ path: other, merge: false });
    expect(result).toMatchObject({ status: 'opened', files: [{ path: 'notes.txt', text: 'ECS\n' }] });
    expect(fake.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses a dropped path that is relative, a file, or gone, saying what to do', async () => {
    const cases: Array<[string, RegExp]> = [
      [
        'notes/vault',
        /^"notes\/vault" is not the full path of a folder; choose it with File > Open Notes Folder…/,
      ],
      [path.join(other, 'notes.txt'), /is a file, not a folder; open the folder that holds your notes/],
      [path.join(base, 'moved-away'), /does not exist \(it may have been moved or deleted\)/],
    ];
    for (const [given, message] of cases) {
      const result = await service.open({ path: given, merge: false });
      expect(result.status).toBe('failed');
      expect(result.status === 'failed' && result.message).toMatch(message);
    }
    expect(remembered).toEqual([]);
  });

  it('drops a recent folder that has gone from the list when it is opened', async () => {
    const forgotten: string[] = [];
    const changed: RecentFolder[][] = [];
    const withForget = createNotesService({
      window: () => null,
      send: () => undefined,
      rememberFolder: async () => [],
      forgetFolder: async (p) => (forgotten.push(p), []),
      onRecentChanged: (list) => changed.push(list),
    });
    const gone = path.join(base, 'renamed');
    expect((await withForget.open({ path: gone, merge: false })).status).toBe('failed');
    expect(forgotten).toEqual([gone]);
    expect(changed).toEqual([[]]);
  });

  it('resolves a link to a folder to its real path', async () => {
    const link = path.join(base, 'link-to-vault');
    await fsp.symlink(vault, link);
    expect(await checkNotesFolder(link)).toEqual({ ok: true, real: vault });
  });
});

describe('watching the open folder', () => {
  it('sends edits of the open folder, stops with close, and follows only the latest folder', async () => {
    await service.open({ path: vault, merge: false });
    await fsp.writeFile(path.join(vault, 'Fargate.md'), '# Fargate\nServerless.\n');
    await until(() => sent.length > 0);
    expect(sent[0]).toMatchObject({
      folder: vault,
      changed: [{ path: 'Fargate.md', text: '# Fargate\nServerless.\n' }],
    });

    await service.open({ path: other, merge: false });
    sent = [];
    await fsp.writeFile(path.join(vault, 'Fargate.md'), '# not watched any more\n');
    await fsp.writeFile(path.join(other, 'notes.txt'), 'EKS\n');
    await until(() => sent.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sent.map((c) => c.folder)).toEqual([other]);

    expect(await service.close()).toEqual({ closed: true });
    sent = [];
    await fsp.writeFile(path.join(other, 'notes.txt'), 'closed\n');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(sent).toEqual([]);
  });
});
