/** @type {import('jest').Config} */
const swc = JSON.parse(require('node:fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swc, swcrc: false, sourceMaps: 'inline' }] },
  // marked ships only an ES module, which Node loads by require() but jest's module system does not:
  // tests load its UMD build, the same code.
  moduleNameMapper: { '^marked$': '<rootDir>/node_modules/marked/lib/marked.umd.js' },
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
  // Two cores: one worker per core; each test file gets its own database cloned from a template.
  maxWorkers: 2,
  // The long files first, so that the two workers finish together.
  testSequencer: '<rootDir>/test/helpers/sequencer.cjs',
};
