import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

type Failure = { ok: false; reason: string; detail: string };
interface StartModule {
  locateElectron(dir: string): Promise<{ ok: true; path: string } | Failure>;
  explain(failure: Failure): string;
}

const start = (await import(new URL('./start.mjs', import.meta.url).href)) as StartModule;

let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'atlas-start-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

/** A stand-in for node_modules/electron whose index.js behaves like the real one in one situation. */
async function fakeElectron(indexJs: string): Promise<string> {
  const pkg = path.join(dir, 'electron');
  await fsp.mkdir(pkg);
  await fsp.writeFile(path.join(pkg, 'package.json'), '{"name":"electron","main":"index.js"}');
  await fsp.writeFile(path.join(pkg, 'index.js'), indexJs);
  return pkg;
}

describe('npm start: finding Electron', () => {
  it('finds a downloaded binary', async () => {
    const binary = path.join(dir, 'electron-binary');
    await fsp.writeFile(binary, '');
    const pkg = await fakeElectron(`module.exports = ${JSON.stringify(binary)};`);
    expect(await start.locateElectron(pkg)).toEqual({ ok: true, path: binary });
  });

  it('explains an offline machine in one sentence that points at npm run web', async () => {
    // What electron 45's index.js does when its lazy download cannot reach the network.
    const pkg = await fakeElectron(`
      console.log('Downloading Electron binary...');
      console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13');
      throw new Error('Electron failed to install correctly. Please delete node_modules/electron and run "npx install-electron --no" manually.');
    `);
    const result = await start.locateElectron(pkg);
    expect(result).toMatchObject({ ok: false, reason: 'offline' });
    const sentence = start.explain(result as Failure);
    expect(sentence).toBe(
      'Service Atlas could not start the desktop app because the Electron binary could not be downloaded on this machine (no internet); run `npm run web` to use it in your browser instead.',
    );
    expect(sentence.split('\n')).toHaveLength(1);
  });

  it('tells apart a missing install and other failures', async () => {
    const missing = await start.locateElectron(path.join(dir, 'nope'));
    expect(missing).toMatchObject({ ok: false, reason: 'not-installed' });
    expect(start.explain(missing as Failure)).toContain('`npm ci`');

    const pkg = await fakeElectron(
      `throw new Error('Electron builds are not available on platform: plan9');`,
    );
    const failed = await start.locateElectron(pkg);
    expect(failed).toMatchObject({ ok: false, reason: 'failed' });
    expect(start.explain(failed as Failure)).toContain(
      'Electron builds are not available on platform: plan9',
    );
  });

  it('does not accept a path to a binary that is not there', async () => {
    const pkg = await fakeElectron(`module.exports = ${JSON.stringify(path.join(dir, 'gone'))};`);
    expect(await start.locateElectron(pkg)).toMatchObject({ ok: false, reason: 'failed' });
  });
});
