/**
 * Proves that each wall in eslint.config.js fires: one deliberate violation per wall, linted as if it were a file
 * at the given path, must give exactly that wall's error; an allowed import next to it must give none.
 *
 * The real config, minus type information: the walls read only import strings, and the project service refuses
 * files that are not on disk. The import cycle needs two real files: src/engine/__lint_fixtures__/.
 */
import { readFileSync } from 'node:fs'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = new URL('..', import.meta.url).pathname

const WALL = {
  deepEngine: 'Outside src/engine, import the engine through its index (src/engine/index.ts).',
  deepEngineFromTests:
    'Outside src/engine, tests import the engine through its index or its test kit (src/engine/testing).',
  engine: 'engine/ is pure and framework-free: nothing of the app, the sandbox or the protocols.',
  guestFromOutside:
    "Only the sandbox worker entries (src/workers/*Sandbox.worker.ts) import guest code: it runs the user's handler inside the sandbox.",
  simulationInternals: 'Features and ui/ reach the simulation through the store.',
  guestToHost:
    'Guest code must not import host code: the host starts and kills the environment the guest runs in.',
  guestToNode: 'Guest code also runs in a browser Web Worker: no Node.js modules.',
  guestToApp:
    'Guest code runs inside the sandbox: no runtime, store, features, ui, app or workers.',
  hostToGuest:
    'Host code starts the guest through a worker entry (src/workers/*Sandbox.worker.ts), never by import.',
  hostToApp: 'Host code sits below the runtime: no runtime, store, features, ui, app or workers.',
  protocolOnly: 'protocol/ imports only zod, the engine index (types) and lib/.',
} as const
type Wall = keyof typeof WALL

let eslint: ESLint
beforeAll(() => {
  eslint = new ESLint({
    cwd: ROOT,
    ignore: false, // the fixtures folder is ignored by the normal run
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
  })
})

/** What lint says about a file at `filePath` that only imports `source`. */
async function lintImport(filePath: string, source: string) {
  const [result] = await eslint.lintText(`import '${source}'\n`, { filePath })
  return result.messages.map(({ ruleId, message }) => ({ ruleId, message }))
}

const restricted = (source: string, ...walls: Wall[]) =>
  walls.map((wall) => ({
    ruleId: 'no-restricted-imports',
    message: `'${source}' import is restricted from being used by a pattern. ${WALL[wall]}`,
  }))

const violations: Array<[file: string, source: string, walls: Wall[]]> = [
  // features/ and ui/: the engine only through its index; the simulation only through the store.
  ['src/features/x/Violation.ts', '../../engine/scenario/mapping', ['deepEngine']],
  ['src/ui/deep/er/Violation.tsx', '../../../engine/esm/lanes', ['deepEngine']],
  ['src/features/x/Violation.ts', '../../runtime', ['simulationInternals']],
  ['src/features/x/y/Violation.ts', '../../../workers/simHost', ['simulationInternals']],
  ['src/ui/Violation.tsx', '../protocol/simProtocol', ['simulationInternals']],
  [
    'src/features/x/Violation.ts',
    '../../sandbox/guest/handlerRuntime',
    ['guestFromOutside', 'simulationInternals'],
  ],
  ['src/features/x/Violation.ts', '../../sandbox/host/browser', ['simulationInternals']],
  // No file outside engine/ deep-imports it; tests may also use its test kit, production code may not.
  ['src/store/Violation.ts', '../engine/scenario/defaults', ['deepEngine']],
  ['src/workers/Violation.ts', '../engine/testing', ['deepEngine']],
  ['src/store/Violation.test.ts', '../engine/scenario/testFixture', ['deepEngineFromTests']],
  ['bench/Violation.ts', '../src/engine/lambda/invocation', ['deepEngineFromTests']],
  // The engine is pure.
  ['src/engine/esm/Violation.ts', '../../scenarios', ['engine']],
  ['src/engine/Violation.ts', '../sandbox/guest/format', ['engine']],
  ['src/engine/esm/Violation.ts', '../../protocol/simProtocol', ['engine']],
  ['src/engine/Violation.ts', '../store', ['engine']],
  ['src/engine/Violation.ts', '../workers/session', ['engine']],
  // Guest code runs inside the sandbox.
  ['src/sandbox/guest/Violation.ts', '../host/environmentHost', ['guestToHost']],
  ['src/sandbox/guest/Violation.ts', 'node:fs', ['guestToNode']],
  ['src/sandbox/guest/Violation.ts', 'worker_threads', ['guestToNode']],
  ['src/sandbox/guest/Violation.ts', '../../runtime/createRuntime', ['guestToApp']],
  ['src/sandbox/guest/Violation.ts', '../../store', ['guestToApp']],
  ['src/sandbox/guest/Violation.ts', '../../engine/model/events', ['deepEngine']],
  ['src/sandbox/guest/Violation.test.ts', '../host/node/sandboxWorker', ['guestToHost']],
  // Host code never imports the guest; only the worker entries do.
  ['src/sandbox/host/node/Violation.ts', '../../guest/handlerRuntime', ['hostToGuest']],
  ['src/sandbox/host/browser/Violation.test.ts', '../../guest/serveEnvironment', ['hostToGuest']],
  ['src/sandbox/host/Violation.ts', '../../runtime', ['hostToApp']],
  ['src/runtime/Violation.ts', '../sandbox/guest/handlerRuntime', ['guestFromOutside']],
  // protocol/ is an allowlist.
  ['src/protocol/Violation.ts', '../store', ['protocolOnly']],
  ['src/protocol/Violation.ts', '../engine/model/events', ['deepEngine', 'protocolOnly']],
  ['src/protocol/Violation.ts', 'react', ['protocolOnly']],
]

