import { describe, expect, it } from 'vitest';
import { lintCypherQuery, parseStatementsStrs } from '@neo4j-cypher/language-support';
import { compileFolder, BUILT_IN_NOTES } from '../compile/read-folder';
import { subgraph } from './subgraph';
import { CYPHER_BATCH, cypherString, toCypher } from './cypher-export';
import { HOSTILE, hostileGraph } from './test-graphs';

const hostile = hostileGraph();
const builtIn = compileFolder(BUILT_IN_NOTES).graph!;

/** Reads one Cypher literal (string, number, boolean, null, list, map) of the subset the export writes. */
function literal(src: string, at = { i: 0 }): unknown {
  const skip = () => {
    while (/\s/.test(src[at.i] ?? '')) at.i++;
  };
  skip();
  const c = src[at.i]!;
  if (c === "'") {
    let out = '';
    for (at.i++; src[at.i] !== "'"; at.i++) {
      if (at.i >= src.length) throw new Error('unterminated string');
      if (src[at.i] !== '\\') out += src[at.i];
      else {
        const e = src[++at.i]!;
        if (e === 'u') {
          out += String.fromCharCode(parseInt(src.slice(at.i + 1, at.i + 5), 16));
          at.i += 4;
        } else out += ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e] ?? e;
      }
    }
    at.i++;
    return out;
  }
  if (c === '[' || c === '{') {
    const close = c === '[' ? ']' : '}';
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    at.i++;
    for (skip(); src[at.i] !== close; skip()) {
      if (c === '{') {
        const key = /^(?:`((?:[^`]|``)*)`|([A-Za-z_][A-Za-z0-9_]*))\s*:/.exec(src.slice(at.i))!;
        at.i += key[0].length;
        map[key[1]?.replace(/``/g, '`') ?? key[2]!] = literal(src, at);
      } else list.push(literal(src, at));
      skip();
      if (src[at.i] === ',') at.i++;
    }
    at.i++;
    return c === '[' ? list : map;
  }
  const word = /^(?:true|false|null|-?[0-9][0-9.eE-]*)/.exec(src.slice(at.i))![0];
  at.i += word.length;
  return word === 'null' ? null : word === 'true' ? true : word === 'false' ? false : Number(word);
}

interface Store {
  constraint: boolean;
  nodes: Map<string, { labels: Set<string>; props: Record<string, unknown> }>;
  rels: { type: string; from: string; to: string; props: Record<string, unknown> }[];
}

/** Runs the script's statements on an in-memory store with Neo4j's MERGE semantics for this subset. */
function run(script: string, store: Store): void {
  for (const raw of parseStatementsStrs(script)) {
    const s = raw.replace(/^(\s*\/\/.*\n)*/, '').trim();
    if (s === '' || s === ';') continue;
    if (s.startsWith('CREATE CONSTRAINT')) {
      store.constraint = true;
      continue;
    }
    const rows = literal(s.slice('UNWIND '.length)) as Record<string, unknown>[];
    const node = /MERGE \(n:Atlas \{id: row\.id\}\)\nSET n = row, n:(\w+);$/.exec(s);
    const rel = /MERGE \(a\)-\[r:(\w+) \{id: row\.props\.id\}\]->\(b\)\nSET r = row\.props;$/.exec(s);
    if (node) {
      for (const row of rows) {
        const id = row.id as string;
        const n = store.nodes.get(id) ?? { labels: new Set(['Atlas']), props: {} };
        n.props = { ...row };
        n.labels.add(node[1]!);
        store.nodes.set(id, n);
      }
    } else if (rel) {
      for (const row of rows as { source: string; target: string; props: Record<string, unknown> }[]) {
        if (!store.nodes.has(row.source) || !store.nodes.has(row.target)) continue;
        const found = store.rels.find(
          (r) =>
            r.type === rel[1] && r.from === row.source && r.to === row.target && r.props.id === row.props.id,
        );
        if (found) found.props = { ...row.props };
        else store.rels.push({ type: rel[1]!, from: row.source, to: row.target, props: { ...row.props } });
      }
    } else throw new Error(`statement outside the tested subset: ${s.slice(0, 80)}`);
  }
}

