/**
 * The tests Stryker runs against each mutant (`npm run mutation`): the suites that exercise
 * src/engine and src/sheet in process and quickly (engine, command line, sheet, templates, the
 * fuzz suite). Left out: the LibreOffice, Chromium, bundle and manifest suites (they test the
 * built artefacts), and the add-in's use cases through the fake host and the pane (seconds per
 * file, which made a run of the engine's 3,000 mutants take hours on two cores).
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
    '<rootDir>/test/app/',
    '<rootDir>/test/excel/',
    '<rootDir>/test/fakes/',
    '<rootDir>/test/reliability/tamper.test.ts',
    '<rootDir>/test/reliability/injection.test.ts',
    // Each builds every plan of every template (seconds per mutant); the plans' own suites above cover the same code.
    '<rootDir>/test/sheet/plan-formulas.test.ts',
    '<rootDir>/test/sheet/identity.test.ts',
    '<rootDir>/test/sheet/business-case-layout.test.ts',
  ],
};
