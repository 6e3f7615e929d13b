import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const APP_IMPORT = { group: ['**/app/**'], message: 'features must not import the app shell' };

/**
 * Feature zones (as bulletproof-react's `import/no-restricted-paths`): a folder of a feature imports
 * its own files, its feature's root files and the feature's `shared/`, never another folder of the
 * feature nor another feature. The same rule as `crossFeatureImports` in scripts/size/report.ts (its
 * test lints the same imports with this config). One block per directory, since the rule matches the
 * import's text: `depth` is how many `../` lead from the directory to the feature's root.
 */
function featureZones(root = 'src/features') {
  const dirs = (path) =>
    readdirSync(path, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  const up = (n) => `^(?:\\.\\./){${n}}(?!\\.\\./)`;
  const blocks = [];
  for (const feature of dirs(root)) {
    const otherFeature = (depth) => ({
      regex: `${up(depth + 1)}(?!${feature}/)[^./][^/]*/`,
      message: 'a feature does not import another feature: move what both need to shared code',
    });
    blocks.push({
      files: [`${root}/${feature}/*.{ts,tsx}`],
      patterns: [APP_IMPORT, otherFeature(0)],
    });
    for (const folder of dirs(join(root, feature))) {
      const walk = (path, depth) => {
        blocks.push({
          files: [`${path}/*.{ts,tsx}`],
          patterns: [
            APP_IMPORT,
            otherFeature(depth),
            {
              regex: `${up(depth)}(?!shared/|${folder}/)[^./][^/]*/`,
              message: `${folder}/ imports only itself, the feature's root and shared/: move what both need to shared/`,
            },
          ],
        });
        for (const sub of dirs(path)) walk(join(path, sub), depth + 1);
      };
      walk(join(root, feature, folder), 1);
    }
  }
  return blocks.map(({ files, patterns }) => ({
    files,
    ignores: ['**/*.{test,bench}.{ts,tsx}', '**/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  }));
}

export default tseslint.config(
  {
    ignores: ['dist', 'build', 'data', 'node_modules', 'playwright-report', 'test-results', 'bench-results'],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      ...pluginQuery.configs.recommended.rules,
    },
  },
  {
    // Import direction: shared code (api, lib, components, i18n) never imports features or the app shell.
    files: ['src/api/**', 'src/lib/**', 'src/components/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'shared code must not import features or app',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [APP_IMPORT] }] },
  },
  ...featureZones(),
);
