/**
 * The tests Stryker runs against each mutant (`npm run mutation`): every suite that exercises
 * src/engine and src/sheet in process. Left out: the LibreOffice, Chromium, bundle and
 * manifest suites (minutes each, and they test the built artefacts, not the mutated source).
 * @type {import('jest').Config}
 */
const base = require('./jest.config.js');
module.exports = {
  ...base,
  reporters: ['default'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/e2e/',
    '<rootDir>/test/build/',
    '<rootDir>/test/manifest/',
    '<rootDir>/test/taskpane/',
    '<rootDir>/test/lint/',
    '<rootDir>/test/xlsx/',
    '<rootDir>/test/engine/goldens-fresh.test.ts',
  ],
};
