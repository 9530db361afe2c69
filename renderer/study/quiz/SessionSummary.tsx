import { useMemo } from 'react';
import { QUESTION_KINDS, type QuestionKind } from '../../../graph-data';
import { summarise } from '../../../graph-data';
import { KIND_LABELS } from './quiz-labels';
import { useQuiz } from './quiz-store';
import { relativeTime, shortDate } from './when';

const percent = (x: number) => `${Math.round(x * 100)} %`;

/** The end of a session: how it went, by kind, what to look at again, and when the next reviews are. */
export function SessionSummary() {
  const { questions, session, answers, progress, now, start, backToStart } = useQuiz();
  const summary = useMemo(
    () =>
      summarise(answers, {
        progress,
        now: new Date(now),
        questionIds: (questions ?? []).map((q) => q.id),
      }),
    [answers, progress, now, questions],
  );
  const byId = useMemo(() => new Map(session.map((q) => [q.id, q])), [session]);
  const kinds = QUESTION_KINDS.filter((k): k is QuestionKind => summary.byKind[k] !== undefined);

  return (
    <section className="quiz-summary" aria-labelledby="quiz-summary-heading">
      <h3 id="quiz-summary-heading">Session complete</h3>
      {summary.answered === 0 ? (
        <p>No questions were answered in this session, so nothing has changed in your schedule.</p>
      ) : (
        <>
          <dl className="quiz-stats" aria-label="Session results">
            <div>
              <dt>Answered</dt>
              <dd>{summary.answered}</dd>
            </div>
            <div>
              <dt>Correct</dt>
              <dd>{summary.correct}</dd>
            </div>
            <div>
              <dt>Accuracy</dt>
              <dd>{percent(summary.accuracy)}</dd>
            </div>
          </dl>
          <table className="quiz-by-kind">
            <caption>By kind of question</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Answered</th>
                <th scope="col">Correct</th>
              </tr>
            </thead>
            <tbody>
              {kinds.map((k) => (
                <tr key={k}>
                  <th scope="row">{KIND_LABELS[k]}</th>
                  <td>{summary.byKind[k]!.answered}</td>
                  <td>{summary.byKind[k]!.correct}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {summary.missed.length > 0 && (
            <>
              <h4>Worth another look</h4>
              <ul className="quiz-missed">
                {summary.missed.map((id) => (
                  <li key={id}>{byId.get(id)?.explanation}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <p className="quiz-next-due">
        {summary.nowDue > 0
          ? `${summary.nowDue} question${summary.nowDue === 1 ? ' is' : 's are'} due for review now.`
          : 'Nothing is due for review now.'}{' '}
        {summary.nextDue && (
          <>
            The next review is due {relativeTime(summary.nextDue, now)} (
            <time dateTime={summary.nextDue}>{shortDate(summary.nextDue)}</time>).
          </>
        )}
      </p>
      <div className="quiz-actions">
        <button type="button" className="primary" onClick={() => start()}>
          Start another session
        </button>
        <button type="button" onClick={backToStart}>
          Back to the start
        </button>
      </div>
    </section>
  );
}
