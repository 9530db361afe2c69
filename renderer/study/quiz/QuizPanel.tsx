/** The Quiz tool (being built). */
export function QuizPanel() {
  return (
    <section className="study-panel" aria-label="Quiz">
      <h2>Quiz</h2>
    </section>
  );
}
