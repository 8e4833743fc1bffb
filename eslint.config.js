import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
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

const apiFeatures = readdirSync(new URL('api/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * API layers (ARCHITECTURE.md, "Layout"): domain/common imports nothing of ours; the domain imports
 * nothing outside itself; auth and the store know no feature; a feature uses another feature only
 * through its public module (`features/<x>/index.ts`); a command never imports a presenter.
 */
const apiBoundaries = [
  {
    target: './api/src/domain/common',
    from: './api/src',
    except: ['./domain/common'],
    message: 'domain/common holds shared primitives and imports nothing else of ours.',
  },
  {
    target: './api/src/domain',
    from: './api/src',
    except: ['./domain'],
    message: 'The domain is pure: no store, auth, http or feature code.',
  },
  {
    target: ['./api/src/auth', './api/src/store'],
    from: './api/src/features',
    message: 'auth and the store serve every feature and know none of them.',
  },
  ...apiFeatures.flatMap((feature) =>
    apiFeatures
      .filter((other) => other !== feature)
      .map((other) => ({
        target: `./api/src/features/${feature}`,
        from: `./api/src/features/${other}`,
        except: ['./index.ts'],
        message: `Use ${other}'s public module (features/${other}/index.ts), not its internal files.`,
      })),
  ),
  {
    target: './api/src/features/*/commands.ts',
    from: './api/src/features/*/present.ts',
    message: "A command returns documents; presenting them is the endpoint's job.",
  },
];

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

/**
 * Feature boundaries in the tabs (tabs/src/features/<x>/): a feature imports another feature only
 * through its public module, `index.ts` (and `testing.ts`, test data for other features' tests).
 * Modules beside the feature folders (`features/linkedContent.tsx`) are neutral and open to all.
 * One zone per feature folder, read from disk, so a new feature is covered when it is created.
 */
const TAB_FEATURES = 'tabs/src/features';
const tabFeatures = readdirSync(new URL(TAB_FEATURES, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const tabFeatureZones = tabFeatures.map((feature) => ({
  target: `./${TAB_FEATURES}/${feature}`,
  from: `./${TAB_FEATURES}`,
  except: [
    `./${feature}`,
    './linkedContent.tsx',
    ...tabFeatures
      .filter((other) => other !== feature)
      .flatMap((other) => [`./${other}/index.ts`, `./${other}/testing.ts`]),
  ],
  message: `Import another feature through its public module (index.ts), or move the shared piece to a neutral module.`,
}));

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
  // API boundaries (own block; the tabs have theirs). Tests may reach into any layer.
  {
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/**/*.test.ts'],
    // Resolves the `.js` specifiers of NodeNext to the `.ts` files, so the zones see every import.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: apiBoundaries }] },
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
  // Tabs feature boundaries (see tabFeatureZones). The resolver finds the .ts/.tsx file behind an
  // import without extension; an import it cannot resolve would pass the rule unchecked.
  {
    files: [`${TAB_FEATURES}/**`],
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: tabFeatureZones }],
      'import-x/no-unresolved': ['error', { ignore: ['^@coachboard/api/domain$', '^virtual:'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
