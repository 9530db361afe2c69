import { createContext, useContext } from 'react';
import type { Core } from 'cytoscape';

/** The Cytoscape core, once the canvas has mounted; null before. */
export const CyContext = createContext<Core | null>(null);

/** The Cytoscape core for imperative view commands (fit, zoom); never for state. */
export function useCy(): Core | null {
  return useContext(CyContext);
}
