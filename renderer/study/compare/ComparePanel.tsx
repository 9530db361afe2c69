/** The Compare tool (being built). */
export function ComparePanel() {
  return (
    <section className="study-panel" aria-label="Compare">
      <h2>Compare</h2>
    </section>
  );
}
