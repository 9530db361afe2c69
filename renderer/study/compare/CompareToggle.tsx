import { useData } from '../../engine/use-engine';
import { useAtlas } from '../../state/store';
import { MAX_SUBJECTS, isComparable, useCompare } from './compare-store';

/**
 * In the details panel: adds a service or launch type to the comparison, or removes it. For a comparison
 * table from the notes it opens that table in Compare instead; for any other node it renders nothing.
 */
export function CompareToggle({ id }: { id: string }) {
  const data = useData();
  const included = useCompare((s) => s.subjects.includes(id));
  const count = useCompare((s) => s.subjects.length);
  const toggle = useCompare((s) => s.toggle);
  const setOpenNote = useCompare((s) => s.setOpenNote);
  const setPanel = useAtlas((s) => s.setPanel);
  const notify = useAtlas((s) => s.notify);
  const node = data.index.node.get(id);
  if (!node) return null;

  if (node.kind === 'comparison' && node.comparison) {
    return (
      <button
        type="button"
        onClick={() => {
          setOpenNote(id);
          setPanel('compare');
        }}
      >
        Open this table in Compare
      </button>
    );
  }
  if (!isComparable(node.kind)) return null;

  const onClick = () => {
    if (toggle(id) === 'full') {
      notify(
        `A comparison holds up to ${MAX_SUBJECTS} at a time. Remove one in Compare before adding ${node.label}.`,
      );
    }
  };
  return (
    <>
      <button type="button" aria-pressed={included} onClick={onClick}>
        {included ? 'Remove from comparison' : 'Add to comparison'}
      </button>
      {included && (
        <button type="button" className="link-button" onClick={() => setPanel('compare')}>
          {count < 2 ? 'Compare: choose one more' : `See the comparison (${count})`}
        </button>
      )}
    </>
  );
}
