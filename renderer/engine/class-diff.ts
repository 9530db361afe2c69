import type { Core } from 'cytoscape';

/**
 * The classes each element of the one core carries, kept as two layers and applied as id-keyed
 * diffs inside `cy.batch()`: the base (hidden, focus centre, study overlays), which changes with
 * filters, focus and overlays, and what is lit (selection, hits, hover, matches) over it, with the
 * rest dimmed or not. Cytoscape spends some 15-20 µs on each element whose classes change, so only
 * elements whose resulting class string differs are touched: a click without dimming restyles the
 * few elements it lights and the few it stops lighting.
 */
export class CanvasClasses {
  private base = new Map<string, string>();
  private lit = new Map<string, string>();
  private dim = false;
  private readonly applied = new Map<string, string>();

  /** Forgets everything (the elements were replaced). */
  reset(): void {
    this.base = new Map();
    this.lit = new Map();
    this.dim = false;
    this.applied.clear();
  }

  /** Sets the base classes of every element. */
  setBase(cy: Core, base: Map<string, string>): void {
    this.base = base;
    this.apply(cy, base.keys());
  }

  /** Lights these elements (id -> classes) over the base, dimming the rest when `dim`. */
  setLit(cy: Core, lit: Map<string, string> | null, dim: boolean): void {
    const next = lit ?? new Map<string, string>();
    const touched = new Set<string>(this.lit.keys());
    for (const id of next.keys()) touched.add(id);
    const all = dim !== this.dim;
    this.lit = next;
    this.dim = dim;
    this.apply(cy, all ? this.base.keys() : touched);
  }

  /** The class string an element should carry now. */
  private wanted(id: string): string {
    const base = this.base.get(id) ?? '';
    if (base === 'hidden') return base;
    const lit = this.lit.get(id);
    if (lit !== undefined) return distinct(`${base} ${lit} lit`);
    return this.dim ? distinct(`${base} dim`) : base;
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
