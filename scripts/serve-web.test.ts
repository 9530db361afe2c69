import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY as APP_CSP } from '../electron/main/security';
import { resolveRequestPath, startServer, type RunningServer } from './serve-web';
import { tempDir } from '../graph-data/test/temp-dir';

const root = tempDir('web');
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Service Atlas</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, '.secret'), 'hidden');

let running: RunningServer;
beforeAll(async () => {
  running = await startServer({ port: 0, root });
});
afterAll(() => running.close());

describe('npm run web server', () => {
  it('serves the app on 127.0.0.1 with the desktop app\u2019s own CSP', async () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${running.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await fetch(`${running.url}/assets/app.js`)).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
  });

  it('refuses paths that leave the folder or reach hidden files, and anything but GET/HEAD', async () => {
    expect(resolveRequestPath(root, '/a%2F..%2F..%2Fpackage.json')).toEqual({ status: 403 });
    expect(resolveRequestPath(root, '/%2e%2e/package.json')).toEqual({ file: join(root, 'package.json') });
    // Literal dot segments are collapsed by URL parsing, never above the folder.
    expect(resolveRequestPath(root, '/assets/../../x')).toEqual({ file: join(root, 'x') });
    expect(resolveRequestPath(root, '/%E0%A4%A')).toEqual({ status: 400 });
    expect((await fetch(`${running.url}/.secret`)).status).toBe(403);
    expect((await fetch(`${running.url}/`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${running.url}/missing.js`)).status).toBe(404);
  });

  it('says in one sentence when the port is taken', async () => {
    const port = Number(new URL(running.url).port);
    await expect(startServer({ port, root })).rejects.toThrow(
      /^Port \d+ on 127\.0\.0\.1 is already in use .*npm run web\.$/,
    );
  });
});
