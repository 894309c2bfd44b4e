import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // native readers (nodejs-polars, DuckDB) are safest in child processes
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
