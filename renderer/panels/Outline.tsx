import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { NODE_KINDS, NODE_KIND_INFO, type NodeKind } from '../../graph-data';
import { useData } from '../engine/use-engine';
import { graphView, listedNodes } from '../engine/graph-view';
import { useAtlas } from '../state/store';
import { KindIcon } from './KindIcon';

type Item =
  { type: 'group'; kind: NodeKind; key: string } | { type: 'node'; id: string; kind: NodeKind; key: string };

interface NodeRowProps {
  id: string;
  label: string;
  selected: boolean;
  tabbable: boolean;
  register: (key: string, el: HTMLElement | null) => void;
  activate: (key: string) => void;
  select: (id: string) => void;
}

/**
 * One node of the tree. Memoized, with stable callbacks, so that a new selection re-renders the two
 * rows whose state changed rather than every row of a long outline.
 */
const NodeRow = memo(function NodeRow({
  id,
  label,
  selected,
  tabbable,
  register,
  activate,
  select,
}: NodeRowProps) {
  const key = `n:${id}`;
  return (
    <li
      role="treeitem"
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      className={selected ? 'outline-node selected' : 'outline-node'}
      ref={(el) => register(key, el)}
      onFocus={(e) => {
        e.stopPropagation();
        activate(key);
      }}
      onClick={(e) => {
        e.stopPropagation();
        activate(key);
        select(id);
      }}
    >
      {label}
    </li>
  );
});

/**
 * The accessible twin of the canvas: a tree of the nodes the graph shows, grouped by kind.
 * Arrow keys move, Right/Left open and close groups, Home/End jump, Enter selects.
 */
export function Outline({ autoFocus }: { autoFocus: boolean }) {
  const data = useData();
  const view = useAtlas((s) => graphView(s.data, s.filters, s.focus, s.hideInferred, s.keepOrphans));
  const selection = useAtlas((s) => s.selection);
  const select = useAtlas((s) => s.select);
  const [collapsed, setCollapsed] = useState<ReadonlySet<NodeKind>>(new Set());
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLElement>());
  const register = useCallback((key: string, el: HTMLElement | null) => {
    if (el) refs.current.set(key, el);
    else refs.current.delete(key);
  }, []);

  const groups = useMemo(() => {
    const byKind = new Map<NodeKind, string[]>();
    for (const id of listedNodes(view)) {
      const kind = data.index.node.get(id)!.kind;
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind)!.push(id);
    }
    return NODE_KINDS.filter((k) => byKind.has(k)).map((kind) => ({
      kind,
      ids: byKind.get(kind)!.sort((a, b) => data.label(a).localeCompare(data.label(b))),
    }));
  }, [data, view]);

  const items: Item[] = useMemo(
    () =>
      groups.flatMap((g) => [
        { type: 'group' as const, kind: g.kind, key: `g:${g.kind}` },
        ...(collapsed.has(g.kind)
          ? []
          : g.ids.map((id) => ({ type: 'node' as const, id, kind: g.kind, key: `n:${id}` }))),
      ]),
    [groups, collapsed],
  );

  const current =
    items.find((i) => i.key === activeKey) ??
    items.find((i) => i.key === `n:${selection}`) ??
    items[0] ??
    null;

  const moveTo = (item: Item | undefined) => {
    if (!item) return;
    setActiveKey(item.key);
    refs.current.get(item.key)?.focus();
  };

  useEffect(() => {
    if (autoFocus && current) refs.current.get(current.key)?.focus();
    // Only when the outline opens: later renders must not steal focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoFocus]);

  const toggleGroup = (kind: NodeKind, open?: boolean) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      const isOpen = !next.has(kind);
      if (open ?? !isOpen) next.delete(kind);
      else next.add(kind);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent) => {
    if (!current || e.altKey || e.ctrlKey || e.metaKey) return;
    const at = items.indexOf(current);
    let handled = true;
    switch (e.key) {
      case 'ArrowDown':
        moveTo(items[at + 1]);
        break;
      case 'ArrowUp':
        moveTo(items[at - 1]);
        break;
      case 'Home':
        moveTo(items[0]);
        break;
      case 'End':
        moveTo(items.at(-1));
        break;
      case 'ArrowRight':
        if (current.type === 'group') {
          if (collapsed.has(current.kind)) toggleGroup(current.kind, true);
          else moveTo(items[at + 1]);
        }
        break;
      case 'ArrowLeft':
        if (current.type === 'group') toggleGroup(current.kind, false);
        else moveTo(items.find((i) => i.type === 'group' && i.kind === current.kind));
        break;
      case 'Enter':
      case ' ':
        if (current.type === 'node') select(current.id);
        else toggleGroup(current.kind);
        break;
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const total = groups.reduce((n, g) => n + g.ids.length, 0);
  return (
    <nav className="outline" aria-label="Outline">
      <h2 className="outline-title">
        Outline <span className="count">{total}</span>
      </h2>
      {total === 0 && <p className="hint">Nothing matches the current filters.</p>}
      <ul role="tree" aria-label="Visible nodes by kind" onKeyDown={onKeyDown}>
        {groups.map((g) => {
          const open = !collapsed.has(g.kind);
          const groupKey = `g:${g.kind}`;
          return (
            <li
              key={g.kind}
              role="treeitem"
              aria-expanded={open}
              aria-label={`${NODE_KIND_INFO[g.kind].plural} (${g.ids.length})`}
              tabIndex={current?.key === groupKey ? 0 : -1}
              ref={(el) => register(groupKey, el)}
              onFocus={(e) => {
                if (e.target === e.currentTarget) setActiveKey(groupKey);
              }}
            >
              <div
                className="outline-group"
                onClick={() => {
                  setActiveKey(groupKey);
                  toggleGroup(g.kind);
                }}
              >
                <span className="disclosure" aria-hidden="true">
                  {open ? '▾' : '▸'}
                </span>
                <KindIcon kind={g.kind} />
                {NODE_KIND_INFO[g.kind].plural}
                <span className="count">{g.ids.length}</span>
              </div>
              {open && (
                <ul role="group">
                  {g.ids.map((id) => (
                    <NodeRow
                      key={id}
                      id={id}
                      label={data.label(id)}
                      selected={id === selection}
                      tabbable={current?.key === `n:${id}`}
                      register={register}
                      activate={setActiveKey}
                      select={select}
                    />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
