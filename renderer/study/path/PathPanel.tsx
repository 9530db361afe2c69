/** The Path tool (being built). */
export function PathPanel() {
  return (
    <section className="study-panel" aria-label="Path">
      <h2>Path</h2>
    </section>
  );
}
