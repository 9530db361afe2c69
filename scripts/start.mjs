#!/usr/bin/env node
// `npm start`: find (or let Electron fetch) the Electron binary, build, and launch the desktop app.
// Where the binary cannot be had, say so in one sentence, then build and serve the browser version
// and open it, so that one command always gives the user the app. The exit code is non-zero only
// when neither could start (or the one that ran failed).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const NETWORK_FAILURE =
  /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|certificate|self[- ]signed|UND_ERR/i;

/**
 * Finds the Electron binary the way `require('electron')` does, which downloads it on first use.
 * That runs in a child so its download output can be read and kept out of the user's way.
 * @param {string} electronDir the installed `electron` package
 * @param {{ onSlow?: () => void }} [options] `onSlow` runs if the lookup (a download) takes over 2 s
 * @returns {Promise<{ ok: true, path: string } | { ok: false, reason: 'not-installed' | 'offline' | 'failed', detail: string }>}
 */
export async function locateElectron(
  electronDir = path.join(projectRoot, 'node_modules', 'electron'),
  options = {},
) {
  if (!fs.existsSync(path.join(electronDir, 'package.json'))) {
    return { ok: false, reason: 'not-installed', detail: `${electronDir} is missing` };
  }
  const child = spawn(
    process.execPath,
    ['-e', `process.stdout.write(String(require(${JSON.stringify(electronDir)})))`],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const slow = setTimeout(() => options.onSlow?.(), 2000);
  const status = await new Promise((resolve) => {
    child.on('error', (error) => {
      stderr += error.message;
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  clearTimeout(slow);
  if (status === 0) {
    const binary = stdout.trim().split('\n').pop() ?? '';
    if (binary && fs.existsSync(binary)) return { ok: true, path: binary };
    return {
      ok: false,
      reason: 'failed',
      detail: `the Electron binary is missing at ${binary || '(no path)'}`,
    };
  }
  const output = `${stdout}\n${stderr}`.trim();
  if (NETWORK_FAILURE.test(output)) return { ok: false, reason: 'offline', detail: output };
  return { ok: false, reason: 'failed', detail: output };
}

/** The one sentence shown when the desktop app cannot start. */
export function explain(failure) {
  const web = 'starting the browser version instead (`npm run web`).';
  switch (failure.reason) {
    case 'offline':
      return `Service Atlas could not start the desktop app because the Electron binary could not be downloaded on this machine (no internet); ${web}`;
    case 'not-installed':
      return `Service Atlas could not start the desktop app because Electron is not installed (run \`npm ci\` to install it); ${web}`;
    default: {
      const line =
        failure.detail.split('\n').find((l) => /error/i.test(l)) ?? failure.detail.split('\n')[0] ?? '';
      return `Service Atlas could not start the desktop app because the Electron binary could not be installed (${line.trim()}); ${web}`;
    }
  }
}

/** The line serve-web prints once it listens: "Service Atlas is running at http://127.0.0.1:4173 …". */
const SERVING = /Service Atlas is running at (http:\/\/\S+)/;

/** Opens `url` in the user's browser; resolves false when no browser could be opened. */
export function openInBrowser(url, platform = process.platform) {
  const [command, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: platform !== 'win32' });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
    child.unref();
  });
}

/**
 * Builds and serves the browser version (by default `npm run web`), passing its output through;
 * once it listens, opens it (unless `open` is null) or says where it is. Resolves with the exit code
 * `npm start` should end with: the server's own when it ran, non-zero when it never started.
 * @param {{ command?: string, args?: string[], cwd?: string, open?: ((url: string) => Promise<boolean>) | null, log?: (line: string) => void }} [options]
 * @returns {Promise<number>}
 */
export function runWebFallback(options = {}) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const command = options.command ?? npm;
  const args = options.args ?? ['run', '--silent', 'web'];
  const open = options.open === undefined ? openInBrowser : options.open;
  const log = options.log ?? ((line) => console.log(line));
  return new Promise((resolve) => {
    let url = null;
    const child = spawn(command, args, {
      cwd: options.cwd ?? projectRoot,
      stdio: ['inherit', 'pipe', 'inherit'],
      shell: process.platform === 'win32',
    });
    const forward = (signal) => child.kill(signal);
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
    child.on('close', () => {
      for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, forward);
    });
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk;
      const match = url === null ? SERVING.exec(pending) : null;
      if (!match) return;
      url = match[1];
      pending = '';
      if (open === null) return;
      void open(url).then((opened) =>
        log(opened ? `Opened ${url} in your browser.` : `Open ${url} in your browser to use Service Atlas.`),
      );
    });
    child.on('error', (error) => {
      log(
        `Service Atlas could not start at all: the browser version could not be started either (${error.message}).`,
      );
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      if (url === null) {
        log(
          'Service Atlas could not start at all: the browser version failed to build or serve too; the errors are above.',
        );
        resolve(code || 1);
        return;
      }
      // Stopped with Ctrl+C after serving: that is a normal end.
      const interrupted = signal === 'SIGINT' || signal === 'SIGTERM' || code === 130 || code === 143;
      resolve(interrupted ? 0 : (code ?? 0));
    });
  });
}

/** Whether to open a browser: not in CI, not when asked not to, not on Linux without a display. */
function shouldOpenBrowser() {
  if (process.env.CI || process.env.ATLAS_NO_OPEN || process.argv.includes('--no-open')) return false;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return false;
  return true;
}

async function fallBackToWeb() {
  process.exit(await runWebFallback({ open: shouldOpenBrowser() ? openInBrowser : null }));
}

async function main() {
  const electronDir = path.join(projectRoot, 'node_modules', 'electron');
  // Locate first: when Electron cannot be had, the user learns it at once instead of after a build.
  const electron = await locateElectron(electronDir, {
    onSlow: () => console.log('Downloading Electron for the first start (about 100 MB)…'),
  });
  if (!electron.ok) {
    if (process.env.DEBUG) console.error(electron.detail);
    console.error(explain(electron));
    await fallBackToWeb();
    return;
  }

  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) {
    console.error('Service Atlas could not start because the build failed; the errors are above.');
    process.exit(build.status || 1);
  }

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // set, it would make Electron behave as plain Node
  const appArgs = process.argv.slice(2).filter((a) => a !== '--no-open');
  const child = spawn(electron.path, [projectRoot, ...appArgs], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(
      `Service Atlas could not start the desktop app (${error.message}); starting the browser version instead (\`npm run web\`).`,
    );
    void fallBackToWeb();
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) void main();
