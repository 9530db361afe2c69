import { useLayoutEffect, useRef } from 'react';
import { useData } from '../engine/use-engine';
import { graphView } from '../engine/graph-view';
import { useAtlas } from '../state/store';

/*
 * The F key focuses a node and then puts the keyboard on the focus bar's first control, the depth
 * field, which appears only once the focus is set. The request is kept until the bar has rendered.
 */
let focusRequested = false;
let returnFocusTo: HTMLElement | null = null;

/** Asks the focus bar to take keyboard focus (its depth field) as soon as it is on screen. */
export function requestFocusBarFocus(): void {
  focusRequested = true;
  const active = document.activeElement;
  returnFocusTo = active instanceof HTMLElement && active !== document.body ? active : null;
  const depth = document.querySelector<HTMLInputElement>('.focus-bar input');
  if (depth) {
    focusRequested = false;
    depth.focus();
    depth.select();
  }
}

/** Shown over the canvas while focused: what is focused, the depth control, and the way out. */
export function FocusBar() {
  const data = useData();
  const focus = useAtlas((s) => s.focus);
  const setFocus = useAtlas((s) => s.setFocus);
  const shown = useAtlas(
    (s) => graphView(s.data, s.filters, s.focus, s.hideInferred, s.keepOrphans).visibleNodes.size,
  );
  const depth = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (focusRequested && depth.current) {
      focusRequested = false;
      depth.current.focus();
      depth.current.select();
    }
  });
  // Leaving focus removes the bar; the keyboard goes back to where F was pressed rather than to the page.
  const focused = focus !== null;
  useLayoutEffect(() => {
    const el = bar.current;
    return () => {
      if (el?.contains(document.activeElement) || document.activeElement === document.body) {
        if (returnFocusTo?.isConnected) returnFocusTo.focus();
      }
      returnFocusTo = null;
    };
  }, [focused]);
  if (!focus) return null;
  return (
    <div className="focus-bar" role="region" aria-label="Focus" ref={bar}>
      <span>
        Focused on <strong>{data.label(focus.node)}</strong> · {shown} nodes
      </span>
      <label className="depth">
        Depth
        <input
          ref={depth}
          type="number"
          min={1}
          max={6}
          value={focus.depth}
          aria-label="Focus depth"
          onChange={(e) => {
            const value = Number(e.target.value);
            if (Number.isFinite(value) && value >= 1) setFocus({ node: focus.node, depth: value });
          }}
        />
      </label>
      <button type="button" onClick={() => setFocus(null)} title="Leave focus (Esc)">
        Leave focus
      </button>
    </div>
  );
}
