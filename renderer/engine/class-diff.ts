import type { Core } from 'cytoscape';

/**
 * The classes each element of the one core carries, kept as layers and applied as id-keyed
 * diffs inside `cy.batch()`: the base (hidden, focus centre, study overlays), which changes with
 * filters, focus and overlays, what is lit (selection, hits, hover, matches) over it, and the
 * labels' level of detail (renderer/engine/label-layer.ts). Cytoscape spends some 15-20 µs on each
 * element whose classes change, so only elements whose resulting class string differs are touched:
 * a click restyles the few elements it lights and the few it stops lighting. Whether the rest is
 * dimmed is a flag, not a class: the veil (renderer/engine/veil.ts) draws it without restyling.
 */
export class CanvasClasses {
  private base = new Map<string, string>();
  private lit = new Map<string, string>();
  private dim = false;
  private labels = new Map<string, string>();
  private readonly applied = new Map<string, string>();

  /** Forgets everything (the elements were replaced). */
  reset(): void {
    this.base = new Map();
    this.lit = new Map();
    this.dim = false;
    this.labels = new Map();
    this.applied.clear();
  }

  /** Whether filters or focus hide an element now (the stylesheet's `.hidden`), without asking its style. */
  isHidden(id: string): boolean {
    return this.base.get(id) === 'hidden';
  }

  /** Whether an element is lit now (the selection, a hover, a study tool's emphasis...). */
  isLit(id: string): boolean {
    return this.lit.has(id);
  }

  /**
   * Whether an element carries nothing but a hidden label: no filter, overlay or light, so it
   * looks exactly as the stylesheet draws its kind, without its name.
   */
  isPlain(id: string): boolean {
    return this.applied.get(id) === 'label-hidden';
  }

  /** The elements lit now. */
  litIds(): Iterable<string> {
    return this.lit.keys();
  }

  /** Whether anything is lit now. */
  get lighting(): boolean {
    return this.lit.size > 0;
  }

  /** Whether what is not lit is dimmed now (under the veil). */
  get dimming(): boolean {
    return this.dim;
  }

  /** Whether an element is drawn dimmed now: shown, not lit, while the rest is dimmed. */
  isDimmed(id: string): boolean {
    return this.dim && !this.lit.has(id) && this.base.has(id) && !this.isHidden(id);
  }

  /**
   * Sets the label classes (`label-hidden`, `label-short`, or none) of the elements listed; the
   * others keep theirs. Only elements whose class string changes are touched; returns their ids.
   */
  setLabels(cy: Core, labels: Map<string, string>): string[] {
    const changed: string[] = [];
    for (const [id, cls] of labels) if ((this.labels.get(id) ?? '') !== cls) changed.push(id);
    for (const [id, cls] of labels) this.labels.set(id, cls);
    this.apply(cy, changed);
    return changed;
  }

  /**
   * Records that these elements were added carrying this label class and no other (a large graph's
   * `label-hidden`, given as they are created instead of one class change each).
   */
  bornWithLabels(ids: Iterable<string>, cls: string): void {
    for (const id of ids) {
      this.labels.set(id, cls);
      this.applied.set(id, cls);
    }
  }

  /** How many elements have been given a label class (all of them once the label layer has run). */
  labelCount(): number {
    return this.labels.size;
  }

  /** The elements whose label class draws their label (none, or `label-short`). */
  *namedIds(): Iterable<string> {
    for (const [id, cls] of this.labels) if (cls !== 'label-hidden') yield id;
  }

  /** Sets the base classes of every element. */
  setBase(cy: Core, base: Map<string, string>): void {
    this.base = base;
    this.apply(cy, base.keys());
  }

  /**
   * Lights these elements (id -> classes) over the base, dimming the rest when `dim`. Returns
   * whether dimming began or ended (the canvas must then be drawn again).
   */
  setLit(cy: Core, lit: Map<string, string> | null, dim: boolean): boolean {
    const next = lit ?? new Map<string, string>();
    const touched = new Set<string>(this.lit.keys());
    for (const id of next.keys()) touched.add(id);
    const dimChanged = dim !== this.dim;
    this.lit = next;
    this.dim = dim;
    this.apply(cy, touched);
    return dimChanged;
  }

  /** The class string an element should carry now. */
  private wanted(id: string): string {
    const base = this.base.get(id) ?? '';
    if (base === 'hidden') return base;
    const label = this.labels.get(id) ?? '';
    const lit = this.lit.get(id);
    if (lit !== undefined) return distinct(`${base} ${lit} lit ${label}`);
    return label ? distinct(`${base} ${label}`) : base;
  }

  private apply(cy: Core, ids: Iterable<string>): void {
    cy.batch(() => {
      for (const id of ids) {
        const wanted = this.wanted(id);
        if ((this.applied.get(id) ?? '') === wanted) continue;
        const ele = cy.getElementById(id);
        if (ele.empty()) continue;
        ele.classes(wanted);
        this.applied.set(id, wanted);
      }
    });
  }
}

/**
 * The classes once each. Cytoscape compares a new class list with the old by length and membership,
 * so "a a" over "a b" looks unchanged to it and the old class stays.
 */
function distinct(classes: string): string {
  return [...new Set(classes.split(' ').filter(Boolean))].join(' ');
}
