import { useData } from '../engine/use-engine';
import { graphView } from '../engine/graph-view';
import { useAtlas } from '../state/store';

/** Shown over the canvas while focused: what is focused, the depth control, and the way out. */
export function FocusBar() {
  const data = useData();
  const focus = useAtlas((s) => s.focus);
  const setFocus = useAtlas((s) => s.setFocus);
  const shown = useAtlas((s) => graphView(s.data, s.filters, s.focus, s.hideInferred).visibleNodes.size);
  if (!focus) return null;
  return (
    <div className="focus-bar" role="region" aria-label="Focus">
      <span>
        Focused on <strong>{data.label(focus.node)}</strong> · {shown} nodes
      </span>
      <label className="depth">
        Depth
        <input
          type="number"
          min={1}
          max={6}
          value={focus.depth}
          aria-label="Focus depth"
          onChange={(e) => {
            const depth = Number(e.target.value);
            if (Number.isFinite(depth) && depth >= 1) setFocus({ node: focus.node, depth });
          }}
        />
      </label>
      <button type="button" onClick={() => setFocus(null)} title="Leave focus (Esc)">
        Leave focus
      </button>
    </div>
  );
}
