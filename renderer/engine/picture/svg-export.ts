import { xmlEscape } from '../../../graph-data';
import { num, shapePath } from './svg-shapes';

/*
 * A small SVG writer for the graph picture. The canvas is first described as a plain scene (what
 * Cytoscape computed: positions, sizes, shapes, colours, edge end points; see svg-scene.ts), and
 * the scene is then written as SVG here, so that the writer is pure and tested in Node.
 */

export interface Point {
  x: number;
  y: number;
}

/** A padded shape drawn under (underlay) or over (overlay) a node, as Cytoscape does for highlights. */
export interface SceneHalo {
  shape: string;
  color: string;
  opacity: number;
  padding: number;
}

/** A label: wrapped lines, their widest width, and how it is painted. */
export interface SceneText {
  lines: string[];
  /** The widest line, in graph units. */
  width: number;
  fontSize: number;
  fontWeight: string;
  color: string;
  opacity: number;
  outline: { color: string; width: number; opacity: number };
  background: { color: string; opacity: number; padding: number; rounded: boolean } | null;
}

export interface SceneNode {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  /** For shape 'polygon': the unit points Cytoscape was given. */
  polygon?: number[];
  fill: string;
  fillOpacity: number;
  opacity: number;
  border: { width: number; color: string; opacity: number; style: string };
  underlay?: SceneHalo;
  overlay?: SceneHalo;
  /** Null when the label is not drawn. */
  text: (SceneText & { valign: 'top' | 'center' | 'bottom'; marginY: number }) | null;
}

export interface SceneEdge {
  id: string;
  /** "ECS is built on EC2": read by SVG viewers as the edge's tooltip. */
  title: string;
  /** The start, any control points of a curved edge (quadratic, as Cytoscape draws them), the end. */
  points: Point[];
  color: string;
  width: number;
  opacity: number;
  lineStyle: string;
  sourceArrow: { color: string; size: number } | null;
  targetArrow: { color: string; size: number } | null;
  /** Centred on `at`, turned by `angle` degrees. */
  text: (SceneText & { at: Point; angle: number }) | null;
}

export interface Scene {
  title: string;
  background: string;
  fontFamily: string;
  /** The box (in graph coordinates) the picture covers. */
  bounds: { x1: number; y1: number; x2: number; y2: number };
  edges: SceneEdge[];
  nodes: SceneNode[];
}

const attr = (v: string) => xmlEscape(v);
/** Line spacing and the first line's baseline below its top, in font sizes (close to Cytoscape's canvas text). */
const LINE_HEIGHT = 1.15;
const ASCENT = 0.9;

function dash(style: string, width: number): string {
  const w = Math.max(width, 1);
  if (style === 'dashed') return ` stroke-dasharray="${num(w * 3)} ${num(w * 2)}"`;
  if (style === 'dotted') return ` stroke-dasharray="${num(w)} ${num(w)}" stroke-linecap="round"`;
  return '';
}

function opacityAttr(name: string, value: number): string {
  return value < 1 ? ` ${name}="${num(Math.max(0, value))}"` : '';
}

/** The height of a label's lines. */
export function textHeight(t: SceneText): number {
  return t.lines.length * t.fontSize * LINE_HEIGHT;
}

/** A label whose top edge is at `top`, centred on `x`: its background (if any), then its text. */
function writeText(t: SceneText, x: number, top: number, className: string): string {
  const parts: string[] = [];
  const bg = t.background;
  if (bg && bg.opacity > 0) {
    const h = textHeight(t);
    const rx = bg.rounded ? ` rx="${num(Math.min(8, (h + 2 * bg.padding) / 2))}"` : '';
    parts.push(
      `<rect x="${num(x - t.width / 2 - bg.padding)}" y="${num(top - bg.padding)}" width="${num(t.width + 2 * bg.padding)}" height="${num(h + 2 * bg.padding)}"${rx} fill="${attr(bg.color)}"${opacityAttr('fill-opacity', bg.opacity)}/>`,
    );
  }
  const spans = t.lines
    .map(
      (line, i) =>
        `<tspan x="${num(x)}" y="${num(top + t.fontSize * ASCENT + i * t.fontSize * LINE_HEIGHT)}">${xmlEscape(line)}</tspan>`,
    )
    .join('');
  const o = t.outline;
  // paint-order draws the outline under the letters, as the canvas's text outline is.
  const outline =
    o.width > 0 && o.opacity > 0
      ? ` stroke="${attr(o.color)}" stroke-width="${num(o.width * 2)}"${opacityAttr('stroke-opacity', o.opacity)} stroke-linejoin="round" paint-order="stroke"`
      : '';
  parts.push(
    `<text class="${className}" text-anchor="middle" font-size="${num(t.fontSize)}" font-weight="${attr(t.fontWeight)}" fill="${attr(t.color)}"${outline}>${spans}</text>`,
  );
  const body = parts.join('');
  return t.opacity < 1 ? `<g opacity="${num(Math.max(0, t.opacity))}">${body}</g>` : body;
}

