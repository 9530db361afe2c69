/*
 * Node shapes as SVG, matching Cytoscape's own geometry (src/extensions/renderer/base/node-shapes.js
 * and math.js): polygons are given in a unit box from -1 to 1, y pointing down, and scaled to the
 * node's width and height; regular polygons are fitted to that box the way Cytoscape fits them.
 */

/** Formats a coordinate: two decimals are plenty, and keep the file small. */
export function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

function ngon(sides: number, rotation = 0): number[] {
  const increment = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2) + rotation;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = i * increment + start;
    points.push(Math.cos(angle), Math.sin(-angle));
  }
  return points;
}

function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const out = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const minY = Math.min(...out.filter((_, i) => i % 2 === 1));
  if (minY < -1) for (let i = 1; i < out.length; i += 2) out[i]! += -1 - minY;
  return out;
}

function star(): number[] {
  const outer = ngon(5);
  const innerRadius = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const inner = ngon(5, Math.PI / 5).map((v) => v * innerRadius);
  const points: number[] = [];
  for (let i = 0; i < 5; i++) points.push(outer[2 * i]!, outer[2 * i + 1]!, inner[2 * i]!, inner[2 * i + 1]!);
  return fitToSquare(points);
}

const UNIT_POLYGONS: Record<string, number[]> = {
  triangle: fitToSquare(ngon(3)),
  rectangle: fitToSquare(ngon(4)),
  square: fitToSquare(ngon(4)),
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  pentagon: fitToSquare(ngon(5)),
  hexagon: fitToSquare(ngon(6)),
  heptagon: fitToSquare(ngon(7)),
  octagon: fitToSquare(ngon(8)),
  star: star(),
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  'right-rhomboid': [-0.333, -1, 1, -1, 0.333, 1, -1, 1],
  'concave-hexagon': [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
};

/** The outline of a node shape centred on (x, y), as the `d` of an SVG path. */
export function shapePath(
  shape: string,
  x: number,
  y: number,
  w: number,
  h: number,
  customPoints?: number[],
): string {
  const hw = w / 2;
  const hh = h / 2;
  const name = shape.replace(/^round-(?!rectangle)/, '').replace(/^roundrectangle$/, 'round-rectangle');
  const polygon =
    name === 'polygon' ? customPoints : UNIT_POLYGONS[name.replace('concavehexagon', 'concave-hexagon')];
  if (polygon && polygon.length >= 6) {
    const pts: string[] = [];
    for (let i = 0; i + 1 < polygon.length; i += 2) {
      pts.push(`${num(x + polygon[i]! * hw)},${num(y + polygon[i + 1]! * hh)}`);
    }
    return `M${pts.join('L')}Z`;
  }
  const x1 = x - hw;
  const x2 = x + hw;
  const y1 = y - hh;
  const y2 = y + hh;
  switch (name) {
    case 'round-rectangle': {
      const r = Math.min(w / 4, h / 4, 8);
      return roundedRect(x1, y1, x2, y2, r, r);
    }
    case 'bottom-round-rectangle':
    case 'bottomroundrectangle': {
      const r = Math.min(w / 4, h / 4, 8);
      return roundedRect(x1, y1, x2, y2, 0, r);
    }
    case 'cut-rectangle':
    case 'cutrectangle': {
      const c = Math.min(8, w / 2, h / 2);
      return `M${num(x1 + c)},${num(y1)}L${num(x2 - c)},${num(y1)}L${num(x2)},${num(y1 + c)}L${num(x2)},${num(y2 - c)}L${num(x2 - c)},${num(y2)}L${num(x1 + c)},${num(y2)}L${num(x1)},${num(y2 - c)}L${num(x1)},${num(y1 + c)}Z`;
    }
    case 'barrel': {
      const ho = Math.min(15, 0.05 * h);
      const wo = Math.min(100, 0.25 * w);
      const c = 0.05 * wo;
      return (
        `M${num(x1)},${num(y1 + ho)}L${num(x1)},${num(y2 - ho)}Q${num(x1 + c)},${num(y2)} ${num(x1 + wo)},${num(y2)}` +
        `L${num(x2 - wo)},${num(y2)}Q${num(x2 - c)},${num(y2)} ${num(x2)},${num(y2 - ho)}` +
        `L${num(x2)},${num(y1 + ho)}Q${num(x2 - c)},${num(y1)} ${num(x2 - wo)},${num(y1)}` +
        `L${num(x1 + wo)},${num(y1)}Q${num(x1 + c)},${num(y1)} ${num(x1)},${num(y1 + ho)}Z`
      );
    }
    default:
      // 'ellipse', and any shape this exporter does not know, which an ellipse stands in for.
      return `M${num(x1)},${num(y)}A${num(hw)},${num(hh)} 0 1 0 ${num(x2)},${num(y)}A${num(hw)},${num(hh)} 0 1 0 ${num(x1)},${num(y)}Z`;
  }
}

/** A rectangle with top corners of radius `top` and bottom corners of radius `bottom`. */
function roundedRect(x1: number, y1: number, x2: number, y2: number, top: number, bottom: number): string {
  const arc = (r: number, x: number, y: number) =>
    r > 0 ? `A${num(r)},${num(r)} 0 0 1 ${num(x)},${num(y)}` : '';
  return (
    `M${num(x1 + top)},${num(y1)}L${num(x2 - top)},${num(y1)}${arc(top, x2, y1 + top)}` +
    `L${num(x2)},${num(y2 - bottom)}${arc(bottom, x2 - bottom, y2)}` +
    `L${num(x1 + bottom)},${num(y2)}${arc(bottom, x1, y2 - bottom)}` +
    `L${num(x1)},${num(y1 + top)}${arc(top, x1 + top, y1)}Z`
  );
}
