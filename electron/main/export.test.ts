import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(),
}));
vi.mock('electron', () => ({ dialog: { showSaveDialog: fake.showSaveDialog } }));

const { exportFileName, saveExport } = await import('./export');

const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'atlas-export-'));
  fake.showSaveDialog.mockReset();
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

describe('export', () => {
  it('writes the decoded PNG where the user chose, offering only PNG files', async () => {
    const target = path.join(dir, 'my graph.png');
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await saveExport(
      { suggestedName: 'service-atlas', format: 'png', data: PNG_BASE64, encoding: 'base64' },
      { window: null, defaultDir: '/home/u/Documents' },
    );
    expect(result).toEqual({ saved: true, path: target });
    const bytes = await fsp.readFile(target);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(bytes).toEqual(Buffer.from(PNG_BASE64, 'base64'));
    const options = fake.showSaveDialog.mock.calls[0]?.[0] as { defaultPath: string; filters: unknown[] };
    expect(options.defaultPath).toBe(path.join('/home/u/Documents', 'service-atlas.png'));
    expect(options.filters).toEqual([{ name: 'PNG image', extensions: ['png'] }]);
  });

  it('writes text exports as UTF-8', async () => {
    const target = path.join(dir, 'g.graphml');
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await saveExport(
      { suggestedName: 'g', format: 'graphml', data: '<graphml>Überblick</graphml>', encoding: 'utf8' },
      { window: null, defaultDir: dir },
    );
    expect(await fsp.readFile(target, 'utf8')).toBe('<graphml>Überblick</graphml>');
  });

  it('writes nothing when the user cancels', async () => {
    fake.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const result = await saveExport(
      { suggestedName: 'g', format: 'json', data: '{}', encoding: 'utf8' },
      { window: null, defaultDir: dir },
    );
    expect(result).toEqual({ saved: false });
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('refuses damaged image data instead of writing a broken file', async () => {
    await expect(
      saveExport(
        { suggestedName: 'g', format: 'png', data: 'not base64!', encoding: 'base64' },
        { window: null, defaultDir: dir },
      ),
    ).rejects.toThrow(/image data was damaged/);
    expect(fake.showSaveDialog).not.toHaveBeenCalled();
  });

  it('suggests a plain file name: no folders, the right extension', () => {
    expect(exportFileName('../../etc/passwd', 'json')).toBe('passwd.json');
    expect(exportFileName('C:\\Users\\x\\graph.svg', 'svg')).toBe('graph.svg');
    expect(exportFileName('ECS: overview?', 'png')).toBe('ECS- overview-.png');
    expect(exportFileName('..', 'png')).toBe('service-atlas.png');
  });
});
