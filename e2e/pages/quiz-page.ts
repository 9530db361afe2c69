import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Graph } from '../../graph-data';
import { generateQuestions, type Question } from '../../graph-data/study/questions';
import { ExplorerPage } from './explorer-page';
import { gotoApp } from '../fixtures';

interface CyLike {
  nodes(selector?: string): { map<T>(fn: (n: { id(): string; classes(): string[] }) => T): T[] };
}
type CyWindow = Window & { cy: CyLike };

let questions: Question[] | undefined;

/**
 * The questions the built-in graph supports, generated here from graph-data/generated/graph.json: the
 * tests' oracle for which option is right, independent of what the UI says about it.
 */
export function allQuestions(): Question[] {
  questions ??= generateQuestions(
    JSON.parse(readFileSync(join(process.cwd(), 'graph-data/generated/graph.json'), 'utf8')) as Graph,
  );
  return questions;
}

/** The label of a question's right option. */
export function rightLabel(q: Question): string {
  return q.options.find((o) => o.id === q.answer)!.label;
}

/** The Quiz tab, driven through roles and labels; mastery colours are read through `window.cy`. */
export class QuizPage {
  constructor(readonly page: Page) {}

  async open() {
    await gotoApp(this.page);
    await this.openTab();
  }
  async openTab() {
    await this.page.getByRole('tab', { name: 'Quiz' }).click();
    await expect(this.panel.getByRole('button', { name: /Start a session|Study ahead/ })).toBeVisible();
  }

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Quiz' });
  }
  /** A number on the start screen: 'New', 'Learning', 'Known' or 'Due now'. */
  count(name: string): Locator {
    return this.panel
      .getByLabel('Your progress', { exact: true })
      .locator('div', { has: this.page.locator('dt', { hasText: new RegExp(`^${name}$`) }) })
      .locator('dd');
  }
  /** A number in the session summary: 'Answered', 'Correct' or 'Accuracy'. */
  result(name: string): Locator {
    return this.panel
      .getByLabel('Session results', { exact: true })
      .locator('div', { has: this.page.locator('dt', { hasText: new RegExp(`^${name}$`) }) })
      .locator('dd');
  }
  get card(): Locator {
    return this.panel.getByRole('article');
  }
  get progressLine(): Locator {
    return this.card.getByText(/^Question \d+ of \d+$/);
  }
  get options(): Locator {
    return this.card.getByRole('radiogroup').getByRole('radio');
  }
  get verdict(): Locator {
    return this.card.getByRole('status');
  }
  get masteryToggle(): Locator {
    return this.panel.getByRole('checkbox', { name: 'Colour graph by mastery' });
  }
  get legend(): Locator {
    return this.panel.getByRole('list', { name: 'Mastery colours' });
  }
  button(name: string): Locator {
    return this.panel.getByRole('button', { name, exact: true });
  }

  async start() {
    await this.button('Start a session').click();
    await expect(this.card).toBeVisible();
  }

  /** The question on screen, looked up in the oracle by its prompt and its options. */
  async current(): Promise<Question> {
    const prompt = (await this.card.getByRole('heading', { level: 3 }).textContent()) ?? '';
    const labels = (await this.options.evaluateAll((els) =>
      els.map((el) => el.closest('label')?.querySelector('span')?.textContent ?? ''),
    )) as string[];
    const same = (q: Question) =>
      q.prompt === prompt &&
      q.options.length === labels.length &&
      q.options.every((o, i) => o.label === labels[i]);
    const found = allQuestions().filter(same);
    expect(found, `one generated question reads "${prompt}" with options ${labels.join(' | ')}`).toHaveLength(
      1,
    );
    return found[0]!;
  }

  /** Picks the option with this label and checks the answer. */
  async answer(label: string) {
    await this.options.and(this.page.getByLabel(label, { exact: true })).check();
    await this.button('Check answer').click();
    await expect(this.verdict).not.toBeEmpty();
  }

  /** Ids of nodes carrying a class on the canvas. */
  nodesWithClass(cls: string): Promise<string[]> {
    return new ExplorerPage(this.page).nodesWithClass(cls);
  }
  /** How many nodes carry each mastery-* class. */
  masteryClasses(): Promise<Record<string, number>> {
    return this.page.evaluate(() => {
      const out: Record<string, number> = {};
      for (const classes of (window as unknown as CyWindow).cy.nodes().map((n) => n.classes()))
        for (const c of classes) if (c.startsWith('mastery-')) out[c] = (out[c] ?? 0) + 1;
      return out;
    });
  }
}
