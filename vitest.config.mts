import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'graph-data/**/*.test.ts',
      'electron/**/*.test.ts',
      'contract/**/*.test.ts',
      'renderer/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20000,
  },
});
