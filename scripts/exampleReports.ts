/**
 * Frozen run reports of the examples (issue 13: the reports stay byte-identical). Each example's report, as the
 * headless runner prints it, is kept whole in __fixtures__/example-reports-v2/<example>.json when small, or as
 * its byte length and SHA-256 in digests.json when larger than WHOLE_LIMIT (to keep the repository small).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { validateScenario } from '../src/engine'
import type { RunReport } from '../src/engine'
import { withoutBom } from '../src/lib/utf8'
import { runScenario } from '../src/runner/runScenario'
import { createNodeExecutor } from '../src/sandbox/host/node/createNodeExecutor'

export const EXAMPLES_DIR = new URL('../examples/', import.meta.url)
export const FIXTURES_DIR = new URL('./__fixtures__/example-reports-v2/', import.meta.url)
export const DIGESTS = new URL('digests.json', FIXTURES_DIR)
/** Reports up to this many bytes are frozen whole; larger ones by length and digest. */
export const WHOLE_LIMIT = 256 * 1024

export interface Digest {
  bytes: number
  sha256: string
}

export type Frozen = { kind: 'whole'; text: string } | { kind: 'digest'; digest: Digest }

export function exampleNames(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
}

export function readDigests(): Record<string, Digest> {
  return existsSync(DIGESTS)
    ? (JSON.parse(readFileSync(DIGESTS, 'utf8')) as Record<string, Digest>)
    : {}
}

export function digestOf(text: string): Digest {
  return {
    bytes: Buffer.byteLength(text),
    sha256: createHash('sha256').update(text).digest('hex'),
  }
}

/** What is frozen for `examples/<name>`, if anything. */
export function frozenReport(name: string): Frozen | undefined {
  const whole = new URL(name, FIXTURES_DIR)
  if (existsSync(whole)) return { kind: 'whole', text: readFileSync(whole, 'utf8') }
  const digest = readDigests()[name]
  return digest === undefined ? undefined : { kind: 'digest', digest }
}

/** Runs `examples/<name>` as `npm run simulate` does: parse, validate, run with the Node sandbox. */
export async function runExample(name: string): Promise<RunReport> {
  const input = JSON.parse(withoutBom(readFileSync(new URL(name, EXAMPLES_DIR), 'utf8'))) as unknown
  const validated = validateScenario(input)
  if (!validated.ok) throw new Error(`examples/${name} is invalid: ${validated.errors[0]?.message}`)
  const executor = createNodeExecutor()
  try {
    return await runScenario(validated.scenario, executor)
  } finally {
    await executor.dispose()
  }
}
