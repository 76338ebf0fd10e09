// Flat config, type-aware. Each rule block says why it is there.
import js from '@eslint/js'
import vitest from '@vitest/eslint-plugin'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const engineBannedImports = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'recharts',
  'recharts/*',
  '@monaco-editor/*',
  'monaco-editor',
  'monaco-editor/*',
  '**/store',
  '**/store/**',
  '**/features',
  '**/features/**',
  '**/runtime',
  '**/runtime/**',
  '**/workers',
  '**/workers/**',
]

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error', // protocol unions
      '@typescript-eslint/no-floating-promises': 'error', // also catches un-awaited expects
      '@typescript-eslint/consistent-type-imports': 'error',
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Plain JS (configs, scripts) is outside every tsconfig: lint it without type information.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'self',
        'setTimeout',
        'setInterval',
        'requestAnimationFrame',
        'performance',
        'postMessage',
        'fetch',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use engine/rng.ts (seeded).' },
        { object: 'Date', property: 'now', message: 'Use the simulation clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          // `new Date(ms)` stays allowed: the engine formats virtual instants.
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No wall-clock time in the engine: pass a virtual instant, new Date(ms).',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: engineBannedImports, message: 'engine/ is pure and framework-free.' },
          ],
        },
      ],
    },
  },
  {
    // The UI reads the simulation through the store: the engine only through its index, and never the
    // runtime, the workers, the sandboxes or their protocols, which are the store's business.
    files: ['src/features/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine/*'],
              message: 'Import the engine through its index (src/engine/index.ts).',
            },
            {
              group: [
                '**/runtime',
                '**/runtime/*',
                '**/workers/*',
                '**/sandbox/*',
                '**/protocol/*',
              ],
              message: 'Features and ui/ reach the simulation through the store.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['e2e/**/*.ts'],
    extends: [playwright.configs['flat/recommended']],
    rules: {
      'playwright/missing-playwright-await': 'error',
      'playwright/expect-expect': 'error',
      'playwright/no-wait-for-timeout': 'error',
      'playwright/no-focused-test': 'error',
    },
  },
  {
    files: ['**/*.test.{ts,tsx}'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/expect-expect': 'error',
      'vitest/no-focused-tests': 'error',
    },
  },
)
