import type { Core } from 'cytoscape';

/** Closer than this, every edge shows its verb and the graph turns to text; path edges show theirs anyway. */
const MAX_FIT_ZOOM = 1.05;

/**
 * Animates the canvas to show the given nodes and edges (those visible), centred, without zooming in
 * further than {@link MAX_FIT_ZOOM}. Does nothing when none of them is visible.
 */
export function showElements(cy: Core, ids: readonly string[], padding = 60, animate = true): void {
  let eles = cy.collection();
  for (const id of ids) eles = eles.union(cy.getElementById(id));
  eles = eles.filter(':visible');
  if (eles.empty()) return;
  const box = eles.boundingBox();
  const width = cy.width();
  const height = cy.height();
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(
      MAX_FIT_ZOOM,
      (width - 2 * padding) / Math.max(box.w, 1),
      (height - 2 * padding) / Math.max(box.h, 1),
    ),
  );
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const pan = { x: width / 2 - zoom * centre.x, y: height / 2 - zoom * centre.y };
  cy.stop(true);
  if (animate) cy.animate({ zoom, pan }, { duration: 250 });
  else cy.viewport({ zoom, pan });
}
