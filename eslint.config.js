// @ts-check
/**
 * ESLint owns correctness, Prettier owns formatting (DESIGN.md §7). The import boundaries of
 * DESIGN.md §2 are enforced here: the engine is pure; templates and sheet never reach Excel,
 * React or Fluent; only src/excel touches the Excel API; the task pane goes through src/app.
 */
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const globals = require('globals');

const UI = ['react', 'react-dom', 'react-dom/*', '@fluentui/*'];
// Relative imports that leave src/engine, from the engine's own folder and from its subfolders (formula/).
const OUTSIDE_ENGINE = ['../*', '../../*'];
const OUTSIDE_ENGINE_FROM_SUBFOLDER = ['../../*', '../../../*'];

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: 'error',
    },
  },
  {
    // The Office.js rules, where Office.js is used (their heuristics misread exceljs code).
    files: ['src/excel/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // Templates are definitions made of small blocks (issue: one sheet language); no function in
    // the engine, the sheet layer or the use cases grows past a screen.
    files: ['src/engine/**/*.ts', 'src/sheet/**/*.ts', 'src/app/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: OUTSIDE_ENGINE, message: 'The engine imports only the engine (DESIGN.md §2).' },
            {
              group: [...UI, 'exceljs', 'node:*', 'fs', 'path'],
              message: 'The engine is pure: no UI, files or Office.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
        { object: 'Date', property: 'now', message: 'The engine is deterministic: pass dates in.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'The engine is deterministic: pass dates in.' },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'window', 'document'],
    },
  },
  {
    files: ['src/engine/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: OUTSIDE_ENGINE_FROM_SUBFOLDER,
              message: 'The engine imports only the engine (DESIGN.md §2).',
            },
            {
              group: [...UI, 'exceljs', 'node:*', 'fs', 'path'],
              message: 'The engine is pure: no UI, files or Office.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/templates/**/*.ts', 'src/sheet/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/excel/**', '**/excel', ...UI],
              message: 'Templates and sheet plans are pure data: no Excel, React or Fluent.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office'],
    },
  },
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/excel/**', '**/excel'], message: 'The task pane reaches the workbook only through src/app.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Excel'],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/xlsx/**/*.ts', 'src/app/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'Excel'] },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
