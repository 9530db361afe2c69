import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Tour } from '../../../graph-data';
import { useData, useEngine } from '../../engine/use-engine';
import { Cite } from '../../panels/Cite';
import { useAtlas } from '../../state/store';
import { missingFromGraph, useTours } from './tour-store';
import './tours.css';

/** One tour, step by step: the camera frames what the step speaks of, which is lit; the rest dims. */
function TourSteps({ tour }: { tour: Tour }) {
  const engine = useEngine();
  const step = useTours((s) => s.steps[tour.id] ?? 0);
  const { go, close } = useTours.getState();
  const heading = useRef<HTMLHeadingElement>(null);
  const current = tour.steps[step]!;
  const data = useData();
  const missing = useMemo(() => missingFromGraph(data, tour), [data, tour]);

  useEffect(() => {
    engine.show([...current.nodes, ...current.edges], 70);
    heading.current?.focus();
  }, [engine, current]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight' || e.key === 'PageDown') go(tour, step + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(tour, step - 1);
    else return;
    e.preventDefault();
  };

  return (
    <section className="tour" aria-label={`Tour: ${tour.title}`} onKeyDown={onKeyDown}>
      <p className="tour-progress">
        {tour.title} · step {step + 1} of {tour.steps.length}
      </p>
      <h3 ref={heading} tabIndex={-1}>
        {current.title}
      </h3>
      <p>{current.text}</p>
      <Cite cite={current.cite} />
      {current.alsoCites?.map((c, i) => (
        <Cite key={i} cite={c} />
      ))}
      <p className="tour-lit">
        Lit on the graph:{' '}
        {current.nodes.map((id, i) => (
          <span key={id}>
            {i > 0 && ', '}
            <button type="button" className="link-button" onClick={() => useAtlas.getState().select(id)}>
              {data.label(id)}
            </button>
          </span>
        ))}
      </p>
      {missing.length > 0 && (
        <p className="tour-missing" role="note">
          This tour names what the graph on screen does not have ({missing.join(', ')}); those parts are not
          lit.
        </p>
      )}
      <div className="tour-nav">
        <button type="button" onClick={() => go(tour, step - 1)} disabled={step === 0}>
          ← Previous step
        </button>
        <button type="button" onClick={() => go(tour, step + 1)} disabled={step + 1 >= tour.steps.length}>
          Next step →
        </button>
        <button type="button" className="link-button" onClick={close}>
          End tour
        </button>
      </div>
      <p className="hint">
        <kbd>←</kbd> and <kbd>→</kbd> move between steps while the tour has focus.
      </p>
    </section>
  );
}

/** Guided tours through the graph, written as data in the notes' format. */
export function ToursPanel() {
  const tours = useData().tours;
  const tourId = useTours((s) => s.tourId);
  const steps = useTours((s) => s.steps);
  const open = tours.find((t) => t.id === tourId);
  return (
    <div className="study-panel tours-panel">
      <h2>Guided tours</h2>
      {open ? (
        <TourSteps tour={open} />
      ) : (
        <>
          <p className="hint">
            Each tour moves the camera through part of the graph and says what to notice, citing the notes.
          </p>
          {tours.length === 0 && (
            <p className="hint" role="note">
              These notes have no tours. A tour is a note whose front matter opens with <code>tour:</code> and
              lists its steps (see NOTES-FORMAT.md); put one in the folder and it appears here.
            </p>
          )}
          <ul className="tour-list">
            {tours.map((t) => (
              <li key={t.id}>
                <button type="button" className="tour-card" onClick={() => useTours.getState().open(t)}>
                  <strong>{t.title}</strong>
                  <span>{t.summary}</span>
                  <span className="hint">
                    {t.steps.length} steps
                    {steps[t.id] !== undefined ? ` · resume at step ${steps[t.id]! + 1}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
