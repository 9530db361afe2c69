import { useMemo } from 'react';
import { formatUsd } from '../../../graph-data';
import { useData } from '../../engine/use-engine';
import { exampleChecks, statedText } from './cost-model';
import { useCost } from './cost-store';

/** The worked examples in the notes, each recomputed; opening one loads its inputs into the estimator. */
export function WorkedExamples() {
  const data = useData();
  const open = useCost((s) => s.example);
  const openExample = useCost((s) => s.openExample);
  const checks = useMemo(() => exampleChecks(data.graph), [data]);
  if (checks.length === 0) return null;
  return (
    <section className="cost-examples" aria-labelledby="cost-examples-heading">
      <h3 id="cost-examples-heading">Examples from the notes</h3>
      <p className="hint">Open one to load its numbers; the estimator works the total out again itself.</p>
      <ul>
        {checks.map(({ node, check }) => {
          const current = open?.node === node.id && open.id === check.example.id;
          return (
            <li key={`${node.id}/${check.example.id}`} className={current ? 'current' : undefined}>
              <button
                type="button"
                className="link-button cost-example-open"
                aria-current={current ? 'true' : undefined}
                onClick={() => openExample({ node: node.id, id: check.example.id })}
              >
                {check.example.title}
              </button>
              <span className="hint">
                {node.label} · the note says {statedText(check)} ·{' '}
                {check.agrees ? (
                  <span className="cost-agrees">matches</span>
                ) : (
                  <span className="cost-differs">
                    works out to {formatUsd(check.computed)} (the note is{' '}
                    {formatUsd(Math.abs(check.difference))} {check.difference > 0 ? 'too high' : 'too low'})
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
