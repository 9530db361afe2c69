import { describe, expect, it } from 'vitest';
import {
  BOOST_PX,
  READABLE_PX,
  ALL_NAMED_UP_TO,
  pinnedNames,
  placeLabels,
  shortLabel,
  type LabelCandidate,
} from './label-levels';

/** A one-line label about 6 px of width per pixel of font (a long name). */
function label(id: string, over: Partial<LabelCandidate> = {}): LabelCandidate {
  return {
    id,
    x: 0,
    y: 0,
    anchor: 'below',
    naturalPx: 14,
    w: 6,
    h: 1.25,
    mode: 'natural',
    rank: 10,
    ...over,
  };
}

describe('label level of detail', () => {
  it('draws a label at its own size only when that is readable on screen', () => {
    const placed = placeLabels([
      label('big', { naturalPx: 11 }),
      label('small', { x: 500, naturalPx: 10.9 }),
    ]);
    expect(placed.get('big')).toEqual({ px: 11, boosted: false, short: false });
    expect(placed.has('small')).toBe(false);
  });

  it('boosts important labels too small to read to a readable size, in their short form', () => {
    const placed = placeLabels([
      label('eks', { naturalPx: 4, mode: 'boost', boosted: { w: 1.5, h: 1.25, short: true } }),
    ]);
    expect(placed.get('eks')).toEqual({ px: BOOST_PX, boosted: true, short: true });
    expect(BOOST_PX).toBeGreaterThanOrEqual(READABLE_PX);
  });

  it('leaves out a label that would overlap a more important one, unless it must always be drawn', () => {
    const placed = placeLabels([
      label('second', { rank: 5, x: 10 }),
      label('first', { rank: 1 }),
      label('selected', { rank: 0, x: 20, mode: 'keep' }),
      label('apart', { rank: 5, y: 200 }),
    ]);
    expect([...placed.keys()].sort()).toEqual(['apart', 'selected']);
  });

  it('keeps labels off node bodies and inside the window', () => {
    const body = { x1: -5, x2: 5, y1: 5, y2: 15 };
    expect(placeLabels([label('a')], BOOST_PX, [body]).has('a')).toBe(false);
    const view = { x1: 0, y1: -10, x2: 100, y2: 100 };
    expect(placeLabels([label('cut')], BOOST_PX, [], view).has('cut')).toBe(false);
    expect(placeLabels([label('in', { x: 50 })], BOOST_PX, [], view).has('in')).toBe(true);
    expect(placeLabels([label('kept', { mode: 'keep' })], BOOST_PX, [body], view).has('kept')).toBe(true);
    expect(placeLabels([label('service', { mode: 'always' })], BOOST_PX, [body], view).has('service')).toBe(
      false,
    );
    expect(placeLabels([label('verb', { avoidBodies: 0 })], BOOST_PX, [body]).has('verb')).toBe(true);
    // A label that may graze bodies clears one whose middle it misses.
    const edge = { x1: -100, x2: -4, y1: 0, y2: 30 };
    expect(placeLabels([label('grazes', { avoidBodies: 0.5 })], BOOST_PX, [edge]).has('grazes')).toBe(false);
    expect(placeLabels([label('grazes', { x: 70, avoidBodies: 0.5 })], BOOST_PX, [edge]).has('grazes')).toBe(
      true,
    );
  });

  it('lets a lit label drawn boosted cover the bodies of nodes that are not lit, never a lit one', () => {
    const unlit = { x1: -5, x2: 5, y1: 5, y2: 15 };
    const lit = { ...unlit, lit: true };
    // Too small to read at its own size: drawn boosted, over what is not lit.
    const small = { naturalPx: 4, mode: 'boost' as const, boosted: { w: 6, h: 1.25, short: false } };
    const nb = (over: Partial<LabelCandidate> = {}) => label('nb', { ...small, overUnlit: true, ...over });
    expect(placeLabels([nb()], BOOST_PX, [unlit]).has('nb')).toBe(true);
    expect(placeLabels([nb()], BOOST_PX, [lit]).has('nb')).toBe(false);
    // At its own, readable size a lit name keeps to the free space like any other.
    expect(placeLabels([nb({ naturalPx: 14 })], BOOST_PX, [unlit]).has('nb')).toBe(false);
    // An unlit label still keeps off every body.
    expect(placeLabels([label('other', small)], BOOST_PX, [unlit]).has('other')).toBe(false);
    // Labels still keep off each other.
    const both = placeLabels([nb({ id: 'first', rank: 1 }), nb({ id: 'second', rank: 2, x: 5 })], BOOST_PX, [
      unlit,
    ]);
    expect([...both.keys()]).toEqual(['first']);
  });

  it('lets names cover nodes drawn as specks (a large graph seen whole)', () => {
    const speck = { x1: -2, x2: 2, y1: 8, y2: 12 };
    expect(placeLabels([label('a')], BOOST_PX, [speck]).has('a')).toBe(true);
    expect(placeLabels([label('a')], BOOST_PX, [{ x1: -3, x2: 3, y1: 7, y2: 13 }]).has('a')).toBe(false);
  });

  it('shortens AWS names to their abbreviation or their name without the vendor', () => {
    expect(shortLabel('Amazon Elastic Kubernetes Service (EKS)')).toBe('EKS');
    expect(shortLabel('AWS Identity and Access Management (IAM)')).toBe('IAM');
    expect(shortLabel('AWS Fargate')).toBe('Fargate');
    expect(shortLabel('Amazon EKS Anywhere')).toBe('EKS Anywhere');
    expect(shortLabel('Karpenter')).toBeUndefined();
    expect(shortLabel('Amazon')).toBeUndefined();
  });
});

