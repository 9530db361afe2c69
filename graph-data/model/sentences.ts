import { relationInfo } from './vocabulary';
import type { GraphEdge } from './schema';
import type { GraphIndex } from './graph-index';

/** An edge told as a sentence: "EKS Anywhere is built on EKS Distro (in GovCloud)". */
export function edgeSentence(index: GraphIndex, edge: GraphEdge): string {
  const from = index.node.get(edge.source)?.label ?? edge.source;
  const to = index.node.get(edge.target)?.label ?? edge.target;
  return `${from} ${relationInfo(edge.kind).verb} ${to}${edge.qualifier ? ` (${edge.qualifier})` : ''}`;
}
