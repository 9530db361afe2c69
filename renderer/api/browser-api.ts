import type { AtlasApi } from '../../contract/api';
import {
  ExportFilesRequest,
  ExportRequest,
  type AppInfo,
  type ExportFormat,
  type ExportResult,
  type LoadUserDataResult,
  type SaveUserDataResult,
} from '../../contract/ipc';
import type { CloseNotesResult, OpenNotesResult } from '../../contract/notes';
import { emptyUserData, UserData } from '../../contract/user-data';
import {
  damagedNotice,
  fileStamp,
  newerVersionNotice,
  newerVersionSaveRefusal,
  readUserDataText,
  type Restored,
} from '../../contract/user-data-file';

export const STORAGE_KEY = 'service-atlas:user-data';
export const BACKUP_KEY = 'service-atlas:user-data:backup';
/** Holds the time the backup was taken, for the recovery notice. */
export const BACKUP_TIME_KEY = 'service-atlas:user-data:backup-time';
export const CORRUPT_KEY_PREFIX = 'service-atlas:user-data:corrupt-';

const MIME: Record<ExportFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  json: 'application/json',
  graphml: 'application/graphml+xml',
};

/** What `openNotes` answers in the browser, where pages cannot open folders by path. */
export const NOTES_IN_BROWSER =
  'Opening a notes folder by its path is not available in the browser: use the folder picker, or drop the folder onto the page.';

/** Hands a finished file to the browser as a download. */
export type Download = (fileName: string, blob: Blob) => void;

export interface BrowserApiOptions {
  storage: Storage;
  download?: Download;
  now?: () => Date;
  version?: string;
}

/** Downloads through a temporary `<a download>` pointing at a blob URL. */
export function anchorDownload(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function decodeBase64(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function fileName(suggestedName: string, format: ExportFormat): string {
  const base = suggestedName.split(/[\\/]/).pop()?.trim() || 'service-atlas';
  return base.toLowerCase().endsWith(`.${format}`) ? base : `${base}.${format}`;
}

/** The AtlasApi for `npm run web`: user data in localStorage, exports as downloads, no menu. */
export function createBrowserApi(options: BrowserApiOptions): AtlasApi {
  const { storage } = options;
  const download = options.download ?? anchorDownload;
  const now = options.now ?? (() => new Date());

  function readBackup(): { data: UserData; savedAt: Date | null } | null {
    const text = storage.getItem(BACKUP_KEY);
    if (text === null) return null;
    const reading = readUserDataText(text);
    if (reading.kind !== 'ok') return null;
    const time = storage.getItem(BACKUP_TIME_KEY);
    const savedAt = time ? new Date(time) : null;
    return { data: reading.data, savedAt: savedAt && !Number.isNaN(savedAt.getTime()) ? savedAt : null };
  }

  function keepAside(text: string): string {
    let key = `${CORRUPT_KEY_PREFIX}${fileStamp(now())}`;
    for (let n = 1; storage.getItem(key) !== null; n += 1)
      key = `${CORRUPT_KEY_PREFIX}${fileStamp(now())}-${n}`;
    storage.setItem(key, text);
    storage.removeItem(STORAGE_KEY);
    return `"${key}" in this browser's storage`;
  }

  async function loadUserData(): Promise<LoadUserDataResult> {
    const text = storage.getItem(STORAGE_KEY);
    if (text === null) return { data: emptyUserData(), notices: [] };
    const reading = readUserDataText(text);
    if (reading.kind === 'ok') return { data: reading.data, notices: [] };
    const backup = readBackup();
    const restored: Restored = backup ? { from: 'backup', savedAt: backup.savedAt } : { from: 'empty' };
    const data = backup?.data ?? emptyUserData();
    if (reading.kind === 'newer') return { data, notices: [newerVersionNotice(reading.version, restored)] };
    let keptAs: string;
    try {
      keptAs = keepAside(text);
      if (backup) storage.setItem(STORAGE_KEY, JSON.stringify(backup.data));
    } catch {
      // Storage full: leave the damaged value where it is rather than lose it.
      keptAs = `"${STORAGE_KEY}" in this browser's storage (it could not be moved because storage is full)`;
    }
    return { data, notices: [damagedNotice(reading.reason, restored, keptAs)] };
  }

  async function saveUserData(input: UserData): Promise<SaveUserDataResult> {
    const text = JSON.stringify(UserData.parse(input));
    const current = storage.getItem(STORAGE_KEY);
    if (current !== null) {
      const reading = readUserDataText(current);
      if (reading.kind === 'newer') return { ok: false, notice: newerVersionSaveRefusal(reading.version) };
      try {
        if (reading.kind === 'ok' && current !== text) {
          storage.setItem(BACKUP_KEY, current);
          storage.setItem(BACKUP_TIME_KEY, now().toISOString());
        }
        if (reading.kind === 'damaged') keepAside(current);
      } catch {
        // A backup that does not fit must not stop the save itself.
      }
    }
    try {
      storage.setItem(STORAGE_KEY, text);
    } catch {
      return {
        ok: false,
        notice:
          "Your changes were not saved because this browser's storage for Service Atlas is full; remove saved views or clear old site data, then try again.",
      };
    }
    return { ok: true };
  }

  async function saveExport(raw: ExportRequest | ExportFilesRequest): Promise<ExportResult> {
    if ('files' in raw) {
      // Several files become several downloads (the browser may ask once to allow that).
      const { files } = ExportFilesRequest.parse(raw);
      for (const file of files) {
        const body = 'bytes' in file ? new Uint8Array(file.bytes) : file.text;
        download(file.name, new Blob([body], { type: file.mediaType }));
      }
      return { saved: true, files: files.map((f) => f.name) };
    }
    const request = ExportRequest.parse(raw);
    const body = request.encoding === 'base64' ? decodeBase64(request.data) : request.data;
    download(
      fileName(request.suggestedName, request.format),
      new Blob([body], { type: MIME[request.format] }),
    );
    return { saved: true };
  }

  async function appInfo(): Promise<AppInfo> {
    return { platform: 'web', version: options.version ?? 'web' };
  }

  return {
    platform: 'web',
    loadUserData,
    saveUserData,
    saveExport,
    appInfo,
    onMenuCommand: () => () => undefined,
    openNotes: async (): Promise<OpenNotesResult> => ({ status: 'failed', message: NOTES_IN_BROWSER }),
    closeNotes: async (): Promise<CloseNotesResult> => ({ closed: false }),
    // No menu and no watched folder in the browser: these never fire.
    onOpenRecent: () => () => undefined,
    onNotesChanged: () => () => undefined,
    pathForDroppedFile: () => null,
  };
}
