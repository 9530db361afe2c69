import { useId, useRef, useState, type FormEvent } from 'react';
import type { SavedView } from '../../../contract/user-data';
import { useEngine } from '../../engine/use-engine';
import { useAtlas } from '../../state/store';
import { putView, viewNamed } from './saved-data';
import { captureView } from './views';

const MAX_NAME = 200;

/**
 * Names and saves the current view. A name is required; a name that is already taken asks before
 * replacing that view (which keeps its place in the list).
 */
export function SaveViewForm({ onSaved }: { onSaved: (message: string) => void }) {
  const engine = useEngine();
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [replacing, setReplacing] = useState<SavedView | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const save = (existing: SavedView | null) => {
    const view = captureView(engine, useAtlas.getState(), name, existing?.id);
    putView(view);
    setName('');
    setReplacing(null);
    onSaved(existing ? `Replaced the view “${view.name}”.` : `Saved the view “${view.name}”.`);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Give the view a name first, such as “HIPAA on-premises”.');
      input.current?.focus();
      return;
    }
    const existing = viewNamed(trimmed);
    if (existing) {
      setReplacing(existing);
      return;
    }
    save(null);
  };

  return (
    <form className="save-view" aria-label="Save current view" noValidate onSubmit={onSubmit}>
      <label htmlFor={`${id}-name`}>View name</label>
      <div className="save-view-row">
        <input
          ref={input}
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={MAX_NAME}
          required
          autoComplete="off"
          placeholder="e.g. HIPAA study"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            if (error) setError('');
            if (replacing) setReplacing(null);
          }}
        />
        <button type="submit">Save current view</button>
      </div>
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
      {replacing && (
        <div className="confirm-replace" role="alert">
          <p>
            A view named “{replacing.name}” already exists. Replace it with the current view, or choose
            another name.
          </p>
          <div className="confirm-actions">
            {/* Focus moves to the question's answer, so that the keyboard user is asked first. */}
            <button type="button" className="danger" autoFocus onClick={() => save(replacing)}>
              Replace “{replacing.name}”
            </button>
            <button
              type="button"
              onClick={() => {
                setReplacing(null);
                input.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
