import { SHAPE_POINTS, type KindShape } from '../canvas/kind-style';

/**
 * A node too small on screen to show more than its colour and rough shape (a large graph seen
 * whole): its centre and the width of its body in graph units, its fill and its shape.
 */
export interface Speck {
  x: number;
  y: number;
  size: number;
  color: string;
  shape: KindShape | 'square';
}

/** Nodes whose drawn size is under this many screen pixels may be drawn as specks. */
export const SPECK_MAX_PX = 6;

/** Specks under this many screen pixels are drawn square, whatever their kind's shape. */
export const SQUARE_BELOW_PX = 3;

/** What drawing a speck needs of a path (Path2D, or a recorder in tests). */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  rect(x: number, y: number, w: number, h: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
}

/** Each polygon shape's corners as fractions of the node's width, about its centre. */
const CORNERS = new Map<KindShape, number[]>();

function corners(shape: KindShape | 'square'): number[] | null {
  if (shape === 'square') return null;
  const points = SHAPE_POINTS[shape];
  if (!points) return null;
  let out = CORNERS.get(shape);
  if (!out) {
    // The legend's outlines, drawn in a 16-unit box.
    out = points.split(' ').flatMap((p) => p.split(',').map((v) => Number(v) / 16 - 0.5));
    CORNERS.set(shape, out);
  }
  return out;
}

/** Adds one speck's outline to a path. */
export function addSpeck(path: PathSink, s: Speck): void {
  const poly = corners(s.shape);
  if (s.shape === 'ellipse') {
    path.moveTo(s.x + s.size / 2, s.y);
    path.arc(s.x, s.y, s.size / 2, 0, 2 * Math.PI);
  } else if (!poly) {
    path.rect(s.x - s.size / 2, s.y - s.size / 2, s.size, s.size);
  } else {
    path.moveTo(s.x + poly[0]! * s.size, s.y + poly[1]! * s.size);
    for (let i = 2; i < poly.length; i += 2)
      path.lineTo(s.x + poly[i]! * s.size, s.y + poly[i + 1]! * s.size);
    path.closePath();
  }
}

/**
 * Draws specks with one fill per colour: a path per colour holding every speck of it, instead of a
 * call per node. Drawing ten thousand nodes of a few pixels each this way takes a few milliseconds;
 * drawn one by one from their cached pictures, as Cytoscape does, it takes over a hundred.
 */
export function drawSpecks(
  ctx: { fillStyle: string | CanvasGradient | CanvasPattern; fill(path: Path2D): void },
  specks: readonly Speck[],
  newPath: () => Path2D = () => new Path2D(),
): void {
  const byColour = new Map<string, Path2D>();
  for (const s of specks) {
    let path = byColour.get(s.color);
    if (!path) byColour.set(s.color, (path = newPath()));
    addSpeck(path, s);
  }
  for (const [color, path] of byColour) {
    ctx.fillStyle = color;
    ctx.fill(path);
  }
}
