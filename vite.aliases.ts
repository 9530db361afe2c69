import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const repo = fileURLToPath(new URL('.', import.meta.url));

/**
 * micromark's entity decoder has a DOM build for browsers that calls document.createElement, which a
 * Web Worker (where notes are imported) does not have; its plain build works everywhere.
 */
export const workerSafeAliases = [
  {
    find: /^decode-named-character-reference$/,
    replacement: join(repo, 'node_modules', 'decode-named-character-reference', 'index.js'),
  },
];
