import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import {
  APP_ORIGIN,
  eventContract,
  invokeContract,
  type EventChannel,
  type EventPayload,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
} from '../../contract/ipc';

// The only main-side file that touches ipcMain. Every handler goes through `handle`, which checks
// who is calling and what they sent before the implementation ever runs.

let getTrustedWindow: () => BrowserWindow | null = () => null;

/** Tells the IPC layer which window is ours; calls from anywhere else are refused. */
export function trustWindow(getWindow: () => BrowserWindow | null): void {
  getTrustedWindow = getWindow;
}

/** Why this sender is not trusted, or null when it is our window's main frame showing the app. */
export function senderProblem(event: IpcMainInvokeEvent): string | null {
  const win = getTrustedWindow();
  if (!win || win.isDestroyed()) return 'the app window is not open';
  if (event.sender !== win.webContents) return 'the sender is not the app window';
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame is gone';
  const main = win.webContents.mainFrame;
  if (frame.parent !== null || frame.processId !== main.processId || frame.routingId !== main.routingId) {
    return 'the sender is not the main frame of the app window';
  }
  if (!frame.url.startsWith(`${APP_ORIGIN}/`)) return `the sending page (${frame.url}) is not the app`;
  return null;
}

type Impl<C extends InvokeChannel> = (...args: InvokeArgs<C>) => InvokeResult<C> | Promise<InvokeResult<C>>;

/** Registers the implementation of one contract channel behind sender and payload validation. */
export function handle<C extends InvokeChannel>(channel: C, impl: Impl<C>): void {
  const argsSchema = invokeContract[channel].args as unknown as z.ZodType<InvokeArgs<C>>;
  const resultSchema = invokeContract[channel].result as unknown as z.ZodType<InvokeResult<C>>;
  ipcMain.handle(channel, async (event, ...raw: unknown[]) => {
    const problem = senderProblem(event);
    if (problem) {
      console.warn(`[ipc] refused ${channel}: ${problem}`);
      throw new Error(`Refused ${channel}: ${problem}.`);
    }
    const parsed = argsSchema.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`Refused ${channel}: invalid arguments.\n${z.prettifyError(parsed.error)}`);
    }
    // Checking the result too keeps a main-side bug from handing the renderer a malformed value.
    return resultSchema.parse(await impl(...parsed.data));
  });
}

/** Sends a contract event to the window's renderer, validated like everything else. */
export function sendEvent<E extends EventChannel>(
  win: BrowserWindow,
  channel: E,
  payload: EventPayload<E>,
): void {
  const value = eventContract[channel].parse(payload);
  if (!win.isDestroyed()) win.webContents.send(channel, value);
}
