import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { Point, Scene, SceneEdge, SceneHalo, SceneNode, SceneText } from './svg-export';
import { SHOW_THROUGH } from '../veil';

/** Measures a line of text in a CSS font, for wrapping labels as the canvas wraps them. */
export type Measure = (text: string, font: string) => number;

/** Space around the drawing, in graph units. */
const PADDING = 20;

/** A canvas-backed text measure (the same fonts the canvas draws with). */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!ctx) return text.length * 0.55 * (Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1]) || 12);
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

const str = (ele: SingularElementArgument, name: string) => String(ele.style(name) ?? '');
const number = (ele: SingularElementArgument, name: string) => {
  const v = Number(ele.numericStyle(name));
  return Number.isFinite(v) ? v : 0;
};

/** Breaks a label into lines no wider than `max`, at spaces, as Cytoscape's 'text-wrap: wrap' does. */
export function wrapLabel(label: string, max: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of label.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && width(candidate) > max) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/** The label of an element as drawn (after data mappings), or null when it is not drawn at 100 %. */
function labelText(ele: SingularElementArgument, measure: Measure): SceneText | null {
  const label = str(ele, 'label');
  const fontSize = number(ele, 'font-size');
  const opacity = number(ele, 'text-opacity');
  // The picture shows the graph as at 100 % zoom: labels too small to be drawn there are left out.
  if (!label || fontSize < number(ele, 'min-zoomed-font-size') || opacity <= 0) return null;
  const fontWeight = str(ele, 'font-weight') || 'normal';
  const font = `${str(ele, 'font-style')} ${fontWeight} ${fontSize}px ${str(ele, 'font-family')}`.trim();
  const width = (s: string) => measure(s, font);
  const lines =
    str(ele, 'text-wrap') === 'wrap'
      ? wrapLabel(label, number(ele, 'text-max-width'), width)
      : [label.replace(/\s*\n\s*/g, ' ')];
  const bgOpacity = number(ele, 'text-background-opacity');
  return {
    lines,
    width: Math.max(...lines.map(width)),
    fontSize,
    fontWeight,
    color: str(ele, 'color'),
    opacity,
    outline: {
      color: str(ele, 'text-outline-color'),
      width: number(ele, 'text-outline-width'),
      opacity: number(ele, 'text-outline-opacity'),
    },
    background:
      bgOpacity > 0
        ? {
            color: str(ele, 'text-background-color'),
            opacity: bgOpacity,
            padding: number(ele, 'text-background-padding'),
            rounded: str(ele, 'text-background-shape').startsWith('round'),
          }
        : null,
  };
}

function haloOf(node: NodeSingular, kind: 'underlay' | 'overlay'): SceneHalo | undefined {
  const opacity = number(node, `${kind}-opacity`);
  if (opacity <= 0) return undefined;
  return {
    shape: str(node, `${kind}-shape`) || 'round-rectangle',
    color: str(node, `${kind}-color`),
    opacity,
    padding: number(node, `${kind}-padding`),
  };
}

function describeNode(node: NodeSingular, measure: Measure): SceneNode {
  const { x, y } = node.position();
  const shape = str(node, 'shape');
  const text = labelText(node, measure);
  const valign = str(node, 'text-valign');
  return {
    id: node.id(),
    label: String(node.data('label') ?? node.id()),
    x,
    y,
    width: node.width(),
    height: node.height(),
    shape,
    polygon:
      shape === 'polygon'
        ? str(node, 'shape-polygon-points')
            .split(/[\s,]+/)
            .filter(Boolean)
            .map(Number)
        : undefined,
    fill: str(node, 'background-color'),
    fillOpacity: number(node, 'background-opacity'),
    opacity: node.effectiveOpacity(),
    border: {
      width: number(node, 'border-width'),
      color: str(node, 'border-color'),
      opacity: number(node, 'border-opacity'),
      style: str(node, 'border-style'),
    },
    underlay: haloOf(node, 'underlay'),
    overlay: haloOf(node, 'overlay'),
    text: text && {
      ...text,
      valign: valign === 'top' || valign === 'center' ? valign : 'bottom',
      marginY: number(node, 'text-margin-y'),
    },
  };
}

/** Cytoscape's arrow size for a line width (renderer getArrowWidth). */
function arrowSize(edge: EdgeSingular): number {
  return Math.max(Math.pow(number(edge, 'width') * 13.37, 0.9), 29) * number(edge, 'arrow-scale');
}

function describeEdge(edge: EdgeSingular, measure: Measure): SceneEdge {
  const start = edge.sourceEndpoint();
  const end = edge.targetEndpoint();
  // Curved edges (parallel ones, loops) have control points; straight ones have none.
  const controls: Point[] = edge.controlPoints?.() ?? [];
  const arrow = (end: 'source' | 'target') =>
    str(edge, `${end}-arrow-shape`) === 'none'
      ? null
      : { color: str(edge, `${end}-arrow-color`), size: arrowSize(edge) };
  const text = labelText(edge, measure);
  let angle = 0;
  if (text && str(edge, 'text-rotation') === 'autorotate') {
    angle = (Math.atan2(end.y - start.y, end.x - start.x) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    else if (angle < -90) angle += 180;
  }
  return {
    id: edge.id(),
    title: [edge.source().data('label'), edge.data('verb') ?? edge.data('kind'), edge.target().data('label')]
      .filter(Boolean)
      .join(' '),
    points: [start, ...controls, end].map((p) => ({ x: p.x, y: p.y })),
    color: str(edge, 'line-color'),
    width: number(edge, 'width'),
    opacity: edge.effectiveOpacity(),
    lineStyle: str(edge, 'line-style'),
    sourceArrow: arrow('source'),
    targetArrow: arrow('target'),
    text: text && { ...text, at: edge.midpoint(), angle },
  };
}

const byZIndex = <T extends SingularElementArgument>(a: T, b: T) =>
  number(a, 'z-index') - number(b, 'z-index');

/**
 * What the canvas shows (visible elements only, in drawing order), as a plain scene for sceneToSvg.
 * `dimmed` names the elements the canvas draws under its veil: they are drawn as faded.
 */
export function describeScene(
  cy: Core,
  background: string,
  measure: Measure,
  dimmed: (id: string) => boolean = () => false,
): Scene {
  const fade = <T extends { id: string; opacity: number }>(x: T): T =>
    dimmed(x.id) ? { ...x, opacity: x.opacity * SHOW_THROUGH } : x;
  const nodes = cy.nodes(':visible').toArray().sort(byZIndex);
  const edges = cy.edges(':visible').toArray().sort(byZIndex);
  const bb = cy.elements(':visible').boundingBox();
  return {
    title: `Service Atlas: ${nodes.length} ${nodes.length === 1 ? 'node' : 'nodes'}, ${edges.length} ${edges.length === 1 ? 'relation' : 'relations'}`,
    background,
    fontFamily: nodes[0] ? str(nodes[0], 'font-family') : 'sans-serif',
    bounds: { x1: bb.x1 - PADDING, y1: bb.y1 - PADDING, x2: bb.x2 + PADDING, y2: bb.y2 + PADDING },
    nodes: nodes.map((n) => fade(describeNode(n, measure))),
    edges: edges.map((e) => fade(describeEdge(e, measure))),
  };
}
