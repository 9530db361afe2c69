import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { cyStyle } from './cy-style';

const ELEMENTS = [
  { data: { id: 'a', kind: 'service', size: 40 } },
  { data: { id: 'b', kind: 'feature', size: 30 } },
  { data: { id: 'ab', source: 'a', target: 'b', lineWidth: 9, inferred: true } },
  { data: { id: 'ba', source: 'b', target: 'a', lineWidth: 9 } },
];

function core(overview: boolean) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: ELEMENTS,
    style: cyStyle('light', { overview }),
  });
}

describe('cyStyle', () => {
  it('draws every relation with its arrow and dashes when the graph is not an overview', () => {
    const cy = core(false);
    const ab = cy.$id('ab');
    expect(ab.style('display')).toBe('element');
    expect(ab.style('target-arrow-shape')).toBe('triangle');
    expect(ab.style('line-style')).toBe('dashed');
    expect(cy.$id('ba').style('line-style')).toBe('solid');
  });

  it('in an overview, leaves unlit relations undrawn and unstyled, and draws lit ones in full', () => {
    const cy = core(true);
    const ab = cy.$id('ab');
    expect(ab.style('display')).toBe('none');
    expect(ab.style('target-arrow-shape')).toBe('none');
    ab.addClass('lit');
    expect(ab.style('display')).toBe('element');
    expect(ab.style('target-arrow-shape')).toBe('triangle');
    expect(ab.style('line-style')).toBe('dashed');
    // Kept wide enough to be seen from far out (the label layer sets lineWidth).
    expect(ab.style('width')).toBe('9px');
  });
});
