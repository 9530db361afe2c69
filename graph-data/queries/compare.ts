import { indexGraph } from '../model/graph-index';
import { HOSTING_LABELS, ORCHESTRATOR_LABELS, type Hosting, type Orchestrator } from '../model/kinds';
import type { Citation, Graph, GraphNode } from '../model/schema';
import { formatPrice } from '../pricing/estimate';
import { humaniseKey } from '../model/text';

/** One value in a comparison cell, traced to where it came from. */
export interface CompareValue {
  text: string;
  node?: string;
  cite: Citation;
}

export interface CompareRow {
  key: string;
  label: string;
  /** One list of values per compared node, in the order asked for. */
  cells: CompareValue[][];
  /** Values every compared node has. */
  shared: string[];
  differs: boolean;
  /**
   * Per compared node: undefined where the notes state this row's values, else the sentence saying the
   * notes are silent ("The notes do not say which compliance programmes cover AWS Fargate."). An empty
   * cell is always "not in the notes", never "no": the notes list what a service has, not what it lacks.
   */
  notInNotes: (string | undefined)[];
}

export interface ServiceComparison {
  subjects: GraphNode[];
  rows: CompareRow[];
}

/** Each row, with what a silent cell says the notes do not tell ("which platforms X runs on"). */
const RELATION_ROWS: { key: string; label: string; kinds: readonly string[]; silent: string }[] = [
  {
    key: 'compute',
    label: 'Compute / launch options',
    kinds: ['runs-workloads-on'],
    silent: 'where {} runs its workloads',
  },
  { key: 'platforms', label: 'Platforms', kinds: ['runs-on'], silent: 'which platforms {} runs on' },
  {
    key: 'compliance',
    label: 'Compliance',
    kinds: ['complies-with'],
    silent: 'which compliance programmes cover {}',
  },
  { key: 'pricing', label: 'Pricing', kinds: ['priced-by'], silent: 'how {} is billed' },
  {
    key: 'integrations',
    label: 'Integrations',
    kinds: ['integrates-with'],
    silent: 'what {} integrates with',
  },
  { key: 'monitoring', label: 'Monitoring', kinds: ['monitored-with'], silent: 'how {} is monitored' },
  {
    key: 'security',
    label: 'Security',
    kinds: ['encrypts-with', 'controls-access-with', 'audited-with'],
    silent: 'how {} is secured or audited',
  },
  {
    key: 'builds-on',
    label: 'Builds on',
    kinds: ['extends', 'deployment-option-of', 'built-on', 'uses'],
    silent: 'what {} builds on',
  },
  { key: 'use-cases', label: 'Use cases', kinds: ['suited-for'], silent: 'what {} is suited for' },
];

function silence(template: string, label: string): string {
  return `The notes do not say ${template.replace('{}', label)}.`;
}

/** Compares 2-4 nodes (normally services) facet by facet: shared and differing values per row. */
export function compareNodes(graph: Graph, ids: readonly string[]): ServiceComparison {
  const index = indexGraph(graph);
  const subjects = ids.map((id) => index.node.get(id)).filter((n): n is GraphNode => Boolean(n));
  if (subjects.length < 2 || subjects.length > 4) {
    throw new Error(`compare needs 2 to 4 known nodes; got ${subjects.length}`);
  }
  const rows: CompareRow[] = [];
  const attributeKeys = [...new Set(subjects.flatMap((s) => Object.keys(s.attributes)))];
  for (const key of attributeKeys) {
    rows.push(
      row(
        `attr:${key}`,
        humaniseKey(key),
        subjects.map((s) =>
          s.attributes[key] === undefined ? [] : [{ text: String(s.attributes[key]), cite: s.cite }],
        ),
        subjects.map((s) => silence(`the ${humaniseKey(key).toLowerCase()} of {}`, s.label)),
      ),
    );
  }
  rows.push(
    row(
      'hosting',
      'Where it runs',
      subjects.map((s) =>
        s.hosting.map((h) => ({
          text: HOSTING_LABELS[h.value as Hosting] + (h.qualifier ? ` (${h.qualifier})` : ''),
          cite: h.cite,
        })),
      ),
      subjects.map((s) => silence('where {} runs', s.label)),
    ),
  );
  rows.push(
    row(
      'orchestrator',
      'Orchestrator',
      subjects.map((s) =>
        s.orchestrator.map((o) => ({ text: ORCHESTRATOR_LABELS[o.value as Orchestrator], cite: o.cite })),
      ),
      subjects.map((s) => silence('which orchestrator {} is built around', s.label)),
    ),
  );
  for (const r of RELATION_ROWS) {
    rows.push(
      row(
        r.key,
        r.label,
        subjects.map((s) =>
          index.outgoing
            .get(s.id)!
            .filter((e) => r.kinds.includes(e.kind))
            .map((e) => {
              const target = index.node.get(e.target)!;
              const price = target.price ? `: ${formatPrice(target.price)}` : '';
              return {
                text: `${target.label}${price}${e.qualifier ? ` (${e.qualifier})` : ''}`,
                node: target.id,
                cite: e.cite,
              };
            }),
        ),
        subjects.map((s) => silence(r.silent, s.label)),
      ),
    );
  }
  return { subjects, rows: rows.filter((r) => r.cells.some((c) => c.length > 0)) };
}

function row(key: string, label: string, cells: CompareValue[][], silent: string[]): CompareRow {
  const sets = cells.map((c) => new Set(c.map((v) => v.text)));
  const shared = [...sets[0]!].filter((t) => sets.every((s) => s.has(t)));
  const differs = sets.some((s) => s.size !== shared.length);
  const notInNotes = cells.map((c, i) => (c.length === 0 ? silent[i] : undefined));
  return { key, label, cells, shared, differs, notInNotes };
}
