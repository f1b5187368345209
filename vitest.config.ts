import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The SDK warns on Node < 22 about its 2027 support floor; tests run on the machine's Node 20.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests start emulators on free ports; two workers fit the 2-core CI machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
