/** The Saved tool (being built). */
export function SavedPanel() {
  return (
    <section className="study-panel" aria-label="Saved">
      <h2>Saved</h2>
    </section>
  );
}
