import { describe, expect, it } from 'vitest';
import { humaniseKey } from './text';

describe('humaniseKey', () => {
  it('turns attribute keys into the labels people read', () => {
    expect(humaniseKey('useCase')).toBe('Use case');
    expect(humaniseKey('use-case')).toBe('Use case');
    expect(humaniseKey('open_source')).toBe('Open source');
    expect(humaniseKey('type')).toBe('Type');
  });
});
