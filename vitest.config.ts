import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Type-level tests (`*.test-d.ts`) are compiled by `tsc` with the project's tsconfig;
    // a type error in them is a failed test and counts in every reporter, the JSON one included.
    typecheck: {
      enabled: true,
      checker: 'tsc',
      tsconfig: './tsconfig.json',
      include: ['tests/**/*.test-d.ts'],
    },
    // Tests spawn the CLI and the TypeScript compiler, and typed lint tests are slow too: a few
    // seconds each on an idle machine, but several times that on a busy CI runner.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
