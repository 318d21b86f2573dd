import { defineConfig } from 'vitest/config';

// Tests that read ../shared/corpora and ../shared/seed: real-world material kept outside the repo.
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
