import { useMemo } from 'react';
import {
  NODE_KIND_INFO,
  checkExample,
  formatPrice,
  pricedNodes,
  type CostModel,
  type GraphNode,
  type NodeKind,
} from '../../../graph-data';
import { useData } from '../../engine/use-engine';
import { useAtlas } from '../../state/store';
import { SourceCite } from '../compare/cite';
import { CostCalculator } from './CostCalculator';
import { cachedCalculator, findExample, otherPricesOf, parseInput, verdict } from './cost-model';
import { useCost } from './cost-store';
import { WorkedExamples } from './WorkedExamples';
import './cost.css';

function PriceList({ prices }: { prices: GraphNode[] }) {
  return (
    <ul className="cost-other-prices">
      {prices.map((p) => (
        <li key={p.id}>
          {p.label}: <strong>{formatPrice(p.price!)}</strong>
          {p.price!.freeTier && <span className="hint"> (free tier: {p.price!.freeTier})</span>}
        </li>
      ))}
    </ul>
  );
}

/** The services with prices that no calculator can take: free, on request, or the resources they run on. */
function NotPerUnit() {
  const data = useData();
  const rows = useMemo(() => {
    const { graph } = data;
    return graph.nodes
      .filter((n) => n.kind === 'service')
      .map((service) => ({ service, prices: otherPricesOf(graph, service.id) }))
      .filter((r) => r.prices.length > 0)
      .sort((a, b) => a.service.label.localeCompare(b.service.label));
  }, [data]);
  if (rows.length === 0) return null;
  return (
    <section className="cost-not-per-unit" aria-labelledby="cost-not-per-unit-heading">
      <h3 id="cost-not-per-unit-heading">Not priced per unit</h3>
      <p className="hint">
        These charges have no calculator: they are free, priced on request, or billed as the AWS resources
        they use (such as EC2 instances), which are priced separately.
      </p>
      <dl>
        {rows.map(({ service, prices }) => (
          <div key={service.id}>
            <dt>{service.label}</dt>
            <dd>
              <PriceList prices={prices} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The Cost tool: a calculator per priced node from its unit prices, and the notes' worked examples re-checked. */
export function CostPanel() {
  const data = useData();
  const chosen = useCost((s) => s.node);
  const exampleRef = useCost((s) => s.example);
  const values = useCost((s) => s.values);
  const choose = useCost((s) => s.choose);
  const closeExample = useCost((s) => s.closeExample);
  const resetValues = useCost((s) => s.resetValues);
  const selection = useAtlas((s) => s.selection);
  const priced = useMemo(() => pricedNodes(data.graph), [data]);
  const groups = useMemo(() => {
    const kinds = [...new Set(priced.map((n) => n.kind))];
    return kinds.map((kind: NodeKind) => ({ kind, nodes: priced.filter((n) => n.kind === kind) }));
  }, [priced]);

  // Until the user picks, follow the graph's selection when it has a price.
  const fallback = priced.some((n) => n.id === selection) ? selection! : priced[0]?.id;
  const nodeId = chosen ?? fallback;
  const example = useMemo(
    () => (exampleRef ? findExample(data.graph, exampleRef.node, exampleRef.id) : undefined),
    [data, exampleRef],
  );
  const check = useMemo(() => (example ? checkExample(data.graph, example) : undefined), [data, example]);
  const model: CostModel | undefined = useMemo(
    () =>
      example
        ? { inputs: example.inputs, terms: example.terms }
        : nodeId
          ? cachedCalculator(data.graph, nodeId)
          : undefined,
    [data, example, nodeId],
  );
  const otherPrices = useMemo(() => (nodeId ? otherPricesOf(data.graph, nodeId) : []), [data, nodeId]);
  const { index } = data;
  const edited =
    model?.inputs.some((i) => {
      const typed = values[i.name];
      if (typed === undefined) return false;
      const p = parseInput(typed);
      return !p.ok || p.value !== i.value;
    }) ?? false;

  return (
    <section className="study-panel cost-panel" aria-label="Cost">
      <h2>Cost estimate</h2>
      <p className="hint">
        Built from the unit prices in the notes. Change any number and the monthly total updates as you type.
      </p>
      {nodeId === undefined ? (
        <p>The notes give no unit prices, so there is nothing to estimate.</p>
      ) : (
        <>
          <div className="cost-choose">
            <label htmlFor="cost-node">Estimate for</label>
            <select id="cost-node" value={nodeId} onChange={(e) => choose(e.target.value)}>
              {!priced.some((n) => n.id === nodeId) && (
                <option value={nodeId}>{index.node.get(nodeId)?.label ?? nodeId}</option>
              )}
              {groups.map((g) => (
                <optgroup key={g.kind} label={NODE_KIND_INFO[g.kind].plural}>
                  {g.nodes.map((n) => (
                    <option key={n.id} value={n.id}>
                      {n.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {edited && !example && (
              <button type="button" className="link-button" onClick={resetValues}>
                Reset inputs
              </button>
            )}
          </div>

          {example && check && (
            <section
              className={`cost-example ${check.agrees ? 'agrees' : 'differs'}`}
              aria-labelledby="cost-example-heading"
            >
              <h3 id="cost-example-heading">Example from the notes: {example.title}</h3>
              <p className="cost-verdict">{verdict(check)}</p>
              <p className="cost-quote">
                In the note: “{example.stated.text}”
                <SourceCite cite={example.cite} />
              </p>
              {edited && (
                <p className="hint">
                  You have changed the example’s inputs, so the total below is for your numbers, not the
                  note’s.
                </p>
              )}
              <div className="cost-example-actions">
                {edited && (
                  <button type="button" className="link-button" onClick={resetValues}>
                    Restore the example’s inputs
                  </button>
                )}
                <button type="button" className="link-button" onClick={closeExample}>
                  Close the example
                </button>
              </div>
            </section>
          )}

          {model && <CostCalculator key={`${nodeId}/${example?.id ?? ''}`} node={nodeId} model={model} />}

          {otherPrices.length > 0 && (
            <section className="cost-also" aria-labelledby="cost-also-heading">
              <h3 id="cost-also-heading">Not included above</h3>
              <p className="hint">{index.node.get(nodeId)?.label} is also billed like this:</p>
              <PriceList prices={otherPrices} />
            </section>
          )}
        </>
      )}
      <WorkedExamples />
      <NotPerUnit />
    </section>
  );
}
