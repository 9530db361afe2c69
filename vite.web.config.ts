import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The renderer built as a plain web page (`npm run web`, Playwright, the benchmark). Everything is
 * bundled from this repository: no CDN, no remote font, nothing fetched at run time, so the strict CSP
 * that scripts/serve-web.ts and the Electron window send holds.
 */
const repo = fileURLToPath(new URL('.', import.meta.url));
const root = join(repo, 'renderer');

/** Fails with one actionable sentence instead of Vite's generic "could not resolve entry". */
function requireEntry(): Plugin {
  return {
    name: 'service-atlas:require-entry',
    buildStart() {
      if (!existsSync(join(root, 'index.html'))) {
        this.error(
          'renderer/index.html is missing, so there is no web page to build; the renderer must provide it.',
        );
      }
    },
  };
}

export default defineConfig({
  root,
  base: './',
  // Only the renderer's own public/ folder (if any); never the repository root.
  publicDir: join(root, 'public'),
  plugins: [requireEntry(), react()],
  clearScreen: false,
  server: {
    host: '127.0.0.1',
    // The generated graph and search index live in graph-data/generated/, outside the root.
    fs: {
      strict: true,
      allow: [root, join(repo, 'graph-data', 'generated'), join(repo, 'contract')],
    },
  },
  build: {
    outDir: join(repo, 'dist-web'),
    emptyOutDir: true,
    // Emit every asset as a file: a data: font would be refused by the CSP (font-src 'self').
    assetsInlineLimit: 0,
    // Content-hashed names, no source maps and no build-time stamps: the same sources give the same files.
    sourcemap: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
  },
});
