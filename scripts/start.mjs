#!/usr/bin/env node
// `npm start`: find (or let Electron fetch) the Electron binary, build, and launch the desktop app.
// Where the binary cannot be had, say so in one sentence and point at `npm run web`.
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
  const web = 'run `npm run web` to use it in your browser instead.';
  switch (failure.reason) {
    case 'offline':
      return `Service Atlas could not start the desktop app because the Electron binary could not be downloaded on this machine (no internet); ${web}`;
    case 'not-installed':
      return `Service Atlas could not start the desktop app because Electron is not installed; run \`npm ci\` first, or ${web}`;
    default: {
      const line =
        failure.detail.split('\n').find((l) => /error/i.test(l)) ?? failure.detail.split('\n')[0] ?? '';
      return `Service Atlas could not start the desktop app because the Electron binary could not be installed (${line.trim()}); ${web}`;
    }
  }
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
    process.exit(1);
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
  const child = spawn(electron.path, [projectRoot, ...process.argv.slice(2)], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(
      `Service Atlas could not start the desktop app (${error.message}); run \`npm run web\` to use it in your browser instead.`,
    );
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) void main();
