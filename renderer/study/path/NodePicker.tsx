import { useId, useState, type KeyboardEvent } from 'react';
import { NODE_KIND_INFO, type SearchHit } from '../../../graph-data';
import { useSearchHits } from '../../search/use-search';
import { useData } from '../../engine/use-engine';
import { KindIcon } from '../../panels/KindIcon';
import { useAtlas } from '../../state/store';
import type { PathEnd } from './path-store';

const MAX_SUGGESTIONS = 8;

interface NodePickerProps {
  /** The visible label and accessible name of the field ("From", "To"). */
  label: string;
  end: PathEnd;
  onChange(end: PathEnd): void;
}

/**
 * A node picker: an ARIA 1.2 combobox whose suggestions come from the search index as you type
 * (partial and misspelt names work), plus a button that takes the node selected on the graph.
 */
export function NodePicker({ label, end, onChange }: NodePickerProps) {
  const data = useData();
  const selection = useAtlas((s) => s.selection);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  // Suggestions only while the text is being typed; a chosen node shows its label and no list.
  const hits = useSearchHits(data, end.text, MAX_SUGGESTIONS, !end.id);
  const expanded = open && hits.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;

  const pick = (hit: SearchHit) => {
    onChange({ id: hit.id, text: hit.label });
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(0);
      } else {
        const delta = e.key === 'ArrowDown' ? 1 : -1;
        setActive((active + delta + hits.length) % hits.length);
      }
    } else if (e.key === 'Enter') {
      const hit = hits[Math.min(active, hits.length - 1)];
      if (hit) {
        e.preventDefault();
        pick(hit);
      }
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.stopPropagation();
        setOpen(false);
      }
    }
  };

  const unknown = !end.id && end.text.trim() !== '' && hits.length === 0;
  const selectedLabel = selection ? data.label(selection) : undefined;
  return (
    <div className="node-picker">
      <div className="node-picker-head">
        <label htmlFor={inputId} className="node-picker-label">
          {label}
        </label>
        <button
          type="button"
          className="link-button use-selected"
          aria-label={`Use selected node as ${label}`}
          title={selectedLabel ? `Use ${selectedLabel}` : 'Select a node on the graph first'}
          disabled={!selection || selection === end.id}
          onClick={() => selection && onChange({ id: selection, text: data.label(selection) })}
        >
          Use selected node
        </button>
      </div>
      <div className="node-picker-field">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? optionId(Math.min(active, hits.length - 1)) : undefined}
          aria-describedby={unknown ? hintId : undefined}
          aria-invalid={unknown || undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="Type a name…"
          value={end.text}
          onChange={(e) => {
            onChange({ id: null, text: e.target.value });
            setOpen(true);
            setActive(0);
          }}
          onFocus={(e) => e.target.select()}
          onBlur={() => {
            setOpen(false);
            // A name typed in full counts as chosen, without having to pick it from the list.
            const exact = hits.find((h) => h.label.toLowerCase() === end.text.trim().toLowerCase());
            if (exact) pick(exact);
          }}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={`${label} suggestions`}
          className="node-picker-list"
          hidden={!expanded}
        >
          {expanded &&
            hits.map((hit, i) => (
              <li
                key={hit.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                aria-label={`${hit.label}, ${NODE_KIND_INFO[hit.kind].label.toLowerCase()}`}
                className={i === active ? 'active' : undefined}
                // Keep focus in the field so the list does not close before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(hit)}
              >
                <KindIcon kind={hit.kind} />
                <span className="node-picker-name">{hit.label}</span>
                <span className="node-picker-kind">{NODE_KIND_INFO[hit.kind].label}</span>
              </li>
            ))}
        </ul>
      </div>
      {unknown && (
        <p id={hintId} className="node-picker-hint">
          No node is called “{end.text.trim()}”. Try part of a name, or select a node on the graph and press
          “Use selected node”.
        </p>
      )}
    </div>
  );
}
