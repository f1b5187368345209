import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests start emulators on free ports; two workers fit the 2-core CI machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
