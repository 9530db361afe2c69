import { Cite } from '../../panels/Cite';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { Question } from '../../../graph-data';
import { useData, useEngine } from '../../engine/use-engine';
import { useAtlas } from '../../state/store';
import { answerView } from './answer-overlay';
import { KIND_LABELS } from './quiz-labels';
import { useQuiz } from './quiz-store';

const onTabs = () => document.activeElement?.getAttribute('role') === 'tab';

/** After an answer: the marked part of the graph is shown, and its nodes can be opened. */
function ShownOnGraph({ question }: { question: Question }) {
  const select = useAtlas((s) => s.select);
  const { label } = useData();
  return (
    <p className="quiz-shown">
      Shown on the graph:{' '}
      {question.subjects.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <button type="button" className="link-button" onClick={() => select(id)}>
            {label(id)}
          </button>
        </span>
      ))}
    </p>
  );
}

/** One question: its options as a radio group, then the verdict, the fact, its source and the graph. */
export function QuestionCard({ question }: { question: Question }) {
  const { session, index, chosen, checked, choose, check, next, finish } = useQuiz();
  const setOverlay = useAtlas((s) => s.setOverlay);
  const engine = useEngine();
  const data = useData();
  const promptId = useId();
  const groupName = useId();
  const nextButton = useRef<HTMLButtonElement>(null);
  const firstOption = useRef<HTMLInputElement>(null);
  const view = useMemo(() => answerView(data, question), [data, question]);
  const right = question.options.find((o) => o.id === question.answer)!;
  const correct = checked && chosen === question.answer;
  const last = index + 1 >= session.length;

  // Once answered, the fact is drawn on the graph; the marks go with the next question or the tab.
  useEffect(() => {
    if (!checked) return;
    setOverlay('quiz-answer', view.overlay);
    return () => setOverlay('quiz-answer', null);
  }, [checked, view, setOverlay]);

  // The keyboard flow is arrows, Enter, Enter: focus goes to the options, then to "Next question";
  // but a learner who has just come back to the Quiz tab keeps focus on the tabs.
  useEffect(() => {
    if (!checked) return;
    engine.show(view.fit, 50);
    if (!onTabs()) nextButton.current?.focus();
  }, [checked, engine, view]);

  useEffect(() => {
    if (!onTabs()) firstOption.current?.focus();
  }, [question.id]);

  return (
    <article className="quiz-card" aria-labelledby={promptId}>
      <p className="quiz-meta">
        <span>
          Question {index + 1} of {session.length}
        </span>
        <span className="quiz-kind">{KIND_LABELS[question.kind]}</span>
      </p>
      <h3 id={promptId} className="quiz-prompt">
        {question.prompt}
      </h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (checked) next();
          else check();
        }}
      >
        <div className="quiz-options" role="radiogroup" aria-labelledby={promptId}>
          {question.options.map((o, i) => {
            const state = !checked
              ? ''
              : o.id === question.answer
                ? ' right'
                : o.id === chosen
                  ? ' wrong'
                  : '';
            return (
              <label key={o.id} className={`quiz-option${o.id === chosen ? ' chosen' : ''}${state}`}>
                <input
                  ref={i === 0 ? firstOption : undefined}
                  type="radio"
                  name={groupName}
                  value={o.id}
                  checked={chosen === o.id}
                  disabled={checked}
                  onChange={() => choose(o.id)}
                />
                <span>{o.label}</span>
                {state === ' right' && <span className="quiz-mark">✓ right answer</span>}
                {state === ' wrong' && <span className="quiz-mark">✗ your answer</span>}
              </label>
            );
          })}
        </div>
        <div
          role="status"
          className={checked ? `quiz-feedback ${correct ? 'correct' : 'incorrect'}` : 'quiz-feedback'}
        >
          {checked &&
            (correct ? (
              <p className="quiz-verdict">Correct.</p>
            ) : (
              <p className="quiz-verdict">
                Not quite. The answer is <strong>{right.label}</strong>.
              </p>
            ))}
        </div>
        {checked && (
          <div className="quiz-explanation">
            <p>{question.explanation}</p>
            <p className="quiz-source">
              Source: <Cite cite={question.cite} />
            </p>
            <ShownOnGraph question={question} />
          </div>
        )}
        <div className="quiz-actions">
          {checked ? (
            <button ref={nextButton} type="submit" className="primary">
              {last ? 'See the summary' : 'Next question'}
            </button>
          ) : (
            <button type="submit" className="primary" disabled={chosen === null}>
              Check answer
            </button>
          )}
          <button type="button" className="link-button" onClick={finish}>
            End session
          </button>
        </div>
      </form>
    </article>
  );
}
