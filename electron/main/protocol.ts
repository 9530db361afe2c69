import fsp from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../contract/ipc';
import { CONTENT_SECURITY_POLICY } from './security';
import { CONTENT_TYPES } from './web-content';

/** Must run before `app.whenReady()`: makes `atlas:` a standard, secure origin with fetch support. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/**
 * The file inside `rootDir` that an `atlas://app/...` URL names, or null when the URL is for
 * another host or its path (after decoding) would leave `rootDir`.
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname.endsWith('/')) pathname += 'index.html';
  const root = path.resolve(rootDir);
  // Backslashes are separators on Windows; treat them as such everywhere so a check here matches there.
  const resolved = path.resolve(root, `.${path.sep}${pathname.replace(/[\\/]+/g, path.sep)}`);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

function headers(contentType: string): Record<string, string> {
  // The CSP rides on every response here too: whether webRequest sees custom-protocol responses
  // has varied between Electron versions, and the policy must hold either way.
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
}

/** The `atlas:` handler: serves files from `rootDir` only, refusing traversal and symlinks out of it. */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return plain(404, 'Not found');
    try {
      const [realRoot, realFile] = await Promise.all([fsp.realpath(rootDir), fsp.realpath(file)]);
      const relative = path.relative(realRoot, realFile);
      if (relative.startsWith('..') || path.isAbsolute(relative)) return plain(404, 'Not found');
      const body = await fsp.readFile(realFile);
      const type = CONTENT_TYPES[path.extname(realFile).toLowerCase()] ?? 'application/octet-stream';
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: headers(type),
      });
    } catch {
      return plain(404, 'Not found');
    }
  };
}

/** Serves the built renderer from `rootDir` at `atlas://app/`. Call after the app is ready. */
export function serveAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}
