import { useMemo } from 'react';
import { estimate, formatPrice, formatUsd, roundCents, type CostModel } from '../../../graph-data';
import { useData } from '../../engine/use-engine';
import { SourceCite } from '../compare/cite';
import { parseInput } from './cost-model';
import { useCost } from './cost-store';

/** The inputs a cost depends on, the formula term by term, and the monthly result, all live. */
export function CostCalculator({ node, model }: { node: string; model: CostModel }) {
  const data = useData();
  const values = useCost((s) => s.values);
  const setValue = useCost((s) => s.setValue);
  const fields = useMemo(
    () =>
      model.inputs.map((input) => {
        const text = values[input.name] ?? String(input.value);
        return { input, text, parsed: parseInput(text) };
      }),
    [model, values],
  );
  const invalid = fields.filter((f) => !f.parsed.ok);
  const result = useMemo(() => {
    const inputs = fields.flatMap((f) => (f.parsed.ok ? [{ ...f.input, value: f.parsed.value }] : []));
    return inputs.length < fields.length ? undefined : estimate(data.graph, model.terms, inputs);
  }, [data, model, fields]);
  const { index } = data;
  const days = fields.find((f) => f.input.name === 'days');

  return (
    <>
      <fieldset className="cost-inputs">
        <legend>Inputs</legend>
        {fields.map(({ input, text, parsed }) => {
          const id = `cost-input-${input.name}`;
          return (
            <div key={input.name} className={parsed.ok ? 'cost-field' : 'cost-field invalid'}>
              <label htmlFor={id}>{input.label}</label>
              <span className="cost-entry">
                <input
                  id={id}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  value={text}
                  aria-invalid={!parsed.ok}
                  aria-describedby={`${id}-unit${parsed.ok ? '' : ` ${id}-error`}`}
                  onChange={(e) => setValue(node, input.name, e.target.value)}
                />
                <span id={`${id}-unit`} className="cost-unit">
                  {input.unit}
                </span>
              </span>
              {!parsed.ok && (
                <span id={`${id}-error`} className="cost-error">
                  {parsed.message}
                </span>
              )}
            </div>
          );
        })}
      </fieldset>

      {result ? (
        <>
          <table className="cost-breakdown">
            <caption>How it adds up</caption>
            <thead>
              <tr>
                <th scope="col">Unit price</th>
                <th scope="col">Calculation</th>
                <th scope="col" className="num">
                  Cost
                </th>
              </tr>
            </thead>
            <tbody>
              {result.terms.map((t) => {
                const price = index.node.get(t.price);
                return (
                  <tr key={t.price}>
                    <th scope="row">
                      {t.priceLabel}
                      {price?.price && <span className="cost-rate">{formatPrice(price.price)}</span>}
                      {price && <SourceCite cite={price.cite} />}
                    </th>
                    <td className="cost-formula">{t.formula}</td>
                    <td className="num">{formatUsd(roundCents(t.subtotal))}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  Total per month{days?.parsed.ok ? ` (${days.parsed.value} days)` : ''}
                </th>
                <td className="num">{formatUsd(roundCents(result.total))}</td>
              </tr>
            </tfoot>
          </table>
          <p className="cost-total" aria-live="polite">
            Estimated cost: <strong>{formatUsd(roundCents(result.total))}</strong> per month
          </p>
        </>
      ) : (
        <p className="cost-waiting" role="status">
          The estimate waits for {invalid.length === 1 ? 'one input' : `${invalid.length} inputs`} above:{' '}
          {invalid.map((f) => f.input.label).join(', ')}.
        </p>
      )}
    </>
  );
}
