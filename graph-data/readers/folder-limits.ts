/*
 * The caps on one import, shared by the Node folder walker and the browser's folder picker, so a
 * folder is refused or read alike wherever it is opened.
 */

/** Caps on what one import reads. Every cap is named in the message that reports hitting it. */
export interface FolderLimits {
  /** Bytes in one note file. */
  maxFileBytes: number;
  /** Note files read. */
  maxFiles: number;
  /** Bytes in all note files together. */
  maxTotalBytes: number;
  /** Folder entries looked at (files, folders and everything else), so a vast tree ends quickly. */
  maxEntries: number;
  /** Folder depth below the top. */
  maxDepth: number;
}

export const DEFAULT_FOLDER_LIMITS: FolderLimits = {
  maxFileBytes: 512 * 1024,
  maxFiles: 20_000,
  maxTotalBytes: 256 * 1024 * 1024,
  maxEntries: 200_000,
  maxDepth: 32,
};
