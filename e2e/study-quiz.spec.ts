import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { allQuestions, QuizPage, rightLabel } from './pages/quiz-page';

test.describe('study tools: the quiz with spaced repetition', () => {
  test('a round: a right answer, a wrong one, the summary, and progress that survives a reload', async ({
    page,
  }) => {
    const quiz = new QuizPage(page);
    await quiz.open();
    const total = allQuestions().length;
    await expect(quiz.count('New')).toHaveText(String(total));
    await expect(quiz.count('Learning')).toHaveText('0');
    await expect(quiz.count('Known')).toHaveText('0');
    await expect(quiz.count('Due now')).toHaveText('0');
    await expect(quiz.panel).toContainText('SM-2 (SuperMemo 2) spaced repetition');

    await quiz.start();
    await expect(quiz.progressLine).toHaveText('Question 1 of 10');

    // A right answer: the verdict, the fact with its source, and the fact's nodes marked on the graph.
    const first = await quiz.current();
    await quiz.answer(rightLabel(first));
    await expect(quiz.verdict).toHaveText('Correct.');
    await expect(quiz.card).toContainText(first.explanation);
    await expect(quiz.card.locator('cite')).toContainText(`› ${first.cite.section}`);
    await expect.poll(() => quiz.nodesWithClass('path-node')).toEqual([...new Set(first.subjects)].sort());
    await expect(quiz.options.first()).toBeDisabled();

    await quiz.button('Next question').click();
    await expect(quiz.progressLine).toHaveText('Question 2 of 10');
    await expect.poll(() => quiz.nodesWithClass('path-node')).toEqual([]);

    // A wrong answer: told kindly, with the right one named and marked.
    const second = await quiz.current();
    expect(second.id).not.toBe(first.id);
    const wrong = second.options.find((o) => o.id !== second.answer)!.label;
    await quiz.answer(wrong);
    await expect(quiz.verdict).toHaveText(`Not quite. The answer is ${rightLabel(second)}.`);
    await expect(quiz.card.getByText('✓ right answer')).toHaveCount(1);
    await expect(quiz.card.locator('label', { hasText: '✗ your answer' })).toContainText(wrong);

    await quiz.button('End session').click();
    await expect(quiz.result('Answered')).toHaveText('2');
    await expect(quiz.result('Correct')).toHaveText('1');
    await expect(quiz.result('Accuracy')).toHaveText('50 %');
    const byKind = quiz.panel.getByRole('table', { name: 'By kind of question' });
    await expect(byKind.getByRole('row')).toHaveCount(first.kind === second.kind ? 2 : 3);
    await expect(quiz.panel.getByRole('listitem').filter({ hasText: second.explanation })).toBeVisible();
    await expect(quiz.panel).toContainText('Nothing is due for review now. The next review is due tomorrow');

    // Both answered questions are now being learned, due tomorrow, and that is saved.
    await quiz.button('Back to the start').click();
    await expect(quiz.count('New')).toHaveText(String(total - 2));
    await expect(quiz.count('Learning')).toHaveText('2');
    await expect(quiz.count('Due now')).toHaveText('0');
    await quiz.open(); // a fresh page load

    await expect(quiz.count('New')).toHaveText(String(total - 2));
    await expect(quiz.count('Learning')).toHaveText('2');

    // The next session asks new questions, not the two just answered.
    await quiz.start();
    const next = await quiz.current();
    expect([first.id, second.id]).not.toContain(next.id);
  });

  test('colours the graph by mastery, with a legend, until turned off', async ({ page }) => {
    const quiz = new QuizPage(page);
    await quiz.open();
    expect(await quiz.masteryClasses()).toEqual({});

    await quiz.masteryToggle.check();
    await expect(quiz.legend).toBeVisible();
    await expect(quiz.legend.getByRole('listitem')).toHaveText([
      /^New\d+ nodes$/,
      /^Learning0 nodes$/,
      /^Known0 nodes$/,
      /^Due0 nodes$/,
    ]);
    const before = await quiz.masteryClasses();
    expect(Object.keys(before)).toEqual(['mastery-new']);
    expect(before['mastery-new']).toBeGreaterThan(10);

    // Answering a question moves the nodes it is about from new to learning.
    await quiz.start();
    const q = await quiz.current();
    await quiz.answer(rightLabel(q));
    await expect.poll(() => quiz.nodesWithClass('mastery-learning')).toEqual([...new Set(q.subjects)].sort());
    await expect(quiz.legend.getByRole('listitem').nth(1)).toHaveText(
      new RegExp(`^Learning${new Set(q.subjects).size} nodes?$`),
    );

    // The colours stay while the toggle is on, whichever tab is open; turning it off removes them.
    await page.getByRole('tab', { name: 'Details' }).click();
    expect((await quiz.masteryClasses())['mastery-learning']).toBe(new Set(q.subjects).size);
    await page.getByRole('tab', { name: 'Quiz' }).click();
    await expect(quiz.progressLine).toHaveText('Question 1 of 10');
    await quiz.masteryToggle.uncheck();
    await expect(quiz.legend).toBeHidden();
    await expect.poll(() => quiz.masteryClasses()).toEqual({});
  });

  test('answers by keyboard: arrows choose, Enter checks, Enter moves on', async ({ page }) => {
    const quiz = new QuizPage(page);
    await quiz.open();
    await quiz.start();
    await expect(quiz.options.first()).toBeFocused();
    await expect(quiz.button('Check answer')).toBeDisabled();
    await page.keyboard.press('ArrowDown');
    await expect(quiz.options.nth(1)).toBeChecked();
    await expect(quiz.options.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(quiz.verdict).toHaveText(/^(Correct\.|Not quite\. The answer is .+\.)$/);
    await expect(quiz.button('Next question')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(quiz.progressLine).toHaveText('Question 2 of 10');
    await expect(quiz.options.first()).toBeFocused();
  });
});

test.describe('study: the quiz as Anki cards', () => {
  test('exports every question in Anki’s tab-separated format, the source on the back', async ({ page }) => {
    const quiz = new QuizPage(page);
    await quiz.open();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the questions for Anki' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('service-atlas-anki.txt');
    const text = (await readFile((await file.path())!)).toString('utf8');
    const lines = text.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
    const cards = lines.filter((l) => !l.startsWith('#'));
    expect(cards.length).toBeGreaterThan(100);
    expect(cards.every((c) => c.split('\t').length === 3)).toBe(true);
    expect(cards[0]).toContain('According to the notes');
    expect(cards[0]!.split('\t')[1]).toContain('Source: ');
  });
});
