import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries of STYLE.md rule 7: only the store touches databases, only tabs/src/teams touches teams-js. */
const storeOnly = {
  paths: [
    { name: '@azure/cosmos', message: 'Only api/src/store may import @azure/cosmos.' },
    { name: 'better-sqlite3', message: 'Only api/src/store may import better-sqlite3.' },
  ],
};
const teamsOnly = { name: '@microsoft/teams-js', message: 'Only tabs/src/teams may import @microsoft/teams-js.' };

/** Every loading indicator has an accessible name (axe rule aria-progressbar-name). */
const unnamedProgress = [
  {
    selector:
      "JSXOpeningElement[name.name='Spinner']:not(:has(JSXAttribute[name.name=/^(label|aria-label|aria-labelledby)$/]))",
    message: 'Give the Spinner a label (or aria-label): a nameless progress bar fails aria-progressbar-name.',
  },
  {
    selector:
      "JSXOpeningElement[name.name='ProgressBar']:not(:has(JSXAttribute[name.name=/^(aria-label|aria-labelledby)$/])):not(JSXElement[openingElement.name.name='Field'] JSXOpeningElement)",
    message: 'Put the ProgressBar in a labelled Field (or give it an aria-label): aria-progressbar-name.',
  },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'coverage/**', 'appPackage/build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.config.ts', '*.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      'import-x/order': [
        'error',
        { groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'], alphabetize: { order: 'asc' } },
      ],
      'no-restricted-imports': ['error', { ...storeOnly, paths: [...storeOnly.paths, teamsOnly] }],
    },
  },
  {
    files: ['api/src/store/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [teamsOnly] }] },
  },
  {
    files: ['tabs/src/teams/**'],
    rules: { 'no-restricted-imports': ['error', storeOnly] },
  },
  {
    files: ['tabs/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-syntax': ['error', ...unnamedProgress] },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
