import { z } from 'zod';
import { MENU_COMMANDS } from './channels';
import { UserData } from './user-data';

export { APP_HOST, APP_ORIGIN, APP_SCHEME, invokeMethods, MENU_COMMANDS } from './channels';

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

export const ExportResult = z.object({ saved: z.boolean(), path: z.string().optional() });
export type ExportResult = z.infer<typeof ExportResult>;

export const LoadUserDataResult = z.object({
  data: UserData,
  /** Human sentences about any recovery that happened while loading; empty when all was well. */
  notices: z.array(z.string()),
});
export type LoadUserDataResult = z.infer<typeof LoadUserDataResult>;

/**
 * `ok: false` when the data was not written; `notice` says why in a sentence the UI can show as is
 * (for example: the file on disk belongs to a newer version of the app and is never overwritten).
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
  'export:save': { args: z.tuple([ExportRequest]), result: ExportResult },
  'app:info': { args: z.tuple([]), result: AppInfo },
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['args']>;
export type InvokeResult<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['result']>;

/** Events main sends to the renderer, each with the schema of its one payload. */
export const eventContract = {
  'menu:command': MenuCommand,
} as const;

export type EventChannel = keyof typeof eventContract;
export type EventPayload<E extends EventChannel> = z.infer<(typeof eventContract)[E]>;
