import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sceneToSvg, type Scene, type SceneEdge, type SceneNode, type SceneText } from './svg-export';
import { wrapLabel } from './svg-scene';
import { shapePath } from './svg-shapes';

const text = (lines: string[], extra: Partial<SceneText> = {}): SceneText => ({
  lines,
  width: 40,
  fontSize: 10,
  fontWeight: '500',
  color: '#111111',
  opacity: 1,
  outline: { color: '#ffffff', width: 2, opacity: 1 },
  background: null,
  ...extra,
});

const node = (id: string, label: string, x: number, shape = 'ellipse'): SceneNode => ({
  id,
  label,
  x,
  y: 0,
  width: 20,
  height: 20,
  shape,
  fill: '#0072B2',
  fillOpacity: 1,
  opacity: 1,
  border: { width: 1, color: '#ffffff', opacity: 1, style: 'solid' },
  text: { ...text([label]), valign: 'bottom', marginY: 4 },
});

const edge = (id: string, points: SceneEdge['points'], extra: Partial<SceneEdge> = {}): SceneEdge => ({
  id,
  title: `a ${id} b`,
  points,
  color: '#999999',
  width: 1.5,
  opacity: 1,
  lineStyle: 'solid',
  sourceArrow: null,
  targetArrow: { color: '#999999', size: 20 },
  text: null,
  ...extra,
});

const scene = (nodes: SceneNode[], edges: SceneEdge[]): Scene => ({
  title: 'Service Atlas: test',
  background: '#f7f8fa',
  fontFamily: 'system-ui, "Segoe UI", sans-serif',
  bounds: { x1: -50, y1: -30, x2: 150, y2: 60 },
  nodes,
  edges,
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

describe('sceneToSvg', () => {
  it('writes well-formed SVG with a background and a viewBox fitted to the bounds', () => {
    const svg = sceneToSvg(scene([node('a', 'A', 0), node('b', 'B', 100, 'round-rectangle')], []));
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = parser.parse(svg);
    expect(doc.svg.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(doc.svg.viewBox).toBe('-50 -30 200 90');
    expect(doc.svg.rect).toMatchObject({ class: 'background', fill: '#f7f8fa', width: '200', height: '90' });
  });

  it('escapes labels, titles and attribute values, so that any note text stays valid XML', () => {
    const hostile = `Tom & Jerry's <script>"x"</script>`;
    const svg = sceneToSvg(scene([node('a&"b', hostile, 0)], []));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      processEntities: true,
      htmlEntities: true,
    }).parse(svg);
    const g = doc.svg.g[1].g;
    expect(g['data-id']).toBe('a&"b');
    expect(g.title).toBe(hostile);
    expect(g.text.tspan['#text']).toBe(hostile);
  });

  it('draws one text element per labelled node, with a line per wrapped line', () => {
    const n = node('a', 'Amazon Elastic Kubernetes Service', 0);
    n.text = { ...n.text!, lines: ['Amazon Elastic', 'Kubernetes Service'] };
    const svg = sceneToSvg(scene([n, { ...node('b', 'Unlabelled', 50), text: null }], []));
    const labels = [...svg.matchAll(/<text class="node-label"[^>]*>(.*?)<\/text>/g)];
    expect(labels).toHaveLength(1);
    expect([...labels[0]![1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1])).toEqual([
      'Amazon Elastic',
      'Kubernetes Service',
    ]);
  });

  it('ends a line at the base of its arrowhead, whose tip is at the target end point', () => {
    const svg = sceneToSvg(
      scene(
        [],
        [
          edge('e', [
            { x: 0, y: 0 },
            { x: 100, y: 0 },
          ]),
        ],
      ),
    );
    const path = /<g class="edge"[^>]*>.*?<path d="M0,0L([\d.]+),0"/.exec(svg);
    // Cytoscape's triangle is 0.3 × the arrow size long.
    expect(Number(path?.[1])).toBeCloseTo(94, 5);
    expect(svg).toContain('<polygon points="100,0 94,3 94,-3"');
  });

  it('draws a curved edge through its control point, and a faded edge translucent', () => {
    const svg = sceneToSvg(
      scene(
        [],
        [
          edge(
            'c',
            [
              { x: 0, y: 0 },
              { x: 50, y: 40 },
              { x: 100, y: 0 },
            ],
            { opacity: 0.2, targetArrow: null, lineStyle: 'dashed' },
          ),
        ],
      ),
    );
    expect(svg).toContain('d="M0,0Q50,40 100,0"');
    expect(svg).toContain('opacity="0.2"');
    expect(svg).toContain('stroke-dasharray="4.5 3"');
    expect(svg).not.toContain('<polygon');
  });

  it('draws a label background under the text and turns an edge label with the edge', () => {
    const svg = sceneToSvg(
      scene(
        [],
        [
          edge(
            'l',
            [
              { x: 0, y: 0 },
              { x: 100, y: 100 },
            ],
            {
              text: {
                ...text(['is built on'], {
                  background: { color: '#f7f8fa', opacity: 0.9, padding: 2, rounded: false },
                }),
                at: { x: 50, y: 50 },
                angle: 45,
              },
            },
          ),
        ],
      ),
    );
    expect(svg).toContain('transform="rotate(45 50 50)"');
    expect(svg.indexOf('fill-opacity="0.9"')).toBeLessThan(svg.indexOf('class="edge-label"'));
    expect(XMLValidator.validate(svg)).toBe(true);
  });
});

describe('shapePath', () => {
  const coords = (d: string) =>
    [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

  it('fits regular polygons to the node box, as Cytoscape does', () => {
    for (const [shape, corners] of [
      ['triangle', 3],
      ['pentagon', 5],
      ['hexagon', 6],
      ['octagon', 8],
      ['diamond', 4],
      ['tag', 5],
    ] as const) {
      const pts = coords(shapePath(shape, 10, 20, 40, 30));
      expect(pts, shape).toHaveLength(corners);
      expect(Math.min(...pts.map((p) => p.x)), shape).toBeCloseTo(-10, 1);
      expect(Math.max(...pts.map((p) => p.x)), shape).toBeCloseTo(30, 1);
      expect(Math.min(...pts.map((p) => p.y)), shape).toBeCloseTo(5, 1);
      expect(Math.max(...pts.map((p) => p.y)), shape).toBeCloseTo(35, 1);
    }
  });

  it('points a triangle up, and gives rounded rectangles arcs', () => {
    const [apex] = coords(shapePath('triangle', 0, 0, 20, 20));
    expect(apex).toEqual({ x: 0, y: -10 });
    expect(shapePath('round-rectangle', 0, 0, 40, 40)).toMatch(/A8,8/);
  });

  it('draws an ellipse for a shape it does not know', () => {
    expect(shapePath('no-such-shape', 0, 0, 20, 10)).toBe('M-10,0A10,5 0 1 0 10,0A10,5 0 1 0 -10,0Z');
  });
});

describe('wrapLabel', () => {
  const width = (s: string) => s.length;

  it('breaks at spaces so that no line is wider than allowed, keeping a long word whole', () => {
    expect(wrapLabel('Amazon Elastic Kubernetes Service', 16, width)).toEqual([
      'Amazon Elastic',
      'Kubernetes',
      'Service',
    ]);
    expect(wrapLabel('Supercalifragilistic word', 5, width)).toEqual(['Supercalifragilistic', 'word']);
    expect(wrapLabel('Two\nlines', 100, width)).toEqual(['Two', 'lines']);
  });
});
