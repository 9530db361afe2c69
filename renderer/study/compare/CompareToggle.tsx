/** Adds a service to the comparison (being built). */
export function CompareToggle(_props: { id: string }) {
  return null;
}
