import path from 'node:path';
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { ExportFormat, ExportRequest, ExportResult } from '../../contract/ipc';
import { writeFileAtomic } from './atomic-write';

export const EXPORT_FILTERS: Record<ExportFormat, FileFilter> = {
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  json: { name: 'JSON graph', extensions: ['json'] },
  graphml: { name: 'GraphML graph', extensions: ['graphml'] },
};

/** A safe file name for the dialog: no folders, no characters file systems reject, the right extension. */
export function exportFileName(suggestedName: string, format: ExportFormat): string {
  const base = path.basename(suggestedName.replace(/\\/g, '/'));
  // Characters Windows rejects in file names, and control characters, become '-'.
  const replaced = [...base]
    .map((c) => (c.charCodeAt(0) < 0x20 || '<>:"/\\|?*'.includes(c) ? '-' : c))
    .join('');
  const cleaned = replaced.replace(/^\.+/, '').trim() || 'service-atlas';
  const ext = `.${format}`;
  return cleaned.toLowerCase().endsWith(ext) ? cleaned : `${cleaned}${ext}`;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes the export's content, refusing base64 that is not base64 rather than writing garbage. */
export function exportBytes(request: ExportRequest): Buffer {
  if (request.encoding === 'utf8') return Buffer.from(request.data, 'utf8');
  const compact = request.data.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new Error('The export could not be saved because its image data was damaged; please try again.');
  }
  return Buffer.from(compact, 'base64');
}

/** Asks where to save the export and writes it there; `saved: false` when the user cancels. */
export async function saveExport(
  request: ExportRequest,
  options: { window: BrowserWindow | null; defaultDir: string },
): Promise<ExportResult> {
  const bytes = exportBytes(request);
  const dialogOptions = {
    title: 'Export',
    defaultPath: path.join(options.defaultDir, exportFileName(request.suggestedName, request.format)),
    filters: [EXPORT_FILTERS[request.format]],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
      'createDirectory' | 'showOverwriteConfirmation'
    >,
  };
  const choice = options.window
    ? await dialog.showSaveDialog(options.window, dialogOptions)
    : await dialog.showSaveDialog(dialogOptions);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFileAtomic(choice.filePath, bytes, 0o644);
  return { saved: true, path: choice.filePath };
}
