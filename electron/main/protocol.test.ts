import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './security';

const fake = vi.hoisted(() => ({ privileged: [] as unknown[], handled: new Map<string, unknown>() }));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privileged.push(...schemes),
    handle: (scheme: string, handler: unknown) => fake.handled.set(scheme, handler),
  },
}));

const { createAppRequestHandler, registerAppScheme, resolveAppFile, serveAppProtocol } =
  await import('./protocol');

let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await fsp.mkdtemp(path.join(os.tmpdir(), 'atlas-proto-'));
  root = path.join(base, 'renderer');
  await fsp.mkdir(path.join(root, 'assets'), { recursive: true });
  await fsp.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Service Atlas</title>');
  await fsp.writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await fsp.writeFile(path.join(base, 'secret.txt'), 'outside the renderer');
  await fsp.symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  serve = createAppRequestHandler(root);
});
afterAll(async () => {
  await fsp.rm(base, { recursive: true, force: true });
});

describe('atlas:// protocol', () => {
  it('registers atlas as a standard, secure scheme, and serves it', () => {
    registerAppScheme();
    expect(fake.privileged).toEqual([
      expect.objectContaining({
        scheme: 'atlas',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    serveAppProtocol(root);
    expect(fake.handled.has('atlas')).toBe(true);
  });

  it('serves the built renderer with its content type and the CSP', async () => {
    const page = await serve(new Request('atlas://app/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Service Atlas</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await serve(new Request('atlas://app/assets/app.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await serve(new Request('atlas://app/'))).status).toBe(200);
  });

  const escapes = [
    'atlas://app/..%2Fsecret.txt',
    'atlas://app/%2e%2e/secret.txt',
    'atlas://app/assets/..%2F..%2Fsecret.txt',
    'atlas://app/..%5Csecret.txt',
    'atlas://app/assets/link.txt',
    'atlas://app/index.html%00.png',
    'atlas://other/index.html',
  ];
  for (const url of escapes) {
    it(`refuses ${url}`, async () => {
      const response = await serve(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    });
  }

  it('resolves only paths inside the renderer folder', () => {
    expect(resolveAppFile(root, 'atlas://app/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveAppFile(root, 'atlas://app/../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveAppFile(root, 'atlas://app/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile(root, 'atlas://app/%E0%A4%A')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
  });

  it('answers only GET and HEAD', async () => {
    const response = await serve(new Request('atlas://app/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
