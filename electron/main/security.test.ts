import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  applySessionSecurity,
  CONTENT_SECURITY_POLICY,
  hardenWebContents,
  installWebContentsHardening,
  withCsp,
} from './security';

vi.mock('electron', () => ({}));

function directives(): Map<string, string[]> {
  return new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    webRequest: { onHeadersReceived: (fn: never) => (handlers.headers = fn) },
    setPermissionRequestHandler: (fn: never) => (handlers.request = fn),
    setPermissionCheckHandler: (fn: never) => (handlers.check = fn),
    setDevicePermissionHandler: (fn: never) => (handlers.device = fn),
  };
  return { session, handlers };
}

class FakeWebContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
    this.openHandler = fn;
  }
}

function navigationEvent() {
  return { preventDefault: vi.fn() };
}

describe('content security policy', () => {
  it('allows only the app itself: no eval, no inline scripts, no remote hosts', () => {
    const d = directives();
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    for (const name of ['object-src', 'base-uri', 'frame-ancestors', 'form-action']) {
      expect(d.get(name)).toEqual(["'none'"]);
    }
  });

  it('is put on every response, replacing a weaker policy the response carried', () => {
    const { session, handlers } = fakeSession();
    applySessionSecurity(session as never);
    const callback = vi.fn();
    const onHeaders = handlers.headers as (details: unknown, cb: unknown) => void;
    onHeaders(
      {
        url: 'atlas://app/index.html',
        responseHeaders: { 'content-security-policy': ['default-src *'], 'X-A': ['1'] },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    expect(withCsp(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    applySessionSecurity(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      (handlers.request as (...a: unknown[]) => void)({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect((handlers.check as (...a: unknown[]) => boolean)({}, permission, 'atlas://app', {})).toBe(false);
    }
    expect((handlers.device as (...a: unknown[]) => boolean)({ deviceType: 'usb' })).toBe(false);
  });
});

describe('webContents hardening', () => {
  it('blocks navigation away from the app, <webview> and window.open', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    const nav = navigationEvent();
    contents.emit('will-navigate', nav, 'https://evil.example/');
    expect(nav.preventDefault).toHaveBeenCalled();
    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(contents.openHandler?.({ url: 'https://docs.aws.amazon.com/' })).toEqual({ action: 'deny' });
  });

  it('applies to every webContents the app creates', () => {
    const app = new EventEmitter();
    installWebContentsHardening(app as never);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    const nav = navigationEvent();
    contents.emit('will-navigate', nav, 'file:///etc/passwd');
    expect(nav.preventDefault).toHaveBeenCalled();
    expect(contents.openHandler?.({ url: 'atlas://app/index.html' })).toEqual({ action: 'deny' });
  });
});
