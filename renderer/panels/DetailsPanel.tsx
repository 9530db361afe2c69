import { memo, useLayoutEffect, useRef } from 'react';
import {
  HOSTING_LABELS,
  NODE_KIND_INFO,
  ORCHESTRATOR_LABELS,
  findInconsistencies,
  formatPrice,
  inconsistenciesOf,
  humaniseKey,
  type Citation,
  type GraphNode,
  type Inference,
} from '../../graph-data';
import { useData } from '../engine/use-engine';
import { graphView } from '../engine/graph-view';
import { useAfterPaint } from '../app/use-after-paint';
import { useAtlas } from '../state/store';
import { KindIcon } from './KindIcon';
import { Cite } from './Cite';
import { BookmarkButton } from '../study/saved/BookmarkButton';
import { CompareToggle } from '../study/compare/CompareToggle';
import '../import/open-notes.css';

/** Text as paragraphs; notes are data, never markup, so nothing here is parsed as HTML. */
function Paragraphs({ text }: { text: string }) {
  const paras = text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/\s+/g, ' ')
        // Markdown emphasis and code marks read as noise in plain text. Each pass is linear in the
        // text's length: a pattern that pairs marks up backtracks quadratically on long notes.
        .replace(/\*\*|__|`/g, '')
        .replace(/(^|\s)\*(?=\S)/g, '$1')
        .replace(/(\S)\*(?=\s|$)/g, '$1')
        .trim(),
    )
    .filter(Boolean);
  return (
    <>
      {paras.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

function Facets({ node }: { node: GraphNode }) {
  if (node.hosting.length === 0 && node.orchestrator.length === 0) return null;
  return (
    <section aria-labelledby="facets-heading">
      <h3 id="facets-heading">Runs where · orchestrator</h3>
      <ul className="chips">
        {node.hosting.map((h) => (
          <li key={h.value} className="chip" title={`${h.cite.section}`}>
            {HOSTING_LABELS[h.value]}
            {h.qualifier ? ` (${h.qualifier})` : ''}
          </li>
        ))}
        {node.orchestrator.map((o) => (
          <li key={o.value} className="chip chip-alt">
            {ORCHESTRATOR_LABELS[o.value]}
          </li>
        ))}
      </ul>
    </section>
  );
}

function FocusControls({ id }: { id: string }) {
  const focus = useAtlas((s) => s.focus);
  const setFocus = useAtlas((s) => s.setFocus);
  const focused = focus?.node === id;
  return (
    <div className="focus-controls">
      <button
        type="button"
        aria-pressed={focused}
        onClick={() => setFocus(focused ? null : { node: id, depth: focus?.depth ?? 1 })}
      >
        {focused ? 'Leave focus' : 'Focus'}
      </button>
    </div>
  );
}

/** Marks what a reader inferred from prose, with the rule and the words that made it, on hover and for screen readers. */
function InferredBadge({ inferred, cite }: { inferred: Inference; cite?: Citation }) {
  const where = cite?.file ? ` (${cite.file}${cite.line ? `:${cite.line}` : ''})` : '';
  const why = `Inferred by the rule “${inferred.rule}” from the words “${inferred.words}”${where}`;
  return (
    <span className="inferred-badge" title={why}>
      inferred<span className="visually-hidden">: {why}</span>
    </span>
  );
}

/**
 * Set when the user follows a relation from this panel: the link they used goes with the old node,
 * so the keyboard lands on the next node's heading instead of falling to the page.
 */
let followed = false;

/** Panels whose scroll position this module follows, and those of them scrolled away from the top. */
const watchedPanels = new WeakSet<Element>();
const scrolledPanels = new WeakSet<Element>();

/**
 * Whether `panel` is scrolled away from its top, as its scroll events last said: reading or setting
 * its scroll position right after a new node's details are rendered would force a layout of the page
 * within the click's frame (3 ms of each selection at 1,000 nodes).
 */
function scrolledAway(panel: Element): boolean {
  if (!watchedPanels.has(panel)) {
    watchedPanels.add(panel);
    const note = () => (panel.scrollTop > 0 ? scrolledPanels.add(panel) : scrolledPanels.delete(panel));
    panel.addEventListener('scroll', note, { passive: true });
    note();
  }
  return scrolledPanels.has(panel);
}

/** Everything about the selected node: facts with their sources, and relations to follow. */
export function DetailsPanel() {
  // The canvas lights a new selection at once; the panel (hundreds of DOM nodes) follows in the next
  // frame, so that each of the two is drawn within a frame. Only this wrapper renders in the first.
  const selection = useAfterPaint(useAtlas((s) => s.selection));
  return <NodeDetails selection={selection} />;
}

const NodeDetails = memo(function NodeDetails({ selection }: { selection: string | null }) {
  const select = useAtlas((s) => s.select);
  const data = useData();
  const view = selection ? data.view(selection) : undefined;
  const title = useRef<HTMLHeadingElement>(null);
  // A new node is read from its top, and one reached through a relation takes the keyboard focus.
  useLayoutEffect(() => {
    const heading = title.current;
    if (!heading) return;
    const panel = heading.closest('.side-tabpanel');
    if (panel && scrolledAway(panel)) panel.scrollTop = 0;
    if (followed) heading.focus({ preventScroll: true });
    followed = false;
  }, [view?.node.id]);
  // Under a facet filter, a node the notes are silent about says so rather than looking like a "no".
  const silence = useAtlas((s) =>
    selection
      ? graphView(s.data, s.filters, s.focus, s.hideInferred, s.keepOrphans).silent.get(selection)
      : undefined,
  );
  if (!view) {
    return (
      <section className="details empty" aria-label="Details">
        <h2>Details</h2>
        <p className="hint">
          Select a node on the graph, in the outline (press <kbd>O</kbd>) or from search (<kbd>/</kbd>) to see
          what it is, where each fact comes from, and everything it relates to.
        </p>
        <p className="hint">
          Hover a node to light up its neighbours. Double-click a node, or press <kbd>F</kbd>, to focus on its
          neighbourhood; <kbd>Esc</kbd> leaves focus.
        </p>
      </section>
    );
  }
  const { node } = view;
  const tensions = inconsistenciesOf(
    data.cached('inconsistencies', () => findInconsistencies(data.graph)),
    node.id,
  );
  const attributes = Object.entries(node.attributes);
  return (
    <section className="details" aria-label="Details" key={node.id}>
      <p className="kind-badge">
        <KindIcon kind={node.kind} />
        {NODE_KIND_INFO[node.kind].label}
        {node.origin === 'notes' && <span className="origin-badge">Your notes</span>}
        {node.placeholder && (
          <span
            className="origin-badge placeholder"
            title="Your notes link to this name, but no note defines it"
          >
            Linked, not written yet
          </span>
        )}
        {node.inferred && <InferredBadge inferred={node.inferred} />}
      </p>
      <h2 className="details-title" ref={title} tabIndex={-1}>
        {node.label}
      </h2>
      {node.aliases.length > 0 && <p className="aliases">Also: {node.aliases.join(', ')}</p>}
      <p className="summary">{node.summary}</p>
      {silence && (
        <p className="not-in-notes" role="note">
          {silence}
        </p>
      )}
      <div className="details-actions">
        <FocusControls id={node.id} />
        <BookmarkButton id={node.id} />
        <CompareToggle id={node.id} />
      </div>
      {node.description && (
        <section className="description" aria-label="Description">
          <Paragraphs text={node.description} />
        </section>
      )}
      {attributes.length > 0 && (
        <dl className="attributes" aria-label="Attributes">
          {attributes.map(([k, v]) => (
            <div key={k}>
              <dt>{humaniseKey(k)}</dt>
              <dd>{String(v)}</dd>
            </div>
          ))}
        </dl>
      )}
      <Facets node={node} />
      {node.price && (
        <section aria-labelledby="price-heading">
          <h3 id="price-heading">Price</h3>
          <p className="price">{formatPrice(node.price)}</p>
          {node.price.freeTier && <p className="hint">Free tier: {node.price.freeTier}</p>}
        </section>
      )}
      {view.factGroups.length > 0 && (
        <section aria-labelledby="facts-heading" className="facts">
          <h3 id="facts-heading">Facts</h3>
          {view.factGroups.map((g) => (
            <section key={g.category} aria-label={g.label} className="fact-group">
              <h4>{g.label}</h4>
              <ul>
                {g.facts.map((f, i) => (
                  <li key={i}>
                    {f.text}
                    {f.date && <span className="date"> ({f.date})</span>}
                    <Cite cite={f.cite} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
      {tensions.length > 0 && (
        <section aria-labelledby="tensions-heading" className="tensions">
          <h3 id="tensions-heading">Where the notes do not agree</h3>
          <ul>
            {tensions.map((t) => (
              <li key={t.id}>
                {t.sentence}
                {t.cites.map((c, i) => (
                  <Cite key={i} cite={c} />
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="relations-heading" className="relations">
        <h3 id="relations-heading">Relations</h3>
        {view.relationGroups.length === 0 && <p className="hint">No relations.</p>}
        {view.relationGroups.map((g) => (
          <section
            key={`${g.direction}:${g.kind}`}
            className="relation-group"
            aria-label={`${node.label} ${g.phrase}`}
          >
            <h4>
              <span className="subject">{node.label}</span> {g.phrase}
            </h4>
            <ul>
              {g.lines.map((line) => {
                const other = data.index.node.get(line.other);
                return (
                  <li key={line.edge.id}>
                    <button
                      type="button"
                      className="node-link"
                      onClick={() => {
                        followed = true;
                        select(line.other);
                      }}
                    >
                      {other && <KindIcon kind={other.kind} />}
                      {data.label(line.other)}
                    </button>
                    {line.edge.qualifier && <span className="qualifier"> ({line.edge.qualifier})</span>}
                    {line.edge.inferred && (
                      <InferredBadge inferred={line.edge.inferred} cite={line.edge.cite} />
                    )}
                    {line.edge.cite.line !== undefined && (
                      <Cite cite={line.edge.cite} className="cite relation-cite" />
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>
      <p className="source">
        Defined in <code>{node.file}</code>; from <Cite cite={node.cite} />
      </p>
    </section>
  );
});
