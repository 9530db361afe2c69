import { useEffect, useMemo } from 'react';
import { cardsToTsv, questionCards, summarise, type Graph, type Question } from '../../../graph-data';
import { getAtlasApi } from '../../api';
import { useData } from '../../engine/use-engine';
import { useAtlas } from '../../state/store';
import { MASTERY_STATES } from '../../../graph-data';
import { MasteryToggle } from './MasteryToggle';
import { QuestionCard } from './QuestionCard';
import { MASTERY_LABELS } from './quiz-labels';
import { SESSION_SIZES, useQuiz } from './quiz-store';
import { SessionSummary } from './SessionSummary';
import { relativeTime } from './when';
import './quiz.css';

/** Saves every question as Anki's tab-separated import format (Anki: File > Import). */
async function exportAnki(questions: readonly Question[], sources: Graph['sources']) {
  const { notify } = useAtlas.getState();
  const name = 'service-atlas-anki.txt';
  try {
    const text = cardsToTsv(questionCards(questions, sources));
    const result = await getAtlasApi().saveExport({
      title: 'Export the quiz for Anki',
      files: [{ name, mediaType: 'text/tab-separated-values', text }],
    });
    if (result.saved)
      notify(
        `${getAtlasApi().platform === 'web' ? 'Downloaded' : 'Saved'} ${questions.length} cards as ${name}; in Anki choose File > Import.`,
      );
  } catch (err) {
    notify(`The Anki export did not work: ${(err as Error).message}. Nothing was saved.`);
  }
}

/** Where the learner stands (due / new / learning / known) and the button that starts a session. */
function StartScreen() {
  const data = useData();
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
      <p className="quiz-anki">
        <button
          type="button"
          className="link-button"
          onClick={() => void exportAnki(questions ?? [], data.graph.sources)}
        >
          Export the questions for Anki
        </button>{' '}
        <span className="hint">
          (tab-separated, with each answer’s source on the back of its card; for an <code>.apkg</code> deck
          use <code>npm run graph -- quiz --format apkg</code>)
        </span>
      </p>
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
