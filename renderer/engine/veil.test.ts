import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { cyStyle } from '../canvas/cy-style';
import { inZOrder } from './veil';

describe('inZOrder', () => {
  it('stacks lit relations under lit nodes, and the selection over its neighbours', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: cyStyle('light'),
      elements: [
        { data: { id: 'hub', label: 'Hub', kind: 'service', size: 40, labelFont: 14, labelWidth: 90 } },
        { data: { id: 'leaf', label: 'Leaf', kind: 'feature', size: 20, labelFont: 12, labelWidth: 90 } },
        { data: { id: 'other', label: 'Other', kind: 'feature', size: 20, labelFont: 12, labelWidth: 90 } },
        { data: { id: 'e', source: 'hub', target: 'leaf', caption: 'has', labelFont: 10 } },
      ],
    });
    cy.$id('hub').addClass('selected-node lit');
    cy.$id('leaf').addClass('lit');
    cy.$id('other').addClass('lit');
    cy.$id('e').addClass('selected-edge show-label lit');
    const order = inZOrder([cy.$id('hub'), cy.$id('leaf'), cy.$id('e'), cy.$id('other')].map((c) => c[0]!));
    expect(order.map((e) => e.id())).toEqual(['e', 'leaf', 'other', 'hub']);
  });
});