const allowed: Array<[file: string, source: string]> = [
  ['src/features/x/Allowed.ts', '../../engine'],
  ['src/features/x/Allowed.ts', '../../store'],
  ['src/store/Allowed.test.ts', '../engine/testing'],
  ['bench/Allowed.ts', '../src/engine/testing'],
  ['src/engine/esm/Allowed.ts', '../model/events'],
  ['src/engine/esm/Allowed.ts', '../../lib/utf8'],
  ['src/sandbox/guest/Allowed.ts', '../../engine'],
  ['src/sandbox/guest/Allowed.ts', '../../protocol/sandboxProtocol'],
  ['src/sandbox/guest/Allowed.ts', 'sucrase'],
  ['src/sandbox/guest/Allowed.test.ts', 'node:util'],
  ['src/sandbox/host/node/Allowed.ts', 'node:worker_threads'],
  ['src/sandbox/host/node/Allowed.ts', '../environmentHost'],
  ['src/workers/fooSandbox.worker.ts', '../sandbox/guest/serveEnvironment'],
  ['src/sandbox/testSupport.ts', './guest/handlerRuntime'],
  ['src/protocol/Allowed.ts', 'zod'],
  ['src/protocol/Allowed.ts', '../engine'],
  ['src/protocol/Allowed.ts', '../lib/utf8'],
  ['src/protocol/Allowed.ts', './sandboxProtocol'],
]

describe('each wall fires on its deliberate violation', () => {
  it.each(violations)('%s importing %s', async (file, source, walls) => {
    expect(await lintImport(file, source)).toEqual(restricted(source, ...walls))
  })
})

describe('the allowed import next to each wall passes', () => {
  it.each(allowed)('%s importing %s', async (file, source) => {
    expect(await lintImport(file, source)).toEqual([])
  })
})

describe('the engine has no import cycle', () => {
  it('import-x/no-cycle fires on the deliberate cycle in src/engine/__lint_fixtures__', async () => {
    const [result] = await eslint.lintFiles(['src/engine/__lint_fixtures__/cycleA.ts'])
    expect(result.messages.map(({ ruleId, message }) => ({ ruleId, message }))).toEqual([
      { ruleId: 'import-x/no-cycle', message: 'Dependency cycle detected' },
    ])
  })

  it('esm/lanes.ts and esm/invoke.ts no longer import each other', async () => {
    for (const file of ['src/engine/esm/lanes.ts', 'src/engine/esm/invoke.ts']) {
      const code = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
      const [result] = await eslint.lintText(code, { filePath: file })
      expect(result.messages).toEqual([])
    }
  })
})
