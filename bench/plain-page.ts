import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Graph } from '../graph-data';

/*
 * The peer every UI figure is printed beside: a bare page holding one plain Cytoscape core,
 * `cytoscape({ container, elements })` with Cytoscape's default options and style plus four classes
 * (lit, dim, hidden, hit), doing the same work as the app: select a node and light its
 * neighbourhood, hover (light the neighbourhood, dim the rest), hide a kind of node, search with a
 * plain lunr index and mark the hits. Served from the same server as the app, so the same CSP applies.
 */

const REPO = join(import.meta.dirname, '..');
export const PLAIN_PATH = '/bench-plain/index.html';

/** Writes the bare page, with Cytoscape's and lunr's own browser builds, into the served folder. */
export function writePlainPage(outDir: string): void {
  const dir = join(outDir, 'bench-plain');
  mkdirSync(dir, { recursive: true });
  copyFileSync(
    join(REPO, 'node_modules', 'cytoscape', 'dist', 'cytoscape.min.js'),
    join(dir, 'cytoscape.min.js'),
  );
  copyFileSync(join(REPO, 'node_modules', 'lunr', 'lunr.min.js'), join(dir, 'lunr.min.js'));
  writeFileSync(
    join(dir, 'plain.css'),
    'html,body{margin:0;height:100%}#cy{position:absolute;inset:0 0 0 0}\n',
  );
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>plain Cytoscape</title>' +
      '<link rel="stylesheet" href="plain.css"><script src="cytoscape.min.js"></script>' +
      '<script src="lunr.min.js"></script></head><body><div id="cy"></div>' +
      '<input type="search" aria-label="Search"><ul id="hits"></ul></body></html>\n',
  );
}

/** Elements for the plain core: id, label and kind, at the given positions (the app's, so both draw the same picture). */
export function plainElements(graph: Graph, positions: Record<string, { x: number; y: number }>): object[] {
  return [
    ...graph.nodes.map((n) => ({
      data: { id: n.id, label: n.label, kind: n.kind },
      position: positions[n.id] ?? { x: 0, y: 0 },
    })),
    ...graph.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
  ];
}

/** Search documents for the plain lunr index: what a user reads of each node. */
export function plainDocs(graph: Graph): { id: string; label: string; text: string }[] {
  return graph.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    text: [n.summary, ...n.aliases, ...n.facts.map((f) => f.text)].join(' '),
  }));
}

/** What `installPlain` puts on `window.__plain`. */
export interface Plain {
  /** Creates the core from `window.__elements` (then dropped), preset positions. */
  open(webgl: boolean): void;
  destroy(): void;
  select(id: string): void;
  hover(id: string | null): void;
  toggleKind(kind: string): void;
  /** Builds the lunr index from `window.__docs` (then dropped). */
  index(): void;
  search(query: string): void;
}

/** Installs window.__plain in the bare page (self-contained: it runs in the browser). */
export async function installPlain(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate(() => {
    type Cy = import('cytoscape').Core;
    type W = Window & {
      cy?: Cy;
      cytoscape: (o: object) => Cy;
      lunr: typeof import('lunr');
      __elements?: object[];
      __docs?: { id: string; label: string; text: string }[];
      __plain: Plain;
    };
    const w = window as unknown as W;
    let selected: import('cytoscape').CollectionReturnValue | null = null;
    let hovered: import('cytoscape').CollectionReturnValue | null = null;
    let hidden = false;
    let hits: import('cytoscape').CollectionReturnValue | null = null;
    let idx: import('lunr').Index | null = null;
    const labels = new Map<string, string>();
    const list = document.getElementById('hits')!;
    w.__plain = {
      open(webgl) {
        w.cy = w.cytoscape({
          container: document.getElementById('cy'),
          elements: w.__elements,
          layout: { name: 'preset' },
          ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
          style: [
            { selector: '.lit', style: { 'background-color': '#e8590c', 'line-color': '#e8590c' } },
            { selector: '.dim', style: { opacity: 0.15 } },
            { selector: '.hidden', style: { display: 'none' } },
            { selector: '.hit', style: { 'border-width': 3, 'border-color': '#1971c2' } },
          ],
        });
        delete w.__elements;
      },
      destroy() {
        w.cy?.destroy();
        delete w.cy;
        selected = hovered = hits = null;
        hidden = false;
      },
      select(id) {
        const cy = w.cy!;
        cy.batch(() => {
          selected?.removeClass('lit');
          cy.$(':selected').unselect();
          const node = cy.getElementById(id);
          node.select();
          selected = node.closedNeighborhood();
          selected.addClass('lit');
        });
      },
      hover(id) {
        const cy = w.cy!;
        cy.batch(() => {
          if (hovered) {
            hovered.removeClass('lit');
            cy.elements().removeClass('dim');
            hovered = null;
          }
          if (id) {
            hovered = cy.getElementById(id).closedNeighborhood();
            cy.elements().not(hovered).addClass('dim');
            hovered.addClass('lit');
          }
        });
      },
      toggleKind(kind) {
        const cy = w.cy!;
        hidden = !hidden;
        cy.batch(() => {
          const nodes = cy.nodes(`[kind = "${kind}"]`);
          if (hidden) nodes.addClass('hidden');
          else nodes.removeClass('hidden');
        });
      },
      index() {
        const docs = w.__docs!;
        delete w.__docs;
        for (const d of docs) labels.set(d.id, d.label);
        idx = w.lunr(function () {
          this.ref('id');
          this.field('label', { boost: 5 });
          this.field('text');
          for (const d of docs) this.add(d);
        });
      },
      search(query) {
        const cy = w.cy!;
        const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
        const found = idx!.query((q) => {
          for (const t of terms) {
            q.term(t, { boost: 10 });
            q.term(t, { boost: 2, wildcard: w.lunr.Query.wildcard.TRAILING });
            if (t.length > 3) q.term(t, { boost: 1, editDistance: 1 });
          }
        });
        const top = found.slice(0, 20);
        cy.batch(() => {
          hits?.removeClass('hit');
          hits = cy.collection();
          for (const h of top) hits = hits.union(cy.getElementById(h.ref));
          hits.addClass('hit');
        });
        list.replaceChildren(
          ...top.map((h) => {
            const li = document.createElement('li');
            li.textContent = labels.get(h.ref) ?? h.ref;
            return li;
          }),
        );
      },
    };
    const input = document.querySelector('input')!;
    input.addEventListener('input', () => w.__plain.search(input.value));
  });
}
