import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { CanvasClasses } from './class-diff';

/** A headless core of four nodes in a row, a-b-c-d, and the classes over it. */
function setup() {
  const cy = cytoscape({
    headless: true,
    elements: [
      ...['a', 'b', 'c', 'd'].map((id) => ({ data: { id } })),
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
      { data: { id: 'cd', source: 'c', target: 'd' } },
    ],
  });
  const classes = new CanvasClasses();
  classes.setBase(
    cy,
    new Map([
      ['a', ''],
      ['b', ''],
      ['c', ''],
      ['d', 'hidden'],
      ['ab', ''],
      ['bc', ''],
      ['cd', 'hidden'],
    ]),
  );
  return { cy, classes };
}

describe('CanvasClasses', () => {
  it('dims the rest without restyling it: only the lit elements change classes', () => {
    const { cy, classes } = setup();
    const restyled = new Set<string>();
    cy.on('class', (e) => void restyled.add(e.target.id()));
    const began = classes.setLit(
      cy,
      new Map([
        ['a', 'hover'],
        ['b', 'hover-nb'],
        ['ab', 'hover-edge'],
      ]),
      true,
    );
    expect(began).toBe(true);
    expect([...restyled].sort()).toEqual(['a', 'ab', 'b']);
    expect(cy.$id('a').classes()).toEqual(['hover', 'lit']);
    expect(cy.elements('.dim').length).toBe(0);
    expect(classes.dimming).toBe(true);
  });

  it('says what is drawn dimmed: shown and not lit, only while dimming', () => {
    const { cy, classes } = setup();
    classes.setLit(cy, new Map([['a', 'selected-node']]), false);
    expect(['a', 'b', 'c', 'd'].filter((id) => classes.isDimmed(id))).toEqual([]);
    classes.setLit(cy, new Map([['a', 'match']]), true);
    // Hidden elements are not drawn at all, so not dimmed either.
    expect(['a', 'b', 'c', 'd', 'ab', 'bc', 'cd'].filter((id) => classes.isDimmed(id))).toEqual([
      'b',
      'c',
      'ab',
      'bc',
    ]);
    expect(classes.isDimmed('not-in-the-graph')).toBe(false);
  });

  it('reports when dimming begins or ends, so the canvas is drawn again', () => {
    const { cy, classes } = setup();
    expect(classes.setLit(cy, new Map([['a', 'hover']]), true)).toBe(true);
    expect(classes.setLit(cy, new Map([['b', 'hover']]), true)).toBe(false);
    expect(classes.setLit(cy, null, false)).toBe(true);
    expect(classes.dimming).toBe(false);
    expect(cy.$id('b').classes()).toEqual([]);
  });

  it('knows the label class elements were born with: only the labels drawn change', () => {
    const cy = cytoscape({
      headless: true,
      elements: ['a', 'b', 'c'].map((id) => ({ data: { id }, classes: 'label-hidden' })),
    });
    const classes = new CanvasClasses();
    classes.bornWithLabels(['a', 'b', 'c'], 'label-hidden');
    expect(classes.isPlain('b')).toBe(true);
    expect(classes.labelCount()).toBe(3);
    const restyled = new Set<string>();
    cy.on('class', (e) => void restyled.add(e.target.id()));
    const changed = classes.setLabels(
      cy,
      new Map([
        ['a', ''],
        ['b', 'label-hidden'],
        ['c', 'label-hidden'],
      ]),
    );
    expect(changed).toEqual(['a']);
    expect([...restyled]).toEqual(['a']);
    expect(cy.$id('a').hasClass('label-hidden')).toBe(false);
    expect([...classes.namedIds()]).toEqual(['a']);
  });
});
