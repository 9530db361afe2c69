import { describe, expect, it } from 'vitest';
import { RELATION_KINDS, relationInfo } from '../../graph-data';
import { groupRelationKinds, relationGroupOf } from './relation-groups';

describe('relation kinds under headings', () => {
  it('files structure, hosting, compliance and pricing where a reader looks for them', () => {
    expect(relationGroupOf('has-component')).toBe('structure');
    expect(relationGroupOf('built-on')).toBe('structure');
    expect(relationGroupOf('runs-on')).toBe('runs');
    expect(relationGroupOf('integrates-with')).toBe('integrations');
    expect(relationGroupOf('complies-with')).toBe('compliance');
    expect(relationGroupOf('priced-by')).toBe('pricing');
    expect(relationGroupOf('alternative-to')).toBe('comparisons');
    expect(relationGroupOf('links-to')).toBe('other');
  });

  it('puts kinds from a user\'s own notes under "Other"', () => {
    expect(relationGroupOf('deployed-by')).toBe('other');
    const groups = groupRelationKinds([
      { kind: 'deployed-by', count: 1 },
      { kind: 'links-to', count: 4 },
      { kind: 'runs-on', count: 2 },
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Runs and hosts', 'Other']);
    expect(groups[1]!.kinds.map((k) => k.kind)).toEqual(['deployed-by', 'links-to']);
  });

  it('keeps every kind of the vocabulary, once, in the fixed heading order, sorted by verb within', () => {
    const groups = groupRelationKinds(RELATION_KINDS.map((kind) => ({ kind, count: 1 })));
    const listed = groups.flatMap((g) => g.kinds.map((k) => k.kind));
    expect(listed.sort()).toEqual([...RELATION_KINDS].sort());
    expect(groups.map((g) => g.key)).toEqual([
      'structure',
      'runs',
      'integrations',
      'compliance',
      'pricing',
      'comparisons',
      'other',
    ]);
    // No heading is a wall: the biggest holds well under half of the vocabulary.
    expect(Math.max(...groups.map((g) => g.kinds.length))).toBeLessThan(RELATION_KINDS.length / 2);
    for (const g of groups) {
      const verbs = g.kinds.map((k) => relationInfo(k.kind).verb);
      expect(verbs).toEqual([...verbs].sort((a, b) => a.localeCompare(b)));
    }
  });
});
