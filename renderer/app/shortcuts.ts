import { exportView, type ExportKind } from '../study/export/exporters';
import { useEffect, type RefObject } from 'react';
import type { AtlasEngine } from '../engine/atlas-engine';
import { getAtlasApi, type MenuCommand } from '../api';
import { closeDesktopNotes, openDesktopNotes } from '../import/desktop-notes';
import { useImport } from '../import/import-store';
import { useAtlas } from '../state/store';
import { requestFocusBarFocus } from '../panels/FocusBar';
import { resetLayoutAsking, toggleTheme, viewCommands } from '../panels/Toolbar';
import { focusSearch } from './regions';

/** Inputs that are not text: keys such as Alt+Arrow, F or O mean nothing to them. */
const NOT_TEXT = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'image',
  'file',
  'color',
  'range',
]);

/** Whether keys typed here belong to a field: text inputs, text areas, selects and editable content. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.has(target.type);
}

/** Runs one command, from the keyboard or the desktop menu. Unknown commands do nothing. */
export function runCommand(
  command: MenuCommand,
  engine: AtlasEngine,
  search: RefObject<HTMLInputElement | null>,
) {
  const s = useAtlas.getState();
  switch (command) {
    case 'search':
      focusSearch(search);
      break;
    case 'fit':
      viewCommands.fit(engine);
      break;
    case 'zoom-in':
      viewCommands.zoomIn(engine);
      break;
    case 'zoom-out':
      viewCommands.zoomOut(engine);
      break;
    case 'reset':
      resetLayoutAsking(engine);
      break;
    case 'back':
      s.back();
      break;
    case 'forward':
      s.forward();
      break;
    case 'toggle-theme':
      toggleTheme();
      break;
    case 'outline':
      s.setOutlineOpen(!s.outlineOpen);
      break;
    case 'clear-filters':
      s.clearFilters();
      break;
    case 'focus':
      if (s.selection) {
        s.setFocus({ node: s.selection, depth: s.focus?.depth ?? 1 });
        // The focus bar's depth field is the next thing the user wants; no Tab trek to reach it.
        requestFocusBarFocus();
      }
      break;
    case 'leave-focus':
      s.setFocus(null);
      break;
    case 'compare':
    case 'quiz':
    case 'path':
    case 'tours':
      s.setPanel(command);
      break;
    case 'open-notes':
    case 'open-notes-merged':
      if (getAtlasApi().platform === 'electron')
        void openDesktopNotes(engine, { merge: command === 'open-notes-merged' });
      else useImport.getState().setDialogOpen(true);
      break;
    case 'close-notes':
      void closeDesktopNotes(engine);
      break;
    case 'export-png':
    case 'export-svg':
    case 'export-json':
    case 'export-graphml':
      void exportView(command.slice('export-'.length) as ExportKind, engine);
      break;
  }
}

/** Global keys: Ctrl/Cmd+K and / search, Alt+←/→ history, Esc leaves focus, O outline, F focus. */
export function useShortcuts(engine: AtlasEngine, search: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = useAtlas.getState();
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        runCommand('search', engine, search);
        return;
      }
      // Inside a text field Alt+arrows belong to the field (word moves on some systems); on a checkbox
      // or a button they still go back and forward.
      if (
        e.altKey &&
        !e.ctrlKey &&
        !e.metaKey &&
        !isTyping(e.target) &&
        (e.key === 'ArrowLeft' || e.key === 'ArrowRight')
      ) {
        e.preventDefault();
        if (e.key === 'ArrowLeft') s.back();
        else s.forward();
        return;
      }
      // Esc steps back one level: out of focus first (from anywhere, the depth field included),
      // then, outside text fields, out of the selection.
      if (e.key === 'Escape' && s.focus) {
        s.setFocus(null);
        return;
      }
      if (e.key === 'Escape' && s.selection && !isTyping(e.target)) {
        s.select(null);
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === '/') {
        e.preventDefault();
        runCommand('search', engine, search);
      } else if (e.key === 'o' || e.key === 'O') {
        runCommand('outline', engine, search);
      } else if (e.key === '+' || e.key === '=') {
        runCommand('zoom-in', engine, search);
      } else if (e.key === '-' || e.key === '_') {
        runCommand('zoom-out', engine, search);
      } else if (e.key === '0') {
        runCommand('fit', engine, search);
      } else if ((e.key === 'f' || e.key === 'F') && s.selection) {
        if (s.focus?.node === s.selection) s.setFocus(null);
        else runCommand('focus', engine, search);
      }
    };
    // Mouse back/forward buttons (3 and 4) move through selections instead of leaving the page.
    const onMouseUp = (e: MouseEvent) => {
      if (e.button === 3) {
        e.preventDefault();
        useAtlas.getState().back();
      } else if (e.button === 4) {
        e.preventDefault();
        useAtlas.getState().forward();
      }
    };
    const swallow = (e: MouseEvent) => {
      if (e.button === 3 || e.button === 4) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mouseup', onMouseUp);
    window.addEventListener('mousedown', swallow);
    window.addEventListener('auxclick', swallow);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mouseup', onMouseUp);
      window.removeEventListener('mousedown', swallow);
      window.removeEventListener('auxclick', swallow);
    };
  }, [engine, search]);
}
