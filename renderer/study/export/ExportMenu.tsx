import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useEngine } from '../../engine/use-engine';
import { EXPORT_KINDS, exportView, type ExportKind } from './exporters';
import './export.css';

/**
 * The toolbar's Export menu (the WAI-ARIA menu-button pattern): Enter, Space or ↓ opens it on the
 * first item and ↑ on the last; arrows, Home and End move; a letter jumps to the next item starting
 * with it; Esc or Tab closes it, and focus goes back to the button.
 */
export function ExportMenu() {
  const engine = useEngine();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const root = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const id = useId();

  const focusItem = (i: number) => {
    const n = EXPORT_KINDS.length;
    items.current[((i % n) + n) % n]?.focus();
  };
  const openAt = (i: number) => {
    // The items exist only once the menu has rendered; the layout effect below focuses this one.
    pendingFocus.current = i;
    setOpen(true);
  };
  useLayoutEffect(() => {
    if (!open || pendingFocus.current === null) return;
    focusItem(pendingFocus.current);
    pendingFocus.current = null;
  });
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  // A click anywhere else closes the menu, as menus do.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const run = async (kind: ExportKind) => {
    close(true);
    setBusy(true);
    try {
      await exportView(kind, engine);
    } finally {
      setBusy(false);
    }
  };

  const onButtonKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      openAt(e.key === 'ArrowDown' ? 0 : -1);
    }
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = items.current.findIndex((el) => el === document.activeElement);
    let handled = true;
    if (e.key === 'ArrowDown') focusItem(current + 1);
    else if (e.key === 'ArrowUp') focusItem(current - 1);
    else if (e.key === 'Home') focusItem(0);
    else if (e.key === 'End') focusItem(-1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') {
      handled = false;
      setOpen(false);
    } else if (e.key.length === 1 && /\S/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const letter = e.key.toLowerCase();
      const order = EXPORT_KINDS.map((_, k) => (current + 1 + k) % EXPORT_KINDS.length);
      const next = order.find((k) => EXPORT_KINDS[k]!.label.toLowerCase().startsWith(letter));
      if (next !== undefined) focusItem(next);
    } else handled = false;
    if (handled) {
      e.preventDefault();
      // Keeps the app's own keys (Esc leaves focus, O opens the outline) out of the menu.
      e.stopPropagation();
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-busy={busy || undefined}
        className={busy ? 'busy' : undefined}
        title="Save a picture of the graph or the visible part of it as data"
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        Export
        <span className="export-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div
          className="export-popup"
          role="menu"
          id={`${id}-menu`}
          aria-labelledby={`${id}-button`}
          onKeyDown={onMenuKeyDown}
        >
          {EXPORT_KINDS.map((k, i) => [
            // Pictures first, then data.
            i > 0 && k.kind === 'json' && (
              <div key="separator" role="separator" className="export-separator" />
            ),
            <button
              key={k.kind}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              title={k.hint}
              onClick={() => void run(k.kind)}
            >
              {k.label}
            </button>,
          ])}
        </div>
      )}
    </div>
  );
}
