import { defineConfig } from 'vitest/config';

/** One vitest run over every workspace: api (unit, store contract, HTTP), tabs (components), tests (e2e). */
export default defineConfig({
  test: {
    projects: ['api', 'tabs', 'tests'],
  },
});
