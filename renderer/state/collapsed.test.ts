import { describe, expect, it } from 'vitest';
import { COLLAPSED_KEY, loadCollapsed, parseCollapsed, saveCollapsed } from './collapsed';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('collapsed columns in localStorage', () => {
  it('reads back what was saved', () => {
    const storage = memoryStorage();
    saveCollapsed({ sidebar: true, panel: false }, storage);
    expect(storage.data.get(COLLAPSED_KEY)).toBe('{"sidebar":true,"panel":false}');
    expect(loadCollapsed(storage)).toEqual({ sidebar: true, panel: false });
  });

  it('opens both columns when nothing or something unreadable was saved', () => {
    for (const text of [
      null,
      '',
      '{not json',
      'null',
      '[true,true]',
      '"sidebar"',
      '42',
      '{"sidebar":"yes","panel":1}',
    ])
      expect(parseCollapsed(text), String(text)).toEqual({ sidebar: false, panel: false });
    expect(parseCollapsed('{"panel":true,"extra":{"deep":[1]}}')).toEqual({ sidebar: false, panel: true });
  });

  it('never throws when storage itself fails', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadCollapsed(broken)).toEqual({ sidebar: false, panel: false });
    expect(() => saveCollapsed({ sidebar: true, panel: true }, broken)).not.toThrow();
    // Where there is no storage at all (Node, here), the defaults apply.
    expect(loadCollapsed()).toEqual({ sidebar: false, panel: false });
  });
});