describe('pinnedNames', () => {
  const node = (id: string, kind = 'feature', degree = 1) => ({ id, kind, degree });
  const services = ['ecs', 'eks', 'ecr', 'fargate'].map((id) => node(id, 'service'));
  const leaves = (n: number) => Array.from({ length: n }, (_, i) => node(`leaf${i}`));
  // Unrelated nodes that make a graph too large to name every node of.
  const filler = leaves(ALL_NAMED_UP_TO);

  it('names every service, and the nodes that join three or more of them, either way round', () => {
    const pinned = pinnedNames(
      [...services, node('iam', 'integration'), node('hipaa', 'compliance'), node('karpenter'), ...filler],
      [
        { source: 'ecs', target: 'iam' },
        { source: 'iam', target: 'eks' },
        { source: 'ecr', target: 'iam' },
        { source: 'ecs', target: 'hipaa' },
        { source: 'eks', target: 'hipaa' },
        // Two relations to one service count it once: Karpenter joins two services, not three.
        { source: 'eks', target: 'karpenter' },
        { source: 'eks', target: 'karpenter' },
        { source: 'fargate', target: 'karpenter' },
      ],
    );
    expect([...pinned.ids].sort()).toEqual(['ecr', 'ecs', 'eks', 'fargate', 'iam']);
    expect(pinned.services).toBe(4);
  });

  it('names every node of a graph of a few notes, and only the hubs of a larger one', () => {
    const small = pinnedNames([...services, ...leaves(ALL_NAMED_UP_TO - 4)], []);
    expect(small.ids.size).toBe(ALL_NAMED_UP_TO);
    expect(small.services).toBe(4);
    const larger = pinnedNames([...services, ...leaves(ALL_NAMED_UP_TO - 3)], []);
    expect([...larger.ids].sort()).toEqual(['ecr', 'ecs', 'eks', 'fargate']);
  });

  it('keeps at most one node in twenty (at least eight), the most shared and then the most related first', () => {
    const shared = Array.from({ length: 12 }, (_, i) => node(`n${String(i).padStart(2, '0')}`, 'feature', i));
    const edges = shared.flatMap((n, i) =>
      services.slice(0, i < 3 ? 4 : 3).map((s) => ({ source: s.id, target: n.id })),
    );
    const pinned = pinnedNames([...services, ...shared, ...filler], edges);
    const kept = [...pinned.ids].filter((id) => /^n\d/.test(id));
    // 46 nodes: the floor of eight applies. n00-n02 join four services; then the highest degrees.
    expect(kept.sort()).toEqual(['n00', 'n01', 'n02', 'n07', 'n08', 'n09', 'n10', 'n11']);
  });
});
