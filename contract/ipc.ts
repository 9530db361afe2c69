import { z } from 'zod';
import { MENU_COMMANDS } from './channels';
import { CloseNotesResult, NotesChange, OpenNotesRequest, OpenNotesResult, OpenRecentRequest } from './notes';
import { UserData } from './user-data';

export {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  eventMethods,
  invokeMethods,
  MENU_COMMANDS,
  MENU_CONFIRMATIONS,
} from './channels';

/**
 * The one contract between renderer and main. Every invoke channel maps to a zod schema for its
 * arguments (as a tuple) and one for its result; main validates both with it, and every TypeScript
 * type on either side is inferred from it.
 */

/** Commands the application menu sends to the renderer. */
export const MenuCommand = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommand>;

export const ExportFormat = z.enum(['png', 'svg', 'json', 'graphml']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** Exports are built in the renderer; 64 MiB of text is far above any real graph and bounds the IPC payload. */
const MAX_EXPORT_CHARS = 64 * 1024 * 1024;

export const ExportRequest = z.object({
  suggestedName: z.string().min(1).max(200),
  format: ExportFormat,
  data: z.string().max(MAX_EXPORT_CHARS),
  encoding: z.enum(['utf8', 'base64']),
});
export type ExportRequest = z.infer<typeof ExportRequest>;

/** Characters Windows, macOS or Linux refuse in a file name (control characters are checked apart). */
const BAD_NAME_CHARS = /[\\/:*?"<>|]/;
const hasControlChar = (name: string) =>
  [...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** A plain file name: no folders, nothing a file system refuses, not hidden, at most 200 characters. */
export function isPlainFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 200 &&
    !BAD_NAME_CHARS.test(name) &&
    !hasControlChar(name) &&
    !name.startsWith('.') &&
    !/[. ]$/.test(name) &&
    !/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(name)
  );
}

/** Most files one export may write, and the most bytes of one file and of all of them. */
export const MAX_EXPORT_FILES = 32;
export const MAX_EXPORT_FILE_BYTES = MAX_EXPORT_CHARS;
export const MAX_EXPORT_TOTAL_BYTES = 128 * 1024 * 1024;

/** One file of an export: text (written as UTF-8) or bytes (a PNG, sent as bytes, not base64). */
export const ExportFile = z.union([
  z.object({
    name: z
      .string()
      .refine(isPlainFileName, { message: 'a plain file name (no folders or special characters)' }),
    mediaType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/),
    text: z.string().max(MAX_EXPORT_CHARS),
  }),
  z.object({
    name: z
      .string()
      .refine(isPlainFileName, { message: 'a plain file name (no folders or special characters)' }),
    mediaType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_FILE_BYTES, {
      message: `at most ${MAX_EXPORT_FILE_BYTES} bytes`,
    }),
  }),
]);
export type ExportFile = z.infer<typeof ExportFile>;

/** Bytes `text` takes as UTF-8, counted without encoding it (the contract has no TextEncoder). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Bytes a file of an export will take on disk. */
export function exportFileBytes(file: ExportFile): number {
  return 'bytes' in file ? file.bytes.byteLength : utf8Length(file.text);
}

/**
 * An export of one file or several. One file: a save dialog offers its name. Several (neo4j-csv,
 * csv for Kumu): the user chooses a folder and main asks before replacing any file already there.
 * Names are unique (ignoring case, as macOS and Windows do).
 */
export const ExportFilesRequest = z
  .object({
    /** The dialog's title, e.g. "Export for Neo4j". */
    title: z.string().min(1).max(200).optional(),
    files: z.array(ExportFile).min(1).max(MAX_EXPORT_FILES),
  })
  .refine((r) => new Set(r.files.map((f) => f.name.toLowerCase())).size === r.files.length, {
    message: 'two files of the export have the same name',
  })
  .refine((r) => r.files.reduce((sum, f) => sum + exportFileBytes(f), 0) <= MAX_EXPORT_TOTAL_BYTES, {
    message: `the export is larger than ${MAX_EXPORT_TOTAL_BYTES} bytes`,
  });
export type ExportFilesRequest = z.infer<typeof ExportFilesRequest>;

/** `path` is the file written (one file) or the folder written into (several); `files` their names. */
export const ExportResult = z.object({
  saved: z.boolean(),
  path: z.string().optional(),
  files: z.array(z.string()).optional(),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const LoadUserDataResult = z.object({
  data: UserData,
  /** Human sentences about any recovery that happened while loading; empty when all was well. */
  notices: z.array(z.string()),
});
export type LoadUserDataResult = z.infer<typeof LoadUserDataResult>;

/**
 * `ok: false` when the data was not written; `notice` says why in a sentence the UI can show as is:
 * the file on disk belongs to a newer version of the app (never overwritten), the disk is full, the
 * data folder is read-only, or the document is above MAX_USER_DATA_BYTES (8 MiB serialized).
 */
export const SaveUserDataResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), notice: z.string() }),
]);
export type SaveUserDataResult = z.infer<typeof SaveUserDataResult>;

/** `platform` is 'electron' from main; the browser implementation of the same API answers 'web'. */
export const AppInfo = z.object({ platform: z.enum(['electron', 'web']), version: z.string() });
export type AppInfo = z.infer<typeof AppInfo>;

export const invokeContract = {
  'userData:load': { args: z.tuple([]), result: LoadUserDataResult },
  'userData:save': { args: z.tuple([UserData]), result: SaveUserDataResult },
  'export:save': { args: z.tuple([z.union([ExportRequest, ExportFilesRequest])]), result: ExportResult },
  'app:info': { args: z.tuple([]), result: AppInfo },
  'notes:open': { args: z.tuple([OpenNotesRequest]), result: OpenNotesResult },
  'notes:close': { args: z.tuple([]), result: CloseNotesResult },
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['args']>;
export type InvokeResult<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['result']>;

/** Events main sends to the renderer, each with the schema of its one payload. */
export const eventContract = {
  'menu:command': MenuCommand,
  /** File > Open Recent: the renderer opens it with `openNotes(request)`, so it shows progress as for any open. */
  'menu:open-recent': OpenRecentRequest,
  /** Changes in the open notes folder, at most one batch per NOTES_WATCH_DEBOUNCE_MS of quiet. */
  'notes:watch': NotesChange,
} as const;

export type EventChannel = keyof typeof eventContract;
export type EventPayload<E extends EventChannel> = z.infer<(typeof eventContract)[E]>;
