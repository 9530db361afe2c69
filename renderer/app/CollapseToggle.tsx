import type { CollapsiblePart } from '../state/collapsed';
import { useAtlas } from '../state/store';

const TEXT: Record<
  CollapsiblePart,
  { name: string; hide: string; show: string; fold: string; unfold: string }
> = {
  sidebar: {
    name: 'Search and filters',
    hide: 'Hide search and filters',
    show: 'Show search and filters',
    fold: '«',
    unfold: '»',
  },
  panel: {
    name: 'Side panel',
    hide: 'Hide the side panel',
    show: 'Show the side panel',
    fold: '»',
    unfold: '«',
  },
};

/**
 * The button that folds a side column into a rail and opens it again. One element in both states, so
 * keyboard focus stays on it; folded, it fills the rail and shows its name written upwards.
 */
export function CollapseToggle({ part, controls }: { part: CollapsiblePart; controls: string }) {
  const collapsed = useAtlas((s) => s.collapsed[part]);
  const setCollapsed = useAtlas((s) => s.setCollapsed);
  const text = TEXT[part];
  return (
    <button
      type="button"
      className={collapsed ? 'collapse-toggle folded' : 'collapse-toggle'}
      aria-expanded={!collapsed}
      aria-controls={controls}
      aria-label={text.name}
      title={collapsed ? text.show : text.hide}
      onClick={() => setCollapsed(part, !collapsed)}
    >
      <span aria-hidden="true" className="collapse-icon">
        {collapsed ? text.unfold : text.fold}
      </span>
      {collapsed && (
        <span aria-hidden="true" className="collapse-name">
          {text.name}
        </span>
      )}
    </button>
  );
}
