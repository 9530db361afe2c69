/**
 * The Node-only part of graph-data: reading notes from disk. The renderer imports graph-data/index.ts,
 * which must stay free of Node built-ins; Electron main, the CLI and the bench import this entry.
 */
export * from './readers/read-folder';
