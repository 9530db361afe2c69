/** The Cost tool (being built). */
export function CostPanel() {
  return (
    <section className="study-panel" aria-label="Cost">
      <h2>Cost</h2>
    </section>
  );
}
