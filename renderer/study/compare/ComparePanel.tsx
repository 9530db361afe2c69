import { useEffect } from 'react';
import { useAtlas } from '../../state/store';
import { CompareMatrix } from './CompareMatrix';
import { useCompare } from './compare-store';
import { NoteComparisons } from './NoteComparisons';
import { SubjectPicker } from './SubjectPicker';
import './compare.css';

/** The Compare tool: pick 2-4 services or launch types, read the generated matrix, open the notes' own tables. */
export function ComparePanel() {
  const subjects = useCompare((s) => s.subjects);
  const setOverlay = useAtlas((s) => s.setOverlay);

  // The subjects are ringed on the canvas while this tab is open.
  useEffect(() => {
    setOverlay(
      'compare',
      subjects.length ? Object.fromEntries(subjects.map((id) => [id, 'compare-subject'])) : null,
    );
  }, [subjects, setOverlay]);
  useEffect(() => () => setOverlay('compare', null), [setOverlay]);

  return (
    <section className="study-panel compare-panel" aria-label="Compare">
      <h2>Compare</h2>
      <p className="hint">
        Put 2 to 4 services or launch types side by side. Tick them below, or select one in the graph, the
        outline or search and press “Add to comparison”. Their nodes are ringed in the graph.
      </p>
      <SubjectPicker />
      {subjects.length >= 2 && <CompareMatrix ids={subjects} />}
      <NoteComparisons />
    </section>
  );
}
