import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { builtInBase } from '../engine/built-in-graph';
import { useEngine } from '../engine/use-engine';
import { getAtlasApi } from '../api';
import { closeDesktopNotes, openDesktopNotes } from './desktop-notes';
import { coolReaders, useImport, warmReaders } from './import-store';
import {
  fromDataTransfer,
  fromFileList,
  pickedNoteCount,
  readPickedFiles,
  type PickedFolder,
} from './picked-files';
import './open-notes.css';

/** A progress bar appears only for imports that take longer than this. */
const PROGRESS_DELAY_MS = 500;

/** Reads a picked or dropped folder and imports it, alone or merged with the built-in graph. */
export function useDropNotes() {
  const engine = useEngine();
  const openFolder = useOpenFolder();
  return async (transfer: DataTransfer, merge: boolean) => {
    // The desktop app opens a dropped folder by its path, so main can watch it.
    const api = getAtlasApi();
    const file = transfer.files[0];
    const path = file && api.platform === 'electron' ? api.pathForDroppedFile(file) : null;
    if (path) await openDesktopNotes(engine, { path, merge });
    else await openFolder(await fromDataTransfer(transfer.items), merge);
  };
}

/** Reads a picked or dropped folder and imports it, alone or merged with the built-in graph. */
export function useOpenFolder() {
  const engine = useEngine();
  return async (folder: PickedFolder, merge: boolean) => {
    // The reading workers start while the files are still being handed over, and each part of the
    // notes goes to its worker as soon as it is read.
    const count = pickedNoteCount(folder);
    warmReaders(count);
    try {
      await useImport.getState().start(engine, {
        name: folder.name,
        files: { count, read: (onSettled, signal) => readPickedFiles(folder, onSettled, signal) },
        readProblems: [],
        vault: folder.vault,
        base: builtInBase(merge),
      });
    } finally {
      coolReaders();
    }
  };
}

function Problems() {
  const problems = useImport((s) => s.problems);
  if (problems.length === 0) return null;
  const byFile = new Map<string, typeof problems>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return (
    <section className="import-problems" aria-label="Problems in the notes">
      <h3>
        {problems.length} problem{problems.length === 1 ? '' : 's'} in {byFile.size} file
        {byFile.size === 1 ? '' : 's'}
      </h3>
      <p className="hint">The files that were fine were read all the same.</p>
      <ul>
        {[...byFile].map(([file, list]) => (
          <li key={file}>
            <code>{file}</code>
            <ul>
              {list.map((p, i) => (
                <li key={i} className={p.severity === 'error' ? 'problem-error' : 'problem-warning'}>
                  <span className="problem-where">{p.line ? `line ${p.line}` : 'file'}</span> {p.message}.
                  {p.fix && <span className="problem-fix"> Fix: {p.fix}.</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Summary() {
  const stats = useImport((s) => s.stats);
  const workspace = useImport((s) => s.workspace);
  const phase = useImport((s) => s.phase);
  if (!stats || phase !== 'done' || workspace.kind !== 'notes') return null;
  const n = (count: number) => count.toLocaleString('en');
  return (
    <p className="import-summary" role="status">
      Read {n(stats.files)} file{stats.files === 1 ? '' : 's'} from “{workspace.name}”: {n(stats.nodes)} nodes
      and {n(stats.relations)} relations ({n(stats.statedRelations)} stated, {n(stats.inferredRelations)}{' '}
      inferred
      {stats.placeholders ? `, ${n(stats.placeholders)} linked notes that do not exist yet` : ''})
      {workspace.merged ? ', joined with the built-in graph' : ''}.
    </p>
  );
}

/** The Open notes dialog: choose or drop a folder, alone or with the built-in graph; progress, problems. */
export function OpenNotesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const graphFile = useRef<HTMLInputElement>(null);
  const [merge, setMerge] = useState(false);
  const [showProgress, setShowProgress] = useState(false);
  const [over, setOver] = useState(false);
  const engine = useEngine();
  const openFolder = useOpenFolder();
  const dropNotes = useDropNotes();
  const phase = useImport((s) => s.phase);
  const progress = useImport((s) => s.progress);
  const message = useImport((s) => s.message);
  const workspace = useImport((s) => s.workspace);
  const titleId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  useEffect(() => {
    if (phase !== 'importing') return;
    const t = setTimeout(() => setShowProgress(true), PROGRESS_DELAY_MS);
    return () => {
      clearTimeout(t);
      setShowProgress(false);
    };
  }, [phase]);

  // webkitdirectory is not in React's types; set it on the element itself.
  useEffect(() => {
    input.current?.setAttribute('webkitdirectory', '');
  }, []);

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    await dropNotes(e.dataTransfer, merge);
  };

  return (
    <dialog ref={dialog} className="open-notes" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Open your notes</h2>
      <p>
        A folder of Markdown or text notes, written with headings and <code>- **Key**: value</code> bullets
        like the built-in ones, or an Obsidian vault. Every node and relation says which file and line it came
        from; relations read from prose are marked <em>inferred</em>.
      </p>
      <fieldset className="merge-choice">
        <legend>Show</legend>
        <label>
          <input type="radio" name="merge" checked={!merge} onChange={() => setMerge(false)} /> My notes alone
        </label>
        <label>
          <input type="radio" name="merge" checked={merge} onChange={() => setMerge(true)} /> My notes with
          the built-in graph (nodes my notes name join the built-in ones)
        </label>
      </fieldset>
      <div
        className={over ? 'drop-zone over' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => void onDrop(e)}
      >
        <button
          type="button"
          className="primary"
          onClick={() =>
            getAtlasApi().platform === 'electron'
              ? void openDesktopNotes(engine, { merge })
              : input.current?.click()
          }
          disabled={phase === 'importing'}
        >
          Choose a folder…
        </button>
        <span className="hint"> or drop a folder here</span>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="Notes folder"
          data-testid="notes-folder-input"
          onChange={(e) => {
            const list = e.currentTarget.files;
            if (list && list.length) void openFolder(fromFileList(list), merge);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <p className="graph-file">
        <button type="button" onClick={() => graphFile.current?.click()} disabled={phase === 'importing'}>
          Open a graph file…
        </button>{' '}
        <span className="hint">
          an export of Service Atlas, Gephi or Cytoscape (.json, .cyjs, .graphml, .gexf), with its positions
        </span>
        <input
          ref={graphFile}
          type="file"
          hidden
          accept=".json,.cyjs,.graphml,.gexf"
          aria-label="Graph file"
          data-testid="graph-file-input"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) useImport.getState().openGraphFile(engine, file.name, await file.text());
          }}
        />
      </p>
      {phase === 'importing' && showProgress && progress && (
        <div className="import-progress">
          <progress aria-label="Reading notes" max={Math.max(1, progress.total)} value={progress.done} />
          <span>
            Reading {progress.notes.toLocaleString('en')} notes:{' '}
            {Math.min(100, Math.floor((100 * progress.done) / Math.max(1, progress.total)))}%
          </span>
          <button type="button" onClick={() => useImport.getState().cancel()}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p className="import-message" role="alert">
          {message}
        </p>
      )}
      <Summary />
      <Problems />
      <div className="dialog-actions">
        {workspace.kind === 'notes' && (
          <button type="button" onClick={() => void closeDesktopNotes(engine)}>
            Back to the built-in graph
          </button>
        )}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
