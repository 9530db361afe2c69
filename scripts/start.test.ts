import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

type Failure = { ok: false; reason: string; detail: string };
interface StartModule {
  locateElectron(dir: string): Promise<{ ok: true; path: string } | Failure>;
  explain(failure: Failure): string;
  runWebFallback(options: {
    command?: string;
    args?: string[];
    cwd?: string;
    open?: ((url: string) => Promise<boolean>) | null;
    log?: (line: string) => void;
  }): Promise<number>;
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

  it('explains an offline machine in one sentence that says the browser version starts instead', async () => {
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
      'Service Atlas could not start the desktop app because the Electron binary could not be downloaded on this machine (no internet); starting the browser version instead (`npm run web`).',
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

describe('npm start: the browser version when Electron cannot start', () => {
  /** A stand-in for `npm run web`: a node script run with the same plumbing. */
  const fakeWeb = (script: string) => ({ command: process.execPath, args: ['-e', script], cwd: dir });
  const serving = `process.stdout.write('Service Atlas is running at http://127.0.0.1:4321 (Ctrl+C to stop)\\n');`;

  it("opens the served address in the browser, and ends with the server's own exit code", async () => {
    const opened: string[] = [];
    const lines: string[] = [];
    const code = await start.runWebFallback({
      ...fakeWeb(`${serving} setTimeout(() => process.exit(0), 200);`),
      open: async (url) => (opened.push(url), true),
      log: (line) => lines.push(line),
    });
    expect(code).toBe(0);
    expect(opened).toEqual(['http://127.0.0.1:4321']);
    expect(lines).toEqual(['Opened http://127.0.0.1:4321 in your browser.']);
  });

  it('says where the app is when no browser can be opened', async () => {
    const lines: string[] = [];
    await start.runWebFallback({
      ...fakeWeb(`${serving} setTimeout(() => process.exit(0), 200);`),
      open: async () => false,
      log: (line) => lines.push(line),
    });
    expect(lines).toEqual(['Open http://127.0.0.1:4321 in your browser to use Service Atlas.']);
  });

  it('fails with a non-zero code and says so when the browser version cannot start either', async () => {
    const lines: string[] = [];
    const opened: string[] = [];
    const code = await start.runWebFallback({
      ...fakeWeb(`process.stderr.write('vite: build failed\\n'); process.exit(2);`),
      open: async (url) => (opened.push(url), true),
      log: (line) => lines.push(line),
    });
    expect(code).toBe(2);
    expect(opened).toEqual([]);
    expect(lines).toEqual([
      'Service Atlas could not start at all: the browser version failed to build or serve too; the errors are above.',
    ]);
    const missing = await start.runWebFallback({
      command: path.join(dir, 'no-such-npm'),
      args: [],
      cwd: dir,
      open: null,
      log: (line) => lines.push(line),
    });
    expect(missing).toBe(1);
  });

  it('counts a server stopped after serving as a normal end, and a crash after serving as a failure', async () => {
    const log = () => undefined;
    expect(await start.runWebFallback({ ...fakeWeb(`${serving} process.exit(130);`), open: null, log })).toBe(
      0,
    );
    expect(await start.runWebFallback({ ...fakeWeb(`${serving} process.exit(3);`), open: null, log })).toBe(
      3,
    );
  });
});
