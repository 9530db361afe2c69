import { MAX_USER_DATA_BYTES } from '../../contract/user-data';
import { formatLocalTime } from '../../contract/user-data-file';

// Sentences about the desktop store's file-system faults, shown to the user as they are.

/** "8 MiB", "612 KiB": sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);

/** What kind of write failure `error` is: the disk is full, the folder cannot be written, or other. */
export function writeFault(error: unknown): 'disk-full' | 'read-only' | 'other' {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (DISK_FULL.has(code)) return 'disk-full';
  if (READ_ONLY.has(code)) return 'read-only';
  return 'other';
}

/** Why a save failed, in a sentence with what to do; null for faults that are bugs, not the user's. */
export function saveFailureNotice(error: unknown, dir: string): string | null {
  switch (writeFault(error)) {
    case 'disk-full':
      return `Your changes were not saved because the disk holding your data (${dir}) is full; your earlier data and its backup are unchanged. Free some space, then make any change to save again.`;
    case 'read-only':
      return `Your changes were not saved because Service Atlas is not allowed to write to its data folder (${dir}): it is read-only or belongs to another user; your earlier data is unchanged. Make the folder writable, then make any change to save again.`;
    default:
      return null;
  }
}

/** Told once at start when the data folder cannot be written: the data is readable, changes will not stick. */
export function readOnlyNotice(dir: string): string {
  return `Service Atlas can read your saved data but cannot write to its data folder (${dir}): it is read-only or belongs to another user, so changes you make now will not be kept. Make the folder writable and restart to keep your changes.`;
}

/** The refusal of a save above the size bound. */
export function tooLargeRefusal(bytes: number): string {
  return `Your changes were not saved: your data would take ${formatBytes(bytes)}, more than the ${formatBytes(MAX_USER_DATA_BYTES)} Service Atlas stores. Delete saved views or bookmarks you no longer need, or reset dragged positions, then try again.`;
}

/** The data file was missing but a good backup was there (a recovery cut short, or a deleted file). */
export function missingRestoredNotice(savedAt: Date | null): string {
  const from = savedAt ? `the backup from ${formatLocalTime(savedAt)}` : 'the last backup';
  return `Your saved data file was missing, so ${from} was restored.`;
}

/** Recovery worked in memory but could not be written back; the next start recovers again. */
export function restoreNotWrittenNotice(error: unknown, dir: string): string {
  const why = writeFault(error) === 'disk-full' ? 'the disk is full' : 'the data folder cannot be written';
  return `The restored data could not be written back to ${dir} because ${why}; the backup is kept and will be restored again at the next start until your changes can be saved.`;
}

/** Recent notes folders that are gone were dropped from File > Open Recent. */
export function missingFoldersNotice(paths: string[]): string {
  if (paths.length === 1) {
    return `The notes folder ${paths[0]} is no longer there (moved, renamed or deleted), so it was removed from File > Open Recent.`;
  }
  return `These notes folders are no longer there (moved, renamed or deleted), so they were removed from File > Open Recent: ${paths.join(', ')}.`;
}