describe('Cypher export', () => {
  it("passes Neo4j's own parser and semantic checks", () => {
    // The linter takes about a second per 3 kB here, so it checks the hostile graph and a slice of the
    // built-in one (every statement shape is in both).
    const slice = subgraph(
      builtIn,
      builtIn.nodes.slice(0, 12).map((n) => n.id),
    );
    for (const g of [hostile, slice]) expect(lintCypherQuery(toCypher(g), {}).diagnostics).toEqual([]);
  }, 90_000);

  it('starts with the uniqueness constraint, MERGEs on ids and batches rows with UNWIND', () => {
    const statements = parseStatementsStrs(toCypher(builtIn))
      .map((s) => s.replace(/^(\s*\/\/.*\n)*/, '').trim())
      .filter((s) => s && s !== ';');
    expect(statements[0]).toBe(
      'CREATE CONSTRAINT atlas_id IF NOT EXISTS FOR (n:Atlas) REQUIRE n.id IS UNIQUE;',
    );
    const rest = statements.slice(1);
    expect(rest.every((s) => s.startsWith('UNWIND [') && s.includes('MERGE ('))).toBe(true);
    expect(rest.some((s) => /\bCREATE\b/.test(s.replace(/'(?:[^'\\]|\\.)*'/g, '')))).toBe(false);
    // Far fewer statements than elements, and no batch above the limit.
    expect(rest.length).toBeLessThan((builtIn.nodes.length + builtIn.edges.length) / 5);
    const sizes = rest.map((s) => (literal(s.slice('UNWIND '.length)) as unknown[]).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(CYPHER_BATCH);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(builtIn.nodes.length + builtIn.edges.length);
  });

  it('gives the same counts when run twice, with every node, relation and value in place', () => {
    for (const g of [hostile, builtIn]) {
      const store: Store = { constraint: false, nodes: new Map(), rels: [] };
      const script = toCypher(g);
      run(script, store);
      const once = [store.nodes.size, store.rels.length];
      run(script, store);
      expect([store.nodes.size, store.rels.length]).toEqual(once);
      expect(once).toEqual([g.nodes.length, g.edges.length]);
      expect(store.constraint).toBe(true);
    }
    const store: Store = { constraint: false, nodes: new Map(), rels: [] };
    run(toCypher(hostile), store);
    const eks = store.nodes.get('eks-anywhere')!;
    expect([...eks.labels]).toEqual(['Atlas', 'Service']);
    expect(eks.props).toMatchObject({
      summary: HOSTILE,
      aliases: ['EKS-A', HOSTILE],
      hosting: ['on-premises'],
    });
    expect(eks.props[`attr.odd key ${HOSTILE}`]).toBe(HOSTILE);
    expect(JSON.parse(eks.props.factsDetail as string)).toEqual(hostile.nodes[0]!.facts);
    expect(store.nodes.get('odd id/ü 🚀')!.props).toMatchObject({ priceAmount: 0.04048, placeholder: true });
    const parallel = store.rels.filter((r) => r.from === 'eks-anywhere' && r.to === 'vsphere');
    expect(parallel.map((r) => r.type).sort()).toEqual(['DEPLOYED_BY', 'RUNS_ON', 'RUNS_ON']);
    expect(parallel.find((r) => r.props.qualifier)!.props.qualifier).toBe(HOSTILE);
  });

  it('escapes strings so no value can end its literal early', () => {
    expect(cypherString(`it's "x" \\ y\nz\u2028`)).toBe(`'it\\'s "x" \\\\ y\\nz\\u2028'`);
    expect(literal(cypherString(HOSTILE))).toBe(HOSTILE);
  });
});
