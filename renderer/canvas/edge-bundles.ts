/** A drawn relation, with how it reads forwards (`verb`) and backwards (`back`). */
export interface BundleEdge {
  id: string;
  source: string;
  target: string;
  verb: string;
  back: string;
}

/**
 * One label per pair of nodes: relations between the same two nodes (either way) are labelled once,
 * on the first of them (by id), with every verb read from that edge's source and told once
 * ("runs on · integrates with"; a relation the other way reads backwards: "is used by"). Returns the
 * label per edge: the joined verbs on the labelled edge, null on the others.
 */
export function bundleLabels(edges: readonly BundleEdge[]): Map<string, string | null> {
  const pairs = new Map<string, BundleEdge[]>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    const list = pairs.get(key);
    if (list) list.push(e);
    else pairs.set(key, [e]);
  }
  const out = new Map<string, string | null>();
  for (const list of pairs.values()) {
    const [lead, ...rest] = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const words = [lead!.verb];
    for (const e of rest) {
      const reads = e.source === lead!.source ? e.verb : e.back;
      if (!words.includes(reads)) words.push(reads);
      out.set(e.id, null);
    }
    out.set(lead!.id, words.join(' · '));
  }
  return out;
}
