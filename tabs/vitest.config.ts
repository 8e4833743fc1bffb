import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { noRuntimeMessageParser, precompiledMessages } from './vite-plugins.ts';

/** Component tests of the tabs: React + Fluent UI rendered into jsdom, fetch stubbed at the boundary. */
export default defineProject({
  // The same precompiled messages as the build, so tests cover what ships.
  plugins: [react(), precompiledMessages()],
  resolve: { alias: [noRuntimeMessageParser] },
  test: {
    name: 'tabs',
    environment: 'jsdom',
    include: ['src/**/*.test.tsx'],
    setupFiles: ['./src/test/setup.ts'],
    testTimeout: 20_000,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
