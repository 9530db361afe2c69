import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ComparePage } from './pages/compare-page';
import { ExplorerPage } from './pages/explorer-page';
import { PathPage } from './pages/path-page';
import { QuizPage } from './pages/quiz-page';

/**
 * axe-core in every main state of the app, light and dark, at 1440x900 and 1024x700: 0 violations.
 *
 * One page per size and theme walks through the states in sequence (opening the app afresh for each
 * state would add two dozen page loads per combination); each state is checked where it stands, and the
 * test fails at the end with every violation of every state, so one CI log says all there is to fix.
 */

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;
const THEMES = ['light', 'dark'] as const;

const ECS = 'Amazon Elastic Container Service (ECS)';
const EKS = 'Amazon Elastic Kubernetes Service (EKS)';

/** One line per violation and element: enough to find and fix it from the log alone. */
interface Finding {
  state: string;
  line: string;
}

/** Runs axe on the page as it stands and records what it finds under the state's name. */
async function audit(page: Page, state: string, findings: Finding[]): Promise<void> {
  // Nothing is excluded: axe reports nothing on the graph's <canvas> elements (it cannot read what is
  // painted there; the outline, checked in its own state, is their accessible twin).
  const results = await new AxeBuilder({ page })
    // The app has no frames, so axe.run in the page itself checks exactly what the default frame-by-frame
    // mode does, without opening a second page to merge the frames' results (less than half the time).
    .setLegacyMode()
    .analyze();
  for (const v of results.violations) {
    for (const node of v.nodes) {
      const detail = node.failureSummary?.replace(/\s+/g, ' ').trim() ?? '';
      findings.push({
        state,
        line: `${v.id} (${v.impact ?? 'no impact given'}) at ${node.target.join(' ')}: ${v.help}. ${detail}`,
      });
    }
  }
}

/** The violations as one message, grouped by state. */
function report(findings: Finding[]): string {
  const byState = new Map<string, string[]>();
  for (const f of findings) byState.set(f.state, [...(byState.get(f.state) ?? []), f.line]);
  return [
    `axe found ${findings.length} violation(s) in ${byState.size} state(s):`,
    ...[...byState].map(([state, lines]) => `\n[${state}]\n` + lines.map((l) => `  - ${l}`).join('\n')),
  ].join('\n');
}

test.describe('accessibility: axe in every main state', () => {
  test.describe.configure({ mode: 'parallel' });
  // Two dozen states with a full axe run each: about 3 minutes per size and theme on a 2-core machine
  // shared with other work (load 12), so the default 30 s is far too short.
  test.setTimeout(480_000);

  for (const size of SIZES) {
    for (const theme of THEMES) {
      test.describe(`${size.width}x${size.height} ${theme}`, () => {
        test.use({ viewport: size, colorScheme: theme });

        test('every state has 0 violations', async ({ page }) => {
          const findings: Finding[] = [];
          const check = (state: string) => audit(page, state, findings);
          const app = new ExplorerPage(page);
          await app.open();
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          await check('first load');

          // Search, with its results listed and the first hit active.
          await app.search.fill('zzqx');
          await expect(page.getByText('No matches')).toBeVisible();
          await check('search with no matches');
          await app.search.fill('fargate');
          await expect(app.searchResults.getByRole('option').first()).toBeVisible();
          await check('search results');
          await app.search.press('Enter');
          await expect(app.detailsTitle).not.toHaveText('Details');
          await check('node selected (Details tab)');

          // Hover, as Cytoscape reports it: the node and its neighbours lit, the rest dimmed.
          await page.evaluate(() =>
            (window as unknown as { cy: { getElementById(id: string): { emit(e: string): void } } }).cy
              .getElementById('eks')
              .emit('mouseover'),
          );
          await expect.poll(() => app.nodesWithClass('hover')).toEqual(['eks']);
          await check('hovering a node');
          await page.evaluate(() =>
            (window as unknown as { cy: { getElementById(id: string): { emit(e: string): void } } }).cy
              .getElementById('eks')
              .emit('mouseout'),
          );

          await app.details.getByRole('button', { name: 'Focus', exact: true }).click();
          const focusBar = page.getByRole('region', { name: 'Focus' });
          await expect(focusBar).toBeVisible();
          await check('focus mode');
          await focusBar.getByRole('button', { name: 'Leave focus' }).click();
          await expect(focusBar).toHaveCount(0);

          // Each kind of filter on its own, cleared before the next.
          const clear = app.button('Clear filters');
          const filters: [string, () => Promise<void>][] = [
            ['compliance', () => app.filter('Compliance', 'FIPS 140-2').click()],
            ['runs where', () => app.filter('Runs where', 'On-premises').click()],
            ['orchestrator', () => app.filter('Orchestrator', 'Kubernetes').click()],
            ['legend kind', () => app.filter(/^Legend/, /^Services/).click()],
            [
              'relation kind',
              async () => {
                await app.openRelationKinds();
                await app.filter('Relation kinds', /^complies with/).click();
              },
            ],
          ];
          for (const [kind, apply] of filters) {
            await apply();
            await expect(clear).toBeEnabled();
            await check(`filter: ${kind}`);
            await clear.click();
            await expect(clear).toBeDisabled();
          }

          await app.button('Outline').click();
          await expect(app.outline).toBeVisible();
          await check('outline open');
          await app.button('Outline').click();
          await expect(app.outline).toHaveCount(0);

          const compare = new ComparePage(page);
          await compare.openTab();
          await compare.choice(ECS).check();
          await compare.choice(EKS).check();
          await expect(compare.matrix).toBeVisible();
          await check('Compare tab, two services picked');

          await page.getByRole('tab', { name: 'Cost' }).click();
          await expect(page.getByRole('region', { name: 'Cost', exact: true })).toBeVisible();
          await check('Cost tab');

          const path = new PathPage(page);
          await path.openTab();
          await path.choose('From', 'EKS Anywhere', await app.label('eks-anywhere'));
          await path.choose('To', 'kubernetes', await app.label('kubernetes'));
          await expect(path.steps.first()).toBeVisible();
          await check('Path tab with a result');

          const quiz = new QuizPage(page);
          await quiz.openTab();
          await quiz.start();
          await check('Quiz tab, a question showing');
          await quiz.options.first().check();
          await quiz.button('Check answer').click();
          await expect(quiz.verdict).not.toBeEmpty();
          await check('Quiz tab, after answering');

          await page.getByRole('tab', { name: 'Saved' }).click();
          await expect(page.getByRole('region', { name: 'Saved', exact: true })).toBeVisible();
          await check('Saved tab');

          await page.getByRole('tab', { name: 'Tours' }).click();
          await page.getByRole('button', { name: /^The ECS family/ }).click();
          await expect(page.getByRole('region', { name: 'Tour: The ECS family' })).toBeVisible();
          await check('Tours tab, a tour started');

          await app.button('Export').click();
          await expect(page.getByRole('menu')).toBeVisible();
          await check('Export menu open');
          await page.keyboard.press('Escape');
          await expect(page.getByRole('menu')).toHaveCount(0);

          await app.button('Open notes…').click();
          await expect(page.getByRole('dialog', { name: 'Open your notes' })).toBeVisible();
          await check('Open notes dialog');

          expect(findings.length, report(findings)).toBe(0);
        });
      });
    }
  }
});
