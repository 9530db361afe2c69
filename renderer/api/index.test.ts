import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('getAtlasApi', () => {
  it('uses the Electron preload API when window.atlas exists', async () => {
    const atlas = { platform: 'electron' };
    vi.stubGlobal('window', { atlas, localStorage: {} });
    const { getAtlasApi } = await import('./index');
    expect(getAtlasApi()).toBe(atlas);
  });

  it('falls back to the browser implementation, chosen once', async () => {
    vi.stubGlobal('window', { localStorage: {} });
    const { getAtlasApi } = await import('./index');
    const api = getAtlasApi();
    expect(api.platform).toBe('web');
    expect(getAtlasApi()).toBe(api);
  });
});
