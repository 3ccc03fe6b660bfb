// Lint rules that keep the code reading as CONVENTIONS.md describes; each restriction says why.
import fs from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The folders directly inside `folder`: the server's modules, the web app's features. */
const foldersIn = (folder) =>
  fs
    .readdirSync(new URL(folder, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const serverModules = foldersIn('./apps/server/src/modules/');
const webFeatures = foldersIn('./apps/web/src/features/');

/**
 * Where imports may go (habit 1, bulletproof-react), as zones of `import-x/no-restricted-paths`: a zone
 * forbids files under `target` to import anything under `from` except the `except` paths (relative to
 * `from`). The folders are read from the tree, so a new module or feature is covered the day it appears.
 */
const boundaryZones = [
  // A server module (with any subfolders of its own) enters another module only through its index.ts.
  ...serverModules.map((name) => ({
    target: `./apps/server/src/modules/${name}`,
    from: './apps/server/src/modules',
    except: [
      `./${name}`,
      ...serverModules.filter((other) => other !== name).map((other) => `./${other}/index.ts`),
    ],
    message: 'Import another server module only through its index.ts.',
  })),
  // Features meet only in app/: a web feature never imports another feature.
  ...webFeatures.map((name) => ({
    target: `./apps/web/src/features/${name}`,
    from: './apps/web/src/features',
    except: [`./${name}`],
    message:
      'A feature must not import another feature: compose them in app/, or move what both need to components/ or lib/.',
  })),
  // The shared web code serves every feature, so it may not depend on one.
  {
    target: ['./apps/web/src/components', './apps/web/src/lib'],
    from: './apps/web/src/features',
    message: 'components/ and lib/ serve every feature and must not import one.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'apps/web/dist',
      'apps/server/dist',
      'test-results',
      'playwright-report',
      '.data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'eslint-comments/no-unlimited-disable': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSAsExpression[typeAnnotation.type="TSUnknownKeyword"]',
          message: 'No `as unknown as`: fix the types instead.',
        },
      ],
    },
  },
  {
    // Configuration is read once (habit 3): only config/env.ts and the test and tool set-up read the environment.
    files: ['apps/**/*.{ts,tsx}', 'packages/**/*.{ts,tsx}'],
    ignores: ['apps/server/src/config/env.ts', 'apps/server/src/testing/**', '**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through apps/server/src/config/env.ts.',
        },
      ],
    },
  },
  {
    // Boundaries (habit 1) and no import circles, checked on the resolved files, whatever the import path.
    files: ['apps/**/*.{ts,tsx}', 'packages/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
);
