import type { NodeKind } from '../../graph-data';
import { KIND_STYLE, SHAPE_POINTS } from '../canvas/kind-style';

/** The colour and shape a kind has on the canvas, as a small inline SVG. */
export function KindIcon({ kind, size = 14 }: { kind: NodeKind; size?: number }) {
  const { color, shape } = KIND_STYLE[kind];
  const common = { fill: color, stroke: 'var(--icon-stroke)', strokeWidth: 1 };
  return (
    <svg
      className="kind-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {shape === 'ellipse' ? (
        <circle cx="8" cy="8" r="6.5" {...common} />
      ) : shape === 'round-rectangle' ? (
        <rect x="1.5" y="2.5" width="13" height="11" rx="3" {...common} />
      ) : (
        <polygon points={SHAPE_POINTS[shape]} {...common} />
      )}
    </svg>
  );
}
