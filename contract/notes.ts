import { z } from 'zod';
import type { ImportProblem as DraftProblem, NoteFile as DraftNoteFile } from '../graph-data/readers/draft';
import { RecentFolder } from './user-data';

/*
 * The notes-folder part of the IPC contract. Main only reads, watches and validates a folder; the
 * renderer compiles what it is sent into a graph (in a Web Worker).
 */

/** Most note files one folder may hand over (the folder reader's own cap). */
export const MAX_NOTE_FILES = 20_000;
/** Characters in one note's text: the reader caps files at 512 KiB, and UTF-8 never has fewer bytes than characters. */
export const MAX_NOTE_CHARS = 512 * 1024;
/** How long main waits after the last change in a watched folder before sending the batch. */
export const NOTES_WATCH_DEBOUNCE_MS = 150;

/** A path inside the notes folder: relative, '/'-separated, no '.' or '..' segments, no NUL. */
export function isRelativeNotePath(p: string): boolean {
  if (p === '' || p.startsWith('/') || p.includes('\\') || p.includes('\0') || /^[A-Za-z]:/.test(p))
    return false;
  return p.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

const RelativeNotePath = z
  .string()
  .max(1024)
  .refine(isRelativeNotePath, { message: "a path inside the notes folder, with '/' separators" });

/** A path on the user's machine as main receives it (a dropped folder, a recent one); main checks the rest. */
const LocalPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), { message: 'a path without NUL characters' });

export const NoteFile = z.object({ path: RelativeNotePath, text: z.string().max(MAX_NOTE_CHARS) });
export type NoteFile = z.infer<typeof NoteFile>;

/** A file the reader refused or skipped, or a problem with the folder itself, with the fix. */
export const ImportProblem = z.object({
  file: z.string().max(4096),
  line: z.number().int().positive().optional(),
  offset: z.number().int().nonnegative().optional(),
  message: z.string().max(4000),
  fix: z.string().max(4000).optional(),
  severity: z.enum(['error', 'warning']),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

const Problems = z.array(ImportProblem).max(MAX_NOTE_FILES + 100);

/**
 * Open a notes folder. `path` is a folder the renderer already has (a dropped folder, a recent
 * one); without it main asks with a folder dialog. `merge` joins the notes to the built-in graph.
 */
export const OpenNotesRequest = z.object({ path: LocalPath.optional(), merge: z.boolean() });
export type OpenNotesRequest = z.infer<typeof OpenNotesRequest>;

export const OpenNotesResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('opened'),
    /** The folder's real absolute path (links resolved); change events name it. */
    folder: z.string(),
    merge: z.boolean(),
    /** The user-data workspace key of this folder opened this way (`workspaceKey`). */
    workspace: z.string(),
    /** The folder is an Obsidian vault (it has `.obsidian/`). */
    vault: z.boolean(),
    files: z.array(NoteFile).max(MAX_NOTE_FILES),
    problems: Problems,
    /** The recent list after this open, for a "recent folders" list in the UI. */
    recentFolders: z.array(RecentFolder),
  }),
  /** The user closed the folder dialog without choosing. */
  z.object({ status: z.literal('canceled') }),
  /** Nothing was opened; `message` says why and what to do, ready to show. The current graph stays. */
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type OpenNotesResult = z.infer<typeof OpenNotesResult>;

/** What changed in the watched folder since the last event: whole files, never partial edits. */
export const NotesChange = z.object({
  folder: z.string(),
  /** Files added or edited, with their full new text. */
  changed: z.array(NoteFile).max(MAX_NOTE_FILES),
  /** Paths of files deleted (or moved out, or now refused; see `problems`). */
  removed: z.array(RelativeNotePath).max(MAX_NOTE_FILES),
  /** Files that changed but could not be read (bad UTF-8, too large, a link leading out...). */
  problems: Problems,
});
export type NotesChange = z.infer<typeof NotesChange>;

export const CloseNotesResult = z.object({ closed: z.boolean() });
export type CloseNotesResult = z.infer<typeof CloseNotesResult>;

/** A recent folder as File > Open Recent hands it to the renderer to open. */
export const OpenRecentRequest = RecentFolder.pick({ path: true, merge: true });
export type OpenRecentRequest = z.infer<typeof OpenRecentRequest>;

// The contract's schemas describe exactly what the notes readers produce and take.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameNoteFile: Same<NoteFile, DraftNoteFile> = true;
const sameProblem: Same<ImportProblem, DraftProblem> = true;
void sameNoteFile;
void sameProblem;
