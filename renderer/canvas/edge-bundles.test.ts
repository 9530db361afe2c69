import { describe, expect, it } from 'vitest';
import { bundleLabels } from './edge-bundles';

const edge = (id: string, source: string, target: string, verb: string, back: string) => ({
  id,
  source,
  target,
  verb,
  back,
});

describe('edge label bundles', () => {
  it('labels relations between the same two nodes once, read from the labelled edge', () => {
    const labels = bundleLabels([
      edge('b', 'ecs', 'ec2', 'runs on', 'can host'),
      edge('a', 'ecs', 'ec2', 'integrates with', 'integrates with'),
      edge('c', 'ec2', 'ecs', 'uses', 'is used by'),
      edge('d', 'ecs', 'iam', 'controls access with', 'controls access to'),
    ]);
    expect(labels.get('a')).toBe('integrates with · runs on · is used by');
    expect(labels.get('b')).toBeNull();
    expect(labels.get('c')).toBeNull();
    expect(labels.get('d')).toBe('controls access with');
  });

  it('says a verb once when two relations read the same', () => {
    const labels = bundleLabels([
      edge('x', 'a', 'b', 'integrates with', 'integrates with'),
      edge('y', 'b', 'a', 'integrates with', 'integrates with'),
    ]);
    expect(labels.get('x')).toBe('integrates with');
    expect(labels.get('y')).toBeNull();
  });
});
