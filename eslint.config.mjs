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
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
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
