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
] as const;

/** Which API method calls which invoke channel; the preload builds `window.atlas` from this map. */
export const invokeMethods = {
  loadUserData: 'userData:load',
  saveUserData: 'userData:save',
  saveExport: 'export:save',
  appInfo: 'app:info',
} as const;

/** The origin of every page main trusts: the built renderer served by the `atlas` protocol. */
export const APP_SCHEME = 'atlas';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
