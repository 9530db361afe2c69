import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotesChange } from '../../contract/notes';
import { watchNotesFolder, type NotesWatcher } from './notes-watcher';

let root: string;
let outside: string;
let watcher: NotesWatcher | undefined;
let changes: Array<NotesChange & { at: number }>;

beforeEach(async () => {
  root = await fsp.realpath(await fsp.mkdtemp(path.join(os.tmpdir(), 'atlas-watch-')));
  outside = await fsp.mkdtemp(path.join(os.tmpdir(), 'atlas-outside-'));
  await fsp.mkdir(path.join(root, 'services'));
  await fsp.writeFile(path.join(root, 'services', 'ecs.md'), '# ECS\n');
  await fsp.writeFile(path.join(root, 'eks.md'), '# EKS\n');
  for (const dir of ['.obsidian', '.git', 'node_modules', '.trash']) await fsp.mkdir(path.join(root, dir));
  changes = [];
});
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  await fsp.rm(root, { recursive: true, force: true });
  await fsp.rm(outside, { recursive: true, force: true });
});

async function start(): Promise<void> {
  watcher = watchNotesFolder(root, (c) => changes.push({ ...c, at: Date.now() }));
  await watcher.ready;
}

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out; changes: ${JSON.stringify(changes)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const quiet = (ms = 600) => new Promise((resolve) => setTimeout(resolve, ms));
const write = (rel: string, text: string | Uint8Array) => fsp.writeFile(path.join(root, rel), text);

describe('notes folder watcher', () => {
  it('sends an edit made in another editor well within a second, with the whole new text', async () => {
    await start();
    const saved = Date.now();
    await write('services/ecs.md', '# ECS\n\n- **Launch types**: EC2, Fargate\n');
    await until(() => changes.length > 0);
    expect(changes[0]).toMatchObject({
      folder: root,
      changed: [{ path: 'services/ecs.md', text: '# ECS\n\n- **Launch types**: EC2, Fargate\n' }],
      removed: [],
      problems: [],
    });
    const latency = changes[0]!.at - saved;
    expect(latency).toBeLessThan(1000);
    console.info(`watcher: edit reached the callback after ${latency} ms`);
  });

  it('sends a deleted note as removed, and a new one as changed', async () => {
    await start();
    await fsp.rm(path.join(root, 'eks.md'));
    await write('services/fargate.md', '# Fargate\r\n');
    await until(() => changes.flatMap((c) => [...c.removed, ...c.changed.map((f) => f.path)]).length >= 2);
    expect(changes.flatMap((c) => c.removed)).toEqual(['eks.md']);
    // CRLF is read as LF, as the folder reader does.
    expect(changes.flatMap((c) => c.changed)).toEqual([{ path: 'services/fargate.md', text: '# Fargate\n' }]);
  });

  it('removes every note of a deleted sub-folder', async () => {
    await start();
    await fsp.rm(path.join(root, 'services'), { recursive: true });
    await until(() => changes.flatMap((c) => c.removed).length > 0);
    await quiet(300);
    expect(changes.flatMap((c) => c.removed)).toEqual(['services/ecs.md']);
  });

  it('gathers a burst of saves into one batch holding the last text', async () => {
    await start();
    for (let i = 0; i < 20; i += 1) await write('eks.md', `# EKS ${i}\n`);
    await until(() => changes.length > 0);
    await quiet(400);
    const last = changes.flatMap((c) => c.changed).at(-1);
    expect(last).toEqual({ path: 'eks.md', text: '# EKS 19\n' });
    expect(changes.length).toBeLessThanOrEqual(2);
  });

  it('ignores hidden folders, .obsidian, .git, node_modules and files that are not notes', async () => {
    await start();
    await write('.obsidian/workspace.md', 'x');
    await write('.git/HEAD.md', 'x');
    await write('node_modules/readme.md', 'x');
    await write('.trash/old.md', 'x');
    await write('diagram.png', 'x');
    await write('services/ecs.md', '# ECS again\n');
    await until(() => changes.length > 0);
    await quiet(300);
    expect(changes.flatMap((c) => c.changed.map((f) => f.path))).toEqual(['services/ecs.md']);
  });

  it('refuses a link that leads out of the folder, and reports bad UTF-8 without dropping the note', async () => {
    await fsp.writeFile(path.join(outside, 'secret.md'), 'not yours');
    await start();
    await fsp.symlink(path.join(outside, 'secret.md'), path.join(root, 'linked.md'));
    await write('eks.md', Uint8Array.from([0x23, 0x20, 0xff, 0x0a]));
    await until(() => changes.flatMap((c) => c.problems).length >= 2);
    const all = changes.flatMap((c) => [
      ...c.changed,
      ...c.problems.map((p) => ({ path: p.file, text: p.message })),
    ]);
    expect(all.some((f) => f.text === 'not yours')).toBe(false);
    const problems = changes.flatMap((c) => c.problems);
    expect(problems.find((p) => p.file === 'linked.md')?.message).toMatch(/symbolic link/);
    expect(problems.find((p) => p.file === 'eks.md')).toMatchObject({
      offset: 2,
      message: expect.stringMatching(/not UTF-8/),
    });
    expect(changes.flatMap((c) => c.removed)).toEqual([]);
  });

  it('reads a link that stays inside the folder, as the folder reader does', async () => {
    await start();
    await fsp.symlink(path.join(root, 'eks.md'), path.join(root, 'alias.md'));
    await until(() => changes.length > 0);
    expect(changes[0]?.changed).toEqual([{ path: 'alias.md', text: '# EKS\n' }]);
  });

  it('sends nothing after it is closed', async () => {
    await start();
    await watcher!.close();
    await write('eks.md', '# changed\n');
    await quiet(400);
    expect(changes).toEqual([]);
  });
});
