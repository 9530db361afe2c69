import { MASTERY_STATES } from '../../../graph-data';
import { useAtlas } from '../../state/store';
import { MASTERY_LABELS } from './quiz-labels';
import { useQuiz } from './quiz-store';

/** The switch that colours the graph by mastery, and its legend with how many nodes are in each state. */
export function MasteryToggle() {
  const masteryOn = useQuiz((s) => s.masteryOn);
  const setMastery = useQuiz((s) => s.setMastery);
  const overlay = useAtlas((s) => s.overlays.mastery);
  const counts = new Map<string, number>();
  for (const cls of Object.values(overlay ?? {})) counts.set(cls, (counts.get(cls) ?? 0) + 1);
  return (
    <div className="mastery-toggle">
      <label>
        <input type="checkbox" checked={masteryOn} onChange={(e) => setMastery(e.target.checked)} /> Colour
        graph by mastery
      </label>
      {masteryOn && (
        <ul className="mastery-legend" aria-label="Mastery colours">
          {MASTERY_STATES.map((m) => {
            const n = counts.get(`mastery-${m}`) ?? 0;
            return (
              <li key={m} title={MASTERY_LABELS[m].meaning}>
                <span className={`mastery-swatch mastery-swatch-${m}`} aria-hidden="true" />
                {MASTERY_LABELS[m].label}
                <span className="mastery-count">
                  {n} node{n === 1 ? '' : 's'}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
