import { useEffect, useMemo } from 'react';
import { summarise } from '../../../graph-data';
import { MASTERY_STATES } from '../../../graph-data';
import { MasteryToggle } from './MasteryToggle';
import { QuestionCard } from './QuestionCard';
import { MASTERY_LABELS } from './quiz-labels';
import { SESSION_SIZES, useQuiz } from './quiz-store';
import { SessionSummary } from './SessionSummary';
import { relativeTime } from './when';
import './quiz.css';

/** Where the learner stands (due / new / learning / known) and the button that starts a session. */
function StartScreen() {
  const { questions, progress, now, sessionSize, setSessionSize, start } = useQuiz();
  const ids = useMemo(() => (questions ?? []).map((q) => q.id), [questions]);
  const status = useMemo(
    () => summarise([], { progress, now: new Date(now), questionIds: ids }),
    [ids, progress, now],
  );
  const nothingToDo = status.mastery.due === 0 && status.mastery.new === 0;
  return (
    <>
      <p className="hint">
        {ids.length} questions generated from the graph’s relations, compliance lists, prices and facts; each
        has one right answer, and the wrong ones are look-alikes.
      </p>
      <dl className="quiz-counts" aria-label="Your progress">
        {MASTERY_STATES.map((m) => (
          <div key={m} className={`quiz-count quiz-count-${m}`}>
            <dt>{m === 'due' ? 'Due now' : MASTERY_LABELS[m].label}</dt>
            <dd>{status.mastery[m]}</dd>
          </div>
        ))}
      </dl>
      {status.nowDue === 0 && status.nextDue && (
        <p className="hint">
          Nothing is due now; the next review is due {relativeTime(status.nextDue, now)}.
        </p>
      )}
      <div className="quiz-start">
        {nothingToDo ? (
          <button type="button" className="primary" onClick={() => start(true)}>
            Study ahead
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => start()}>
            Start a session
          </button>
        )}
        <span aria-hidden="true">of</span>
        <select
          aria-label="Questions per session"
          value={sessionSize}
          onChange={(e) => setSessionSize(Number(e.target.value))}
        >
          {SESSION_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <span aria-hidden="true">questions</span>
      </div>
      <p className="hint">
        Due questions come first, then new ones. The schedule is <strong>SM-2</strong> (SuperMemo 2) spaced
        repetition: a right answer brings a question back after 1 day, then 6 days, then ever longer; a wrong
        one brings it back tomorrow.
      </p>
    </>
  );
}

/** The Quiz tool: questions from the graph, scheduled with SM-2, and the graph coloured by mastery. */
export function QuizPanel() {
  const prepare = useQuiz((s) => s.prepare);
  const questions = useQuiz((s) => s.questions);
  const phase = useQuiz((s) => s.phase);
  const current = useQuiz((s) => s.session[s.index]);

  useEffect(() => {
    prepare();
  }, [prepare]);

  return (
    <section className="study-panel quiz-panel" aria-label="Quiz">
      <h2>Quiz</h2>
      {!questions ? (
        <p className="hint" role="status">
          Preparing questions from the graph…
        </p>
      ) : phase === 'question' && current ? (
        <QuestionCard key={current.id} question={current} />
      ) : phase === 'summary' ? (
        <SessionSummary />
      ) : (
        <StartScreen />
      )}
      <MasteryToggle />
    </section>
  );
}
