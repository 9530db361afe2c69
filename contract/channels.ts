// The contract's plain constants, kept free of zod so the preload can use them without bundling
// the schemas (the preload only forwards; main validates with the schemas in ./ipc).

/** Every command the application menu can send on `menu:command`. */
export const MENU_COMMANDS = [
  'search',
  'fit',
  'zoom-in',
  'zoom-out',
  'reset',
  'back',
  'forward',
  'toggle-theme',
  'outline',
  'clear-filters',
  'focus',
  'leave-focus',
  'compare',
  'quiz',
  'path',
  'export-png',
  'export-svg',
  'export-json',
  'export-graphml',
  'open-notes',
  'open-notes-merged',
  'close-notes',
  'tours',
] as const;

/**
 * Menu commands that would discard something the user made. The renderer never carries one out
 * at once: it asks `question` (acting on `confirm`), or acts and offers Undo. `reset` lays the graph
 * out afresh, which forgets the positions the user dragged in the current layout.
 */
export const MENU_CONFIRMATIONS = {
  reset: {
    question: 'Lay the graph out afresh? The positions you dragged in this layout will be forgotten.',
    confirm: 'Reset layout',
  },
} as const satisfies Partial<Record<(typeof MENU_COMMANDS)[number], { question: string; confirm: string }>>;

/** Which API method calls which invoke channel; the preload builds `window.atlas` from this map. */
export const invokeMethods = {
  loadUserData: 'userData:load',
  saveUserData: 'userData:save',
  saveExport: 'export:save',
  appInfo: 'app:info',
  openNotes: 'notes:open',
  closeNotes: 'notes:close',
} as const;

/** Which subscription method listens to which event channel; the preload builds them from this map. */
export const eventMethods = {
  onMenuCommand: 'menu:command',
  onOpenRecent: 'menu:open-recent',
  onNotesChanged: 'notes:watch',
} as const;

/** The origin of every page main trusts: the built renderer served by the `atlas` protocol. */
export const APP_SCHEME = 'atlas';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
