import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(),
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>(),
  showMessageBox: vi.fn<(...args: unknown[]) => Promise<{ response: number }>>(),
}));
vi.mock('electron', () => ({ dialog: fake }));

const { exportFileName, saveExport } = await import('./export');
const { ExportFilesRequest, isPlainFileName } = await import('../../contract/ipc');

const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'atlas-export-'));
  fake.showSaveDialog.mockReset();
  fake.showOpenDialog.mockReset();
  fake.showMessageBox.mockReset();
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
    expect(result).toEqual({ saved: true, path: target, files: ['my graph.png'] });
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

const csv = (name: string, text: string) => ({ name, mediaType: 'text/csv', text });

describe('export of several files', () => {
  const neo4j = {
    title: 'Export for Neo4j',
    files: [csv('nodes.csv', 'id:ID,label\necs,ECS\n'), csv('relationships.csv', ':START_ID,:END_ID\n')],
  };

  it('writes every file into the folder the user chooses', async () => {
    fake.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] });
    const result = await saveExport(neo4j, { window: null, defaultDir: '/home/u/Documents' });
    expect(result).toEqual({ saved: true, path: dir, files: ['nodes.csv', 'relationships.csv'] });
    expect(await fsp.readFile(path.join(dir, 'nodes.csv'), 'utf8')).toBe('id:ID,label\necs,ECS\n');
    expect((await fsp.readdir(dir)).sort()).toEqual(['nodes.csv', 'relationships.csv']);
    const options = fake.showOpenDialog.mock.calls[0]?.[0] as { properties: string[]; title: string };
    expect(options.properties).toContain('openDirectory');
    expect(options.title).toBe('Export for Neo4j');
    expect(fake.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks before replacing files already there, and writes nothing when told no', async () => {
    await fsp.writeFile(path.join(dir, 'nodes.csv'), 'mine');
    fake.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] });
    fake.showMessageBox.mockResolvedValue({ response: 1 });
    expect(await saveExport(neo4j, { window: null, defaultDir: dir })).toEqual({ saved: false });
    const box = fake.showMessageBox.mock.calls[0]?.[0] as { message: string; detail: string };
    expect(box.message).toBe(`1 file of this export already exists in ${dir}. Replace it?`);
    expect(box.detail).toBe('nodes.csv');
    expect(await fsp.readdir(dir)).toEqual(['nodes.csv']);
    expect(await fsp.readFile(path.join(dir, 'nodes.csv'), 'utf8')).toBe('mine');

    fake.showMessageBox.mockResolvedValue({ response: 0 });
    expect((await saveExport(neo4j, { window: null, defaultDir: dir })).saved).toBe(true);
    expect(await fsp.readFile(path.join(dir, 'nodes.csv'), 'utf8')).toBe('id:ID,label\necs,ECS\n');
  });

  it('stops before writing anything when a folder is in the way of a file', async () => {
    await fsp.mkdir(path.join(dir, 'relationships.csv'));
    fake.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] });
    await expect(saveExport(neo4j, { window: null, defaultDir: dir })).rejects.toThrow(
      /relationships\.csv is a folder/,
    );
    expect(await fsp.readdir(dir)).toEqual(['relationships.csv']);
  });

  it('saves a single file of the new form through the save dialog, PNG as bytes', async () => {
    const target = path.join(dir, 'picture.png');
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const bytes = new Uint8Array(Buffer.from(PNG_BASE64, 'base64'));
    const result = await saveExport(
      { files: [{ name: 'service-atlas.png', mediaType: 'image/png', bytes }] },
      { window: null, defaultDir: dir },
    );
    expect(result).toEqual({ saved: true, path: target, files: ['picture.png'] });
    expect(new Uint8Array(await fsp.readFile(target))).toEqual(bytes);
    const options = fake.showSaveDialog.mock.calls[0]?.[0] as { defaultPath: string; filters: unknown[] };
    expect(options.defaultPath).toBe(path.join(dir, 'service-atlas.png'));
    expect(options.filters).toEqual([{ name: 'PNG file', extensions: ['png'] }]);
  });
});

describe('export request validation (contract)', () => {
  it('refuses names with folders or special characters, duplicates, and oversize files', () => {
    const bad = [
      { files: [csv('../nodes.csv', 'x')] },
      { files: [csv('a/b.csv', 'x')] },
      { files: [csv('C:\\x.csv', 'x')] },
      { files: [csv('.hidden', 'x')] },
      { files: [csv('CON.csv', 'x')] },
      { files: [csv('nodes.csv', 'x'), csv('NODES.csv', 'y')] },
      { files: [] },
      { files: [{ name: 'a.png', mediaType: 'image/png', bytes: 'not bytes' }] },
      { files: [{ name: 'a.csv', mediaType: 'text csv', text: 'x' }] },
    ];
    for (const request of bad)
      expect(ExportFilesRequest.safeParse(request).success, JSON.stringify(request)).toBe(false);
    expect(ExportFilesRequest.safeParse({ files: [csv('nodes.csv', 'x')] }).success).toBe(true);
    expect(isPlainFileName('Kumu elements.csv')).toBe(true);
  });
});

describe('export size bound', () => {
  it('counts the UTF-8 bytes of text files, not their characters', async () => {
    const { exportFileBytes } = await import('../../contract/ipc');
    expect(exportFileBytes({ name: 'a.csv', mediaType: 'text/csv', text: 'Ü€😀a' })).toBe(
      Buffer.byteLength('Ü€😀a'),
    );
  });
});
