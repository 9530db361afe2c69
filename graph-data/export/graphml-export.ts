import type { Graph } from '../model/schema';
import { relationInfo } from '../model/vocabulary';

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  return (
    text
      // Control characters are exactly what must be escaped or dropped here.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const NODE_KEYS = [
  'label',
  'kind',
  'summary',
  'description',
  'aliases',
  'hosting',
  'orchestrator',
  'facts',
  'price',
  'note',
  'section',
] as const;
const EDGE_KEYS = ['kind', 'verb', 'qualifier', 'note', 'section'] as const;

/** The graph as GraphML (opens in Gephi and Cytoscape desktop); lists and objects become readable strings. */
export function toGraphml(graph: Graph): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of NODE_KEYS)
    lines.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`);
  for (const k of EDGE_KEYS)
    lines.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`);
  lines.push('  <graph id="service-atlas" edgedefault="directed">');
  for (const n of graph.nodes) {
    const data: Record<(typeof NODE_KEYS)[number], string> = {
      label: n.label,
      kind: n.kind,
      summary: n.summary,
      description: n.description,
      aliases: n.aliases.join('; '),
      hosting: n.hosting.map((h) => h.value).join('; '),
      orchestrator: n.orchestrator.map((o) => o.value).join('; '),
      facts: n.facts.map((f) => `[${f.category}] ${f.text}`).join('\n'),
      price: n.price ? JSON.stringify(n.price) : '',
      note: graph.sources[n.cite.note]?.file ?? n.cite.note,
      section: n.cite.section,
    };
    lines.push(`    <node id="${xmlEscape(n.id)}">`);
    for (const k of NODE_KEYS)
      if (data[k]) lines.push(`      <data key="n_${k}">${xmlEscape(data[k])}</data>`);
    lines.push('    </node>');
  }
  for (const e of graph.edges) {
    const data: Record<(typeof EDGE_KEYS)[number], string> = {
      kind: e.kind,
      verb: relationInfo(e.kind).verb,
      qualifier: e.qualifier ?? '',
      note: graph.sources[e.cite.note]?.file ?? e.cite.note,
      section: e.cite.section,
    };
    lines.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`,
    );
    for (const k of EDGE_KEYS)
      if (data[k]) lines.push(`      <data key="e_${k}">${xmlEscape(data[k])}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
