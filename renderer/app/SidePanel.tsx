import { useRef, type KeyboardEvent } from 'react';
import { DetailsPanel } from '../panels/DetailsPanel';
import { ComparePanel } from '../study/compare/ComparePanel';
import { CostPanel } from '../study/cost/CostPanel';
import { PathPanel } from '../study/path/PathPanel';
import { QuizPanel } from '../study/quiz/QuizPanel';
import { SavedPanel } from '../study/saved/SavedPanel';
import { ToursPanel } from '../study/tours/ToursPanel';
import { useAtlas, type PanelName } from '../state/store';
import { CollapseToggle } from './CollapseToggle';

const TABS: { name: PanelName; label: string; title: string }[] = [
  { name: 'details', label: 'Details', title: 'The selected node' },
  { name: 'compare', label: 'Compare', title: 'Compare 2-4 services side by side' },
  { name: 'cost', label: 'Cost', title: 'Estimate a monthly cost from the unit prices' },
  { name: 'path', label: 'Path', title: 'How two nodes are connected' },
  { name: 'quiz', label: 'Quiz', title: 'Questions from the graph, with spaced repetition' },
  { name: 'saved', label: 'Saved', title: 'Bookmarks and saved views' },
  { name: 'tours', label: 'Tours', title: 'Guided tours through the graph' },
];

const PANELS: Record<PanelName, () => React.JSX.Element> = {
  details: DetailsPanel,
  compare: ComparePanel,
  cost: CostPanel,
  path: PathPanel,
  quiz: QuizPanel,
  saved: SavedPanel,
  tours: ToursPanel,
};

/**
 * The right-hand panel: a tab per tool (WAI-ARIA tabs, arrow keys move between them). One width for
 * every tab (set by App for the window), and the tabs wrap rather than scroll, so none is ever cut
 * off and choosing one never moves the others. Folded, only its toggle shows; the tools stay mounted
 * (hidden), so what they hold survives folding.
 */
export function SidePanel({ collapsed }: { collapsed: boolean }) {
  const panel = useAtlas((s) => s.panel);
  const setPanel = useAtlas((s) => s.setPanel);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const Panel = PANELS[panel];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.findIndex((t) => t.name === panel);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    setPanel(TABS[next]!.name);
    tabs.current[next]?.focus();
  };

  return (
    <aside
      className="side-panel"
      id="side-panel"
      aria-label="Details and study tools"
      data-region="panel"
      data-collapsed={collapsed}
    >
      <div className="side-head">
        <CollapseToggle part="panel" controls="side-tabs side-tabpanel" />
        <div
          className="side-tabs"
          id="side-tabs"
          role="tablist"
          aria-label="Tools"
          onKeyDown={onKeyDown}
          hidden={collapsed}
        >
          {TABS.map((t, i) => (
            <button
              key={t.name}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${t.name}`}
              aria-selected={panel === t.name}
              aria-controls="side-tabpanel"
              tabIndex={panel === t.name ? 0 : -1}
              title={t.title}
              data-label={t.label}
              onClick={() => setPanel(t.name)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </div>
      <div
        className="side-tabpanel"
        id="side-tabpanel"
        role="tabpanel"
        aria-labelledby={`tab-${panel}`}
        hidden={collapsed}
      >
        <Panel />
      </div>
    </aside>
  );
}
