import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  dialog,
  type BrowserWindow,
  type FileFilter,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type {
  ExportFile,
  ExportFilesRequest,
  ExportFormat,
  ExportRequest,
  ExportResult,
} from '../../contract/ipc';
import { writeFileAtomic } from './atomic-write';
import { writeFault } from './storage-notices';

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

export interface ExportOptions {
  window: BrowserWindow | null;
  defaultDir: string;
}

const showSave = (win: BrowserWindow | null, o: SaveDialogOptions) =>
  win ? dialog.showSaveDialog(win, o) : dialog.showSaveDialog(o);
const showOpen = (win: BrowserWindow | null, o: OpenDialogOptions) =>
  win ? dialog.showOpenDialog(win, o) : dialog.showOpenDialog(o);
const showMessage = (win: BrowserWindow | null, o: MessageBoxOptions) =>
  win ? dialog.showMessageBox(win, o) : dialog.showMessageBox(o);

function contentOf(file: ExportFile): Uint8Array | string {
  return 'bytes' in file ? file.bytes : file.text;
}

/** Writes one export file, turning a full disk or a read-only folder into a sentence. */
async function writeExportFile(target: string, data: Uint8Array | string): Promise<void> {
  try {
    await writeFileAtomic(target, data, 0o644);
  } catch (error) {
    const fault = writeFault(error);
    if (fault === 'other') throw error;
    const why =
      fault === 'disk-full'
        ? 'the disk is full'
        : 'that folder cannot be written (it is read-only or not yours)';
    throw new Error(
      `The export could not be written to ${target} because ${why}; choose another place, or free some space.`,
      { cause: error },
    );
  }
}

/** Asks where to save a single file and writes it there; `saved: false` when the user cancels. */
async function saveOne(
  name: string,
  filters: FileFilter[],
  data: Uint8Array | string,
  options: ExportOptions,
  title = 'Export',
): Promise<ExportResult> {
  const choice = await showSave(options.window, {
    title,
    defaultPath: path.join(options.defaultDir, name),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeExportFile(choice.filePath, data);
  return { saved: true, path: choice.filePath, files: [path.basename(choice.filePath)] };
}

/** The file filter a file's extension suggests ("CSV file (*.csv)"); none for a name without one. */
function filterFor(name: string): FileFilter[] {
  const ext = path.extname(name).slice(1);
  return ext ? [{ name: `${ext.toUpperCase()} file`, extensions: [ext] }] : [];
}

/**
 * Several files into one folder the user chooses. Files already there are replaced only after the
 * user agrees; something else in the way (a folder with a file's name) stops the export first.
 */
async function saveSeveral(request: ExportFilesRequest, options: ExportOptions): Promise<ExportResult> {
  const names = request.files.map((f) => f.name);
  const choice = await showOpen(options.window, {
    title: request.title ?? 'Export: choose a folder',
    message: `Choose the folder for ${names.join(', ')}.`,
    buttonLabel: 'Export here',
    defaultPath: options.defaultDir,
    properties: ['openDirectory', 'createDirectory'],
  });
  const folder = choice.filePaths[0];
  if (choice.canceled || !folder) return { saved: false };

  const existing: string[] = [];
  for (const name of names) {
    const info = await fsp.lstat(path.join(folder, name)).catch(() => null);
    if (info === null) continue;
    if (info.isDirectory()) {
      throw new Error(
        `The export was not written: ${path.join(folder, name)} is a folder; choose another folder or move it away.`,
      );
    }
    existing.push(name);
  }
  if (existing.length > 0) {
    const answer = await showMessage(options.window, {
      type: 'warning',
      title: 'Replace files?',
      message:
        existing.length === 1
          ? `1 file of this export already exists in ${folder}. Replace it?`
          : `${existing.length} files of this export already exist in ${folder}. Replace them?`,
      detail: existing.join('\n'),
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    if (answer.response !== 0) return { saved: false };
  }
  for (const file of request.files) await writeExportFile(path.join(folder, file.name), contentOf(file));
  return { saved: true, path: folder, files: names };
}

/** Saves an export: one file through a save dialog, several into a chosen folder. */
export async function saveExport(
  request: ExportRequest | ExportFilesRequest,
  options: ExportOptions,
): Promise<ExportResult> {
  if (!('files' in request)) {
    const bytes = exportBytes(request);
    return saveOne(
      exportFileName(request.suggestedName, request.format),
      [EXPORT_FILTERS[request.format]],
      bytes,
      options,
    );
  }
  const [only] = request.files;
  if (request.files.length === 1 && only) {
    return saveOne(only.name, filterFor(only.name), contentOf(only), options, request.title);
  }
  return saveSeveral(request, options);
}
