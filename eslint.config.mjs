import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['node_modules', 'out', 'dist-web', 'graph-data/generated', 'test-results', 'playwright-report'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Tooling (tests, benchmark, scripts, configs) runs in Node and drives pages.
    files: ['e2e/**', 'bench/**', 'scripts/**', '*.{ts,mts,mjs}', '**/*.test.ts', '**/*.test-util.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Each runtime layer sees only its runtime's globals (as VS Code's layers do), so that a DOM global
  // in graph-data/ or a Node global in renderer/ fails the lint as well as the typecheck.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.ts'],
    // React's and NodeJS's type namespaces are types, not values.
    languageOptions: { globals: { ...globals.browser, React: 'readonly' } },
    rules: { 'no-undef': 'error' },
  },
  {
    files: ['graph-data/**/*.ts', 'electron/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.node, NodeJS: 'readonly' } },
    rules: { 'no-undef': 'error' },
  },
  {
    files: ['contract/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The contract is shared by main and renderer: no Electron.' }],
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**', 'react', 'cytoscape', 'node:*'],
              message: 'The contract is shared by main and renderer: it imports only zod and graph-data.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to main only through contract/ and window.atlas.',
            },
          ],
          patterns: [
            {
              group: ['**/electron/main/**', '**/electron/preload/**'],
              message: 'The renderer talks to main only through contract/ and window.atlas.',
            },
            {
              group: ['**/graph-data/*/**'],
              message: 'Import graph-data through its public surface, graph-data/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['graph-data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'react', 'react-dom', 'cytoscape', '**/renderer/**', '**/electron/**'],
              message: 'graph-data is pure TypeScript: it never imports the app layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'cytoscape'],
              message: 'electron/ never imports the renderer.',
            },
          ],
        },
      ],
    },
  },
);
