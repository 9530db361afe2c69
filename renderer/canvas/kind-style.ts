import type { NodeKind } from '../../graph-data';

/** A Cytoscape node shape we also draw in the legend. */
export type KindShape =
  | 'round-rectangle'
  | 'ellipse'
  | 'diamond'
  | 'hexagon'
  | 'octagon'
  | 'rectangle'
  | 'tag'
  | 'triangle'
  | 'pentagon'
  | 'barrel';

/**
 * Colour and shape per node kind. Colours follow the Okabe-Ito colour-blind-safe palette (plus two
 * of Paul Tol's muted colours for the ninth and tenth kinds); every kind also has its own shape, so no
 * kind is told apart by colour alone.
 */
export const KIND_STYLE: Record<NodeKind, { color: string; shape: KindShape; size: number }> = {
  service: { color: '#0072B2', shape: 'round-rectangle', size: 62 },
  component: { color: '#56B4E9', shape: 'ellipse', size: 40 },
  feature: { color: '#009E73', shape: 'diamond', size: 43 },
  integration: { color: '#E69F00', shape: 'hexagon', size: 43 },
  compliance: { color: '#D55E00', shape: 'octagon', size: 46 },
  platform: { color: '#CC79A7', shape: 'rectangle', size: 40 },
  pricing: { color: '#F0E442', shape: 'tag', size: 40 },
  'use-case': { color: '#999999', shape: 'triangle', size: 43 },
  'compute-option': { color: '#882255', shape: 'pentagon', size: 46 },
  comparison: { color: '#44AA99', shape: 'barrel', size: 43 },
};

/** SVG polygon points (in a 0..16 box) approximating each Cytoscape shape, for the legend. */
export const SHAPE_POINTS: Record<KindShape, string> = {
  'round-rectangle': '',
  ellipse: '',
  diamond: '8,1 15,8 8,15 1,8',
  hexagon: '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  rectangle: '1.5,2.5 14.5,2.5 14.5,13.5 1.5,13.5',
  tag: '1.5,2.5 11,2.5 15,8 11,13.5 1.5,13.5',
  triangle: '8,1.5 15,14.5 1,14.5',
  pentagon: '8,1 15,6.5 12.5,15 3.5,15 1,6.5',
  barrel: '3,1.5 13,1.5 15,4 15,12 13,14.5 3,14.5 1,12 1,4',
};
