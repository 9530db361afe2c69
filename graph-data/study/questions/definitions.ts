import type { GraphNode } from '../../model/schema';
import { escapeRegExp } from '../../model/text';
import { assemble, kindWord, nodeOption } from './assemble';
import type { Context } from './context';
import { lookAlikesOf } from './distractors';
import type { Question } from './types';

/** The text with every name of the node (label, aliases, label without "Amazon"/"AWS") replaced by "…". */
export function hideNames(text: string, node: GraphNode): string {
  const names = new Set<string>();
  for (const name of [node.label, ...node.aliases]) {
    names.add(name);
    const short = name.replace(/^(Amazon|AWS)\s+/i, '');
    if (short.length > 2) names.add(short);
  }
  let out = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(name)}(?![A-Za-z0-9])`, 'gi'), '…');
  }
  return out;
}

/** "Which service is this? “…”" from each node's definition fact, with its names hidden. */
export function definitionQuestions(ctx: Context): Question[] {
  const out: Question[] = [];
  for (const node of ctx.graph.nodes) {
    const definitions = node.facts.filter((f) => f.category === 'definition');
    definitions.forEach((fact, i) => {
      const id = `def:${node.id}${i > 0 ? `:${i}` : ''}`;
      const candidates = ctx.graph.nodes.filter((n) => n.kind === node.kind && n.id !== node.id);
      const wrong = lookAlikesOf(ctx, id, node, candidates);
      const q = assemble(
        {
          id,
          kind: 'definition',
          prompt: `Which ${kindWord(node)} is this? \u201c${hideNames(fact.text, node)}\u201d`,
          explanation: `That is ${node.label}: ${fact.text}`,
          cite: fact.cite,
          focusNodes: [node.id],
          basis: { type: 'definition', node: node.id },
        },
        nodeOption(node),
        wrong.map(nodeOption),
      );
      if (q) out.push(q);
    });
  }
  return out;
}
