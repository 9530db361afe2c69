import { describe, expect, it } from 'vitest';
import { hiddenKinds, isKindShown, setKindShown } from './kind-filter';

const present = ['service', 'component', 'feature'];

describe('the legend over the stored node-kind filter', () => {
  it('shows every kind when nothing restricts the view, as old views and links stored it', () => {
    expect(present.every((k) => isKindShown([], k))).toBe(true);
    expect(hiddenKinds([], present)).toEqual([]);
    expect(hiddenKinds(['service'], present)).toEqual(['component', 'feature']);
  });

  it('hides one kind by restricting the view to the others, and showing it again lifts the restriction', () => {
    const hidden = setKindShown([], present, 'service', false);
    expect(hidden).toEqual(['component', 'feature']);
    expect(isKindShown(hidden, 'service')).toBe(false);
    expect(setKindShown(hidden, present, 'service', true)).toEqual([]);
  });

  it('refuses to hide the last shown kind, which would store "show everything"', () => {
    expect(setKindShown(['feature'], present, 'feature', false)).toEqual(['feature']);
  });

  it('drops kinds the graph does not have when it changes the restriction', () => {
    expect(setKindShown(['service', 'pricing'], present, 'component', true)).toEqual([
      'service',
      'component',
    ]);
  });
});
