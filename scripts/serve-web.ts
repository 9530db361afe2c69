// A tiny static server for the web build (dist-web/): local only, no dependencies, the app's own CSP.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY, CONTENT_TYPES } from '../electron/main/web-content';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The default folder served: the output of `vite build --config vite.web.config.ts`. */
export const DEFAULT_ROOT = join(REPO, 'dist-web');
export const DEFAULT_PORT = 4173;
export const HOST = '127.0.0.1';

export { CONTENT_SECURITY_POLICY };

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(res: ServerResponse, status: number, text: string, method: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(method === 'HEAD' ? undefined : `${text}\n`);
}

/** Maps a URL path to a file under root, or returns an HTTP status when it must not be served. */
export function resolveRequestPath(root: string, urlPath: string): { file?: string; status?: number } {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { status: 400 };
  const parts = pathname.split('/');
  // Refuse any dot segment or hidden file outright rather than trusting normalisation.
  if (parts.some((p) => p === '..' || p === '.' || p.startsWith('.'))) return { status: 403 };
  const file = resolve(root, `.${pathname}${pathname.endsWith('/') ? 'index.html' : ''}`);
  if (file !== root && !file.startsWith(root + sep)) return { status: 403 };
  return { file };
}

function handler(root: string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'Method not allowed', method);
    }
    const target = resolveRequestPath(root, req.url ?? '/');
    if (!target.file)
      return send(res, target.status ?? 400, target.status === 403 ? 'Forbidden' : 'Bad request', method);
    let file = target.file;
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        file = join(file, 'index.html');
        stat = statSync(file);
      }
      // A symbolic link must not lead out of the served folder either.
      const real = realpathSync(file);
      if (!real.startsWith(root + sep)) return send(res, 403, 'Forbidden', method);
    } catch {
      return send(res, 404, 'Not found', method);
    }
    if (!stat.isFile()) return send(res, 404, 'Not found', method);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      // Hashed assets never change; the page itself is always revalidated.
      'Cache-Control': file.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    if (method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

/**
 * Serves `root` on http://127.0.0.1:`port` and resolves once listening (port 0 picks a free port).
 * Rejects with a one-sentence Error when the port is taken.
 */
/** A running server: where it listens, and how to stop it. */
export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

export function startServer({
  port = DEFAULT_PORT,
  root = DEFAULT_ROOT,
}: { port?: number; root?: string } = {}): Promise<RunningServer> {
  const absRoot = realpathSync(resolve(root));
  const server = createServer(handler(absRoot));
  return new Promise((resolvePromise, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Port ${port} on ${HOST} is already in use (is Service Atlas already running?); stop that program or choose another port, e.g. PORT=${Number(port) + 10} npm run web.`,
          ),
        );
      } else reject(err);
    });
    server.listen(Number(port), HOST, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : Number(port);
      resolvePromise({
        server,
        port: actual,
        url: `http://${HOST}:${actual}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

async function main() {
  const root = process.env.SERVE_ROOT ? resolve(process.env.SERVE_ROOT) : DEFAULT_ROOT;
  const rawPort = process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`PORT must be a whole number from 0 to 65535; got "${rawPort}".\n`);
    process.exit(1);
  }
  if (!existsSync(join(root, 'index.html'))) {
    process.stderr.write(
      `${join(root, 'index.html')} is missing: build the web version first with \`npm run web\`.\n`,
    );
    process.exit(1);
  }
  let running: RunningServer;
  try {
    running = await startServer({ port, root });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
  process.stdout.write(`Service Atlas is running at ${running.url} (Ctrl+C to stop)\n`);
  const stop = () => {
    running.server.closeAllConnections?.();
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void main();
}
