/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Types are checked by `npm run typecheck`; jest only transpiles.
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json', isolatedModules: true }] },
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  collectCoverageFrom: ['src/**/*.ts'],
  // As webpack and bin/gevinst.js set it: the version sheets are stamped with.
  globals: { __GEVINST_VERSION__: require('./package.json').version },
};
