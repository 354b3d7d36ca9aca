import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        // Parsing a 1 MB real page in jsdom takes over a second here, several on a loaded machine: a timeout guards
        // against a hang, it is not a speed check.
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A poll waits for the state it checks; under load on a small machine that can take longer than a second.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
