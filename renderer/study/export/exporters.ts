import type { Core } from 'cytoscape';

export type ExportKind = 'png' | 'svg' | 'json' | 'graphml';

/** Exports the current view (being built). */
export async function exportView(_kind: ExportKind, _cy: Core): Promise<void> {}
