import { Graph } from '../model/schema';

/** Text that has broken exports before: quotes, backslashes, backticks, line breaks, emoji, injection. */
export const HOSTILE =
  `it's "quoted" \\ back\`tick\` line1\nline2\ttab\r\nCRLF \u2028sep 🚀 & <b>bold</b> ]]> &amp; ` +
  `'; MATCH (n) DETACH DELETE n // =1+1 | pipe ; semi, comma`;

/** A small graph with hostile text in every field, odd ids, parallel relations and every optional field. */
export function hostileGraph(): Graph {
  const cite = { note: 'study', section: `Section ${HOSTILE}`, file: `notes/${HOSTILE}.md`, line: 12 };
  return Graph.parse({
    sources: { study: { file: 'study.txt', title: `Study ${HOSTILE}` } },
    nodes: [
      {
        id: 'eks-anywhere',
        kind: 'service',
        label: `EKS ${HOSTILE}`,
        aliases: ['EKS-A', HOSTILE],
        summary: HOSTILE,
        description: `${HOSTILE}\n\nSecond paragraph.`,
        cite,
        attributes: { launched: 2021, openSource: true, [`odd key ${HOSTILE}`]: HOSTILE, mixed: 'text' },
        hosting: [{ value: 'on-premises', qualifier: HOSTILE, cite }],
        orchestrator: [{ value: 'kubernetes', cite }],
        facts: [
          {
            category: 'feature',
            text: HOSTILE,
            date: '2024',
            cite,
            alsoCites: [{ note: 'study', section: `Also ${HOSTILE}` }, cite],
          },
        ],
        examples: [],
        file: 'services/eks-anywhere.md',
        origin: 'notes',
        tags: ['aws/containers', HOSTILE],
        inferred: { rule: 'heading-is-service', words: HOSTILE },
        tensions: [
          { text: HOSTILE, with: 'vsphere', cite, against: { note: 'study', section: `Against ${HOSTILE}` } },
          { text: 'Without another node.', cite: { note: 'study', section: 'S' }, against: cite },
        ],
      },
      {
        id: 'odd id/ü 🚀',
        kind: 'pricing',
        label: 'Odd',
        aliases: [],
        summary: 'A node whose id is not a slug.',
        description: '',
        cite: { note: 'study', section: 'Pricing' },
        attributes: { count: 3 },
        hosting: [],
        orchestrator: [],
        facts: [],
        price: {
          model: 'per-unit',
          amount: 0.04048,
          currency: 'USD',
          unit: 'vcpu-hour',
          unitText: `vCPU-hour ${HOSTILE}`,
          freeTier: HOSTILE,
          region: HOSTILE,
        },
        examples: [
          {
            id: 'ex',
            title: HOSTILE,
            inputs: [{ name: 'hours', label: HOSTILE, value: 10, unit: 'hours' }],
            terms: [{ price: 'odd id/ü 🚀', factors: ['hours'] }],
            stated: { amount: 1, text: '$1.00', approximate: true },
            cite,
          },
        ],
        file: 'pricing/odd.md',
        placeholder: true,
      },
      {
        id: 'vsphere',
        kind: 'platform',
        label: 'VMware vSphere',
        aliases: [],
        summary: 'Virtualisation.',
        description: '',
        cite: { note: 'study', section: 'Platforms' },
        attributes: {},
        hosting: [],
        orchestrator: [],
        facts: [],
        examples: [],
        comparison: {
          subjects: ['eks-anywhere', 'vsphere'],
          aspects: [{ label: HOSTILE, values: [HOSTILE, 'on premises'] }],
        },
        file: 'platforms/vsphere.md',
      },
    ],
    edges: [
      {
        id: 'eks-anywhere:runs-on:vsphere',
        source: 'eks-anywhere',
        target: 'vsphere',
        kind: 'runs-on',
        cite,
      },
      {
        id: `eks-anywhere:runs-on:vsphere:${HOSTILE}`,
        source: 'eks-anywhere',
        target: 'vsphere',
        kind: 'runs-on',
        qualifier: HOSTILE,
        cite,
        alsoCites: [{ note: 'study', section: `Also ${HOSTILE}`, file: 'other.md', line: 3 }],
      },
      {
        id: 'eks-anywhere:deployed-by:vsphere',
        source: 'eks-anywhere',
        target: 'vsphere',
        kind: 'deployed-by',
        cite: { note: 'study', section: 'S' },
        inferred: { rule: 'wikilink', words: HOSTILE },
      },
      {
        id: 'eks-anywhere:priced-by:odd',
        source: 'eks-anywhere',
        target: 'odd id/ü 🚀',
        kind: 'priced-by',
        cite: { note: 'study', section: 'S' },
      },
    ],
  });
}

/** Some positions for a graph's nodes, as the canvas would give them. */
export function somePositions(graph: Graph): Record<string, { x: number; y: number }> {
  return Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: i * 10.5, y: 0 - i * 3.25 }]));
}