/** The curve through the points: straight, or a chain of quadratic Béziers through the midpoints of the control points. */
function edgePath(points: Point[]): string {
  const [start, ...rest] = points;
  if (!start || rest.length === 0) return '';
  const end = rest.pop()!;
  let d = `M${num(start.x)},${num(start.y)}`;
  rest.forEach((c, i) => {
    const next = rest[i + 1];
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
    d += `Q${num(c.x)},${num(c.y)} ${num(to.x)},${num(to.y)}`;
  });
  if (rest.length === 0) d += `L${num(end.x)},${num(end.y)}`;
  return d;
}

/** A triangular arrowhead with its tip at `tip`, pointing away from `from` (Cytoscape's 'triangle' arrow). */
function arrowHead(tip: Point, from: Point, size: number): { points: string; base: Point } {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const base = { x: tip.x - ux * 0.3 * size, y: tip.y - uy * 0.3 * size };
  const half = 0.15 * size;
  const pts = [
    tip,
    { x: base.x - uy * half, y: base.y + ux * half },
    { x: base.x + uy * half, y: base.y - ux * half },
  ];
  return { points: pts.map((p) => `${num(p.x)},${num(p.y)}`).join(' '), base };
}

function writeEdge(e: SceneEdge): string {
  const points = [...e.points];
  // Cytoscape gives no end points for an edge between two nodes drawn on top of each other.
  if (points.length < 2 || !points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))) return '';
  const heads: string[] = [];
  // The line stops at the base of an arrowhead so that its end does not show past the tip.
  if (e.targetArrow) {
    const head = arrowHead(points.at(-1)!, points.at(-2)!, e.targetArrow.size);
    points[points.length - 1] = head.base;
    heads.push(`<polygon points="${head.points}" fill="${attr(e.targetArrow.color)}"/>`);
  }
  if (e.sourceArrow) {
    const head = arrowHead(points[0]!, points[1]!, e.sourceArrow.size);
    points[0] = head.base;
    heads.push(`<polygon points="${head.points}" fill="${attr(e.sourceArrow.color)}"/>`);
  }
  const parts = [
    `<title>${xmlEscape(e.title)}</title>`,
    `<path d="${edgePath(points)}" fill="none" stroke="${attr(e.color)}" stroke-width="${num(e.width)}"${dash(e.lineStyle, e.width)}/>`,
    ...heads,
  ];
  if (e.text) {
    const t = e.text;
    // Turned with the edge, like Cytoscape's 'autorotate'.
    const rotate = t.angle ? ` transform="rotate(${num(t.angle)} ${num(t.at.x)} ${num(t.at.y)})"` : '';
    parts.push(`<g${rotate}>${writeText(t, t.at.x, t.at.y - textHeight(t) / 2, 'edge-label')}</g>`);
  }
  return `<g class="edge" data-id="${attr(e.id)}"${opacityAttr('opacity', e.opacity)}>${parts.join('')}</g>`;
}

function halo(n: SceneNode, h: SceneHalo): string {
  const d = shapePath(h.shape, n.x, n.y, n.width + 2 * h.padding, n.height + 2 * h.padding);
  return `<path d="${d}" fill="${attr(h.color)}"${opacityAttr('fill-opacity', h.opacity)}/>`;
}

function writeNode(n: SceneNode): string {
  const parts = [`<title>${xmlEscape(n.label)}</title>`];
  if (n.underlay && n.underlay.opacity > 0) parts.push(halo(n, n.underlay));
  const border =
    n.border.width > 0 && n.border.opacity > 0
      ? ` stroke="${attr(n.border.color)}" stroke-width="${num(n.border.width)}"${opacityAttr('stroke-opacity', n.border.opacity)}${dash(n.border.style, n.border.width)}`
      : '';
  parts.push(
    `<path d="${shapePath(n.shape, n.x, n.y, n.width, n.height, n.polygon)}" fill="${attr(n.fill)}"${opacityAttr('fill-opacity', n.fillOpacity)}${border}/>`,
  );
  if (n.overlay && n.overlay.opacity > 0) parts.push(halo(n, n.overlay));
  if (n.text && n.text.lines.length > 0) {
    const t = n.text;
    const h = textHeight(t);
    const top =
      t.valign === 'bottom'
        ? n.y + n.height / 2 + t.marginY
        : t.valign === 'top'
          ? n.y - n.height / 2 - h + t.marginY
          : n.y - h / 2 + t.marginY;
    parts.push(writeText(t, n.x, top, 'node-label'));
  }
  return `<g class="node" data-id="${attr(n.id)}"${opacityAttr('opacity', n.opacity)}>${parts.join('')}</g>`;
}

/** The scene as a standalone SVG document, its viewBox fitted to the scene's bounds. */
export function sceneToSvg(scene: Scene): string {
  const { x1, y1, x2, y2 } = scene.bounds;
  const w = Math.max(1, x2 - x1);
  const h = Math.max(1, y2 - y1);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="${num(x1)} ${num(y1)} ${num(w)} ${num(h)}" width="${num(w)}" height="${num(h)}" font-family="${attr(scene.fontFamily)}">`,
    `<title>${xmlEscape(scene.title)}</title>`,
    `<rect class="background" x="${num(x1)}" y="${num(y1)}" width="${num(w)}" height="${num(h)}" fill="${attr(scene.background)}"/>`,
    '<g class="edges">',
    ...scene.edges.map(writeEdge),
    '</g>',
    '<g class="nodes">',
    ...scene.nodes.map(writeNode),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
