import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';
import { ExportPage } from './pages/export-page';

const FILE_NAME = (ext: string) => new RegExp(`^service-atlas-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`);

/** Elements named `name` anywhere below `node` in fast-xml-parser's preserveOrder output. */
type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };
function findAll(nodes: Ordered[], name: string, out: Ordered[] = []): Ordered[] {
  for (const n of nodes) {
    for (const [key, value] of Object.entries(n)) {
      if (key === ':@') continue;
      if (key === name) out.push(n);
      if (Array.isArray(value)) findAll(value as Ordered[], name, out);
    }
  }
  return out;
}
/** The text inside an element (its tspans joined by spaces, as they are wrapped lines). */
function textOf(n: Ordered): string {
  const parts: string[] = [];
  const walk = (nodes: Ordered[]) => {
    for (const child of nodes) {
      if (typeof child['#text'] === 'string' || typeof child['#text'] === 'number')
        parts.push(String(child['#text']));
      for (const [key, value] of Object.entries(child))
        if (key !== ':@' && Array.isArray(value)) walk(value as Ordered[]);
    }
  };
  for (const [key, value] of Object.entries(n))
    if (key !== ':@' && Array.isArray(value)) walk(value as Ordered[]);
  return parts.join(' ');
}

test.describe('study: export', () => {
  test('the PNG picture decodes, at twice the size of the visible graph, on the theme background', async ({
    page,
  }) => {
    const app = new ExportPage(page);
    await app.open();
    const bounds = await app.visibleBounds();
    const download = await app.exportWith('Picture (PNG)');
    expect(download.suggestedFilename()).toMatch(FILE_NAME('png'));
    // Checked at once: the notice leaves by itself a few seconds later.
    await expect(app.notices).toContainText(`Downloaded ${download.suggestedFilename()}.`);
    const png = PNG.sync.read(await app.bytes(download));
    expect(Math.abs(png.width - bounds.w * 2)).toBeLessThan(6);
    expect(Math.abs(png.height - bounds.h * 2)).toBeLessThan(6);
    // The light theme's background (#f7f8fa) in a corner; and something drawn in the middle.
    expect([...png.data.subarray(0, 4)]).toEqual([0xf7, 0xf8, 0xfa, 0xff]);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(10);
  });

  test('the SVG picture is well-formed XML with one label per visible node', async ({ page }) => {
    const app = new ExportPage(page);
    await app.open('#focus=eks&depth=1');
    const labels = await app.visibleLabels();
    const all = await page.evaluate(
      () => (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length,
    );
    expect(labels.length).toBeLessThan(all);

    const download = await app.exportWith('Picture (SVG)');
    expect(download.suggestedFilename()).toMatch(FILE_NAME('svg'));
    const svg = await app.text(download);
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      preserveOrder: true,
      attributeNamePrefix: '',
    }).parse(svg) as Ordered[];
    const root = findAll(doc, 'svg')[0]!;
    expect(root[':@']?.xmlns).toBe('http://www.w3.org/2000/svg');
    const viewBox = (root[':@']?.viewBox ?? '').split(' ').map(Number);
    expect(viewBox).toHaveLength(4);
    expect(viewBox[2]).toBeGreaterThan(0);
    expect(viewBox[3]).toBeGreaterThan(0);
    const texts = findAll(doc, 'text').filter((t) => t[':@']?.class === 'node-label');
    expect(texts.map(textOf).sort()).toEqual(labels);
    // Every visible relation is drawn, each with its arrowhead.
    const edges = findAll(doc, 'g').filter((g) => g[':@']?.class === 'edge');
    const visibleEdges = await page.evaluate(
      () =>
        (window as unknown as { cy: { edges(s: string): { length: number } } }).cy.edges(':visible').length,
    );
    expect(edges).toHaveLength(visibleEdges);
    expect(findAll(edges, 'polygon')).toHaveLength(visibleEdges);
  });

  test('JSON holds exactly the visible nodes and the relations between them', async ({ page }) => {
    const app = new ExportPage(page);
    await app.open();
    await app.button('Show only Services').click();
    await app.filter('Legend · node kinds', /Compute options/).check();
    const visible = await app.visibleNodes();
    expect(visible.length).toBeGreaterThan(2);

    const download = await app.exportWith('Visible graph (JSON)');
    expect(download.suggestedFilename()).toMatch(FILE_NAME('json'));
    const data = JSON.parse(await app.text(download)) as {
      nodes: { id: string; label: string; kind: string }[];
      edges: { source: string; target: string }[];
    };
    expect(data.nodes.map((n) => n.id).sort()).toEqual(visible);
    expect(new Set(data.nodes.map((n) => n.kind))).toEqual(new Set(['service', 'compute-option']));
    expect(data.edges.length).toBeGreaterThan(0);
    for (const e of data.edges) {
      expect(visible).toContain(e.source);
      expect(visible).toContain(e.target);
    }
  });

  test('GraphML is valid XML in the GraphML namespace with the visible nodes', async ({ page }) => {
    const app = new ExportPage(page);
    await app.open('#focus=ecs-anywhere&depth=1');
    const visible = await app.visibleNodes();

    const download = await app.exportWith('Visible graph (GraphML)');
    expect(download.suggestedFilename()).toMatch(FILE_NAME('graphml'));
    const xml = await app.text(download);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (n) => n === 'node' || n === 'edge',
    }).parse(xml) as {
      graphml: {
        xmlns: string;
        graph: { edgedefault: string; node: { id: string }[]; edge?: { source: string; target: string }[] };
      };
    };
    expect(doc.graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(doc.graphml.graph.edgedefault).toBe('directed');
    expect(doc.graphml.graph.node.map((n) => n.id).sort()).toEqual(visible);
    for (const e of doc.graphml.graph.edge ?? []) expect(visible).toContain(e.target);
  });

  test('GEXF for Gephi holds the visible nodes, and every relation kind as an edge kind', async ({
    page,
  }) => {
    const app = new ExportPage(page);
    await app.open('#node=eks&focus=eks&depth=1');
    const visible = await app.visibleNodes();
    const download = await app.exportWith('Visible graph (GEXF)');
    expect(download.suggestedFilename()).toMatch(FILE_NAME('gexf'));
    const xml = await app.text(download);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ preserveOrder: true, ignoreAttributes: false }).parse(xml) as Ordered[];
    const ids = findAll(doc, 'node').map((n) => n[':@']?.['@_id']);
    expect(ids.sort()).toEqual(visible);
    const kinds = findAll(doc, 'edge').map((e) => e[':@']?.['@_kind']);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => typeof k === 'string' && k.length > 0)).toBe(true);
  });

  test('the Export menu works from the keyboard alone, and Esc closes only the menu', async ({ page }) => {
    const app = new ExportPage(page);
    await app.open('#node=eks&focus=eks&depth=1');
    await expect(app.exportButton).toHaveAttribute('aria-haspopup', 'menu');
    await expect(app.exportButton).toHaveAttribute('aria-expanded', 'false');

    await app.exportButton.focus();
    await page.keyboard.press('Enter');
    await expect(app.menu).toBeVisible();
    await expect(app.exportButton).toHaveAttribute('aria-expanded', 'true');
    await expect(app.focusedItem).toHaveText('Picture (PNG)');
    await page.keyboard.press('ArrowDown');
    await expect(app.focusedItem).toHaveText('Picture (SVG)');
    await page.keyboard.press('End');
    await expect(app.focusedItem).toHaveText('Visible graph (CSV for Kumu)');
    await page.keyboard.press('ArrowDown');
    await expect(app.focusedItem).toHaveText('Picture (PNG)');
    await page.keyboard.press('ArrowUp');
    await expect(app.focusedItem).toHaveText('Visible graph (CSV for Kumu)');
    await page.keyboard.press('Home');
    await expect(app.focusedItem).toHaveText('Picture (PNG)');
    await page.keyboard.press('v');
    await expect(app.focusedItem).toHaveText('Visible graph (JSON)');

    // Esc closes the menu and returns focus, without also leaving the graph's focus mode.
    await page.keyboard.press('Escape');
    await expect(app.menu).toHaveCount(0);
    await expect(app.exportButton).toBeFocused();
    await expect(app.exportButton).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('region', { name: 'Focus' })).toBeVisible();

    // ↑ opens on the last item; Enter chooses it: Kumu's two sheets, elements first.
    await page.keyboard.press('ArrowUp');
    await expect(app.focusedItem).toHaveText('Visible graph (CSV for Kumu)');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe('elements.csv');
    await expect(app.notices).toContainText('Downloaded elements.csv and connections.csv.');
    await expect(app.menu).toHaveCount(0);
    await expect(app.exportButton).toBeFocused();
  });
});
