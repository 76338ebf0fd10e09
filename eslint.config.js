// Flat config, type-aware. Each rule block says why it is there.
import js from '@eslint/js'
import vitest from '@vitest/eslint-plugin'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import { builtinModules } from 'node:module'
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
  '**/scenarios',
  '**/scenarios/**',
  '**/sandbox',
  '**/sandbox/**',
  '**/protocol',
  '**/protocol/**',
]

// ---- Walls between layers (the README's Architecture). Each `patterns` entry is one wall with its own message;
// scripts/lintWalls.test.ts proves that each fires. Regexes match the import string at any depth.
// ESLint keeps only the last matching block's options for a rule, so each layer's block repeats the walls that
// apply everywhere outside the engine.
const segment = (name) => `(^|/)${name}(/|$)`
const anyOf = (...names) => `(^|/)(${names.join('|')})(/|$)`

const DEEP_ENGINE = {
  regex: '(^|/)engine/',
  message: 'Outside src/engine, import the engine through its index (src/engine/index.ts).',
}
// Tests, the benchmark and scripts may also use the engine's test kit, which the app never ships.
const DEEP_ENGINE_FROM_TESTS = {
  regex: '(^|/)engine/(?!testing$)',
  message:
    'Outside src/engine, tests import the engine through its index or its test kit (src/engine/testing).',
}
// The guest runs the user's handler; only the two sandbox worker entries start it (see below).
const GUEST_FROM_OUTSIDE = {
  regex: '(^|/)sandbox/guest(/|$)',
  message:
    "Only the sandbox worker entries (src/workers/*Sandbox.worker.ts) import guest code: it runs the user's handler inside the sandbox.",
}
const SIMULATION_INTERNALS = {
  regex: anyOf('runtime', 'workers', 'sandbox', 'protocol'),
  message: 'Features and ui/ reach the simulation through the store.',
}
const GUEST_TO_HOST = {
  regex: segment('host'),
  message:
    'Guest code must not import host code: the host starts and kills the environment the guest runs in.',
}
const GUEST_TO_NODE = {
  regex: `^(node:|(${builtinModules.join('|')})(/|$))`,
  message: 'Guest code also runs in a browser Web Worker: no Node.js modules.',
}
const GUEST_TO_APP = {
  regex: anyOf('runtime', 'store', 'features', 'ui', 'app', 'workers'),
  message: 'Guest code runs inside the sandbox: no runtime, store, features, ui, app or workers.',
}
// Host code starts the guest by its worker entry's file (node/) or bundled source (browser/), never by import,
// so nothing of the guest runs with the host's privileges.
const HOST_TO_GUEST = {
  regex: segment('guest'),
  message:
    'Host code starts the guest through a worker entry (src/workers/*Sandbox.worker.ts), never by import.',
}
const HOST_TO_APP = {
  regex: anyOf('runtime', 'store', 'features', 'ui', 'app', 'workers'),
  message: 'Host code sits below the runtime: no runtime, store, features, ui, app or workers.',
}
// The contract both sides of a worker boundary share: an allowlist, so nothing else creeps in.
const PROTOCOL_ONLY = {
  regex: String.raw`^(?!zod$|\./|\.\./engine$|\.\./lib/)`,
  message: 'protocol/ imports only zod, the engine index (types) and lib/.',
}

const restrict = (...walls) => ({ 'no-restricted-imports': ['error', { patterns: walls }] })
const TESTS = ['**/*.test.{ts,tsx}']
const TOOLS = ['e2e/**/*.{ts,js,mjs}', 'bench/**/*.{ts,js,mjs}', 'scripts/**/*.{ts,js,mjs}']

/** One layer's walls: its production files, then its tests, which may also use the engine's test kit. */
function layer(dir, walls, testWalls = walls) {
  return [
    { files: [`${dir}/**/*.{ts,tsx}`], ignores: TESTS, rules: restrict(DEEP_ENGINE, ...walls) },
    { files: [`${dir}/**/*.test.{ts,tsx}`], rules: restrict(DEEP_ENGINE_FROM_TESTS, ...testWalls) },
  ]
}

const wallBlocks = [
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/engine/**', ...TESTS],
    rules: restrict(DEEP_ENGINE, GUEST_FROM_OUTSIDE),
  },
  {
    files: [...TESTS, ...TOOLS],
    ignores: ['src/engine/**'],
    rules: restrict(DEEP_ENGINE_FROM_TESTS, GUEST_FROM_OUTSIDE),
  },
  {
    // The bridge: the worker entries serve the guest; testSupport runs it in-process for the tests.
    files: ['src/workers/*Sandbox.worker.ts', 'src/sandbox/testSupport.ts'],
    rules: restrict(DEEP_ENGINE),
  },
  ...layer('src/features', [GUEST_FROM_OUTSIDE, SIMULATION_INTERNALS]),
  ...layer('src/ui', [GUEST_FROM_OUTSIDE, SIMULATION_INTERNALS]),
  // Guest tests are Node-side harnesses: they may use node:* but still not the host or the app.
  ...layer(
    'src/sandbox/guest',
    [GUEST_TO_HOST, GUEST_TO_NODE, GUEST_TO_APP],
    [GUEST_TO_HOST, GUEST_TO_APP],
  ),
  ...layer('src/sandbox/host', [HOST_TO_GUEST, HOST_TO_APP]),
  ...layer('src/protocol', [PROTOCOL_ONLY], [GUEST_FROM_OUTSIDE]),
]

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'coverage/',
    // Deliberate violations: scripts/lintWalls.test.ts lints them on their own.
    'src/**/__lint_fixtures__/',
  ]),
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
  ...wallBlocks,
  {
    // The engine is a graph, not a knot: a cycle makes module order matter and hides which part owns what.
    // Type-only imports do not count (they vanish at run time).
    files: ['src/engine/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Without this, import-x reads only .js files and so sees no edges at all.
      'import-x/extensions': ['.ts'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.d.ts', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
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
            {
              group: engineBannedImports,
              message:
                'engine/ is pure and framework-free: nothing of the app, the sandbox or the protocols.',
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
