import type { App, Session, WebContents } from 'electron';

import { CONTENT_SECURITY_POLICY } from './web-content';

export { CONTENT_SECURITY_POLICY };

/** Response headers with our CSP in place of any the response carried. */
export function withCsp(headers: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

/** Applies the CSP to every response and denies every permission request and check. */
export function applySessionSecurity(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders) });
  });
  // The app needs no camera, notifications, geolocation, clipboard-read, HID, serial or USB.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Locks down one webContents: no navigation away, no new windows, no <webview>. */
export function hardenWebContents(contents: WebContents): void {
  // The app is a single page; in-page (hash/history) navigation does not emit will-navigate.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Hardens every webContents the app ever creates, including ones created indirectly. */
export function installWebContentsHardening(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
