import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { baseScenario } from '../engine/testing'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'simulate-'))

/** Runs the headless runner on `text`; resolves with its exit code and output. */
async function simulate(name: string, text: string) {
  const file = join(dir, name)
  writeFileSync(file, text)
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/simulate.ts', file])
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('npm run simulate on hostile files', () => {
  it('names the root `$` for an error about the file as a whole', async () => {
    const result = await simulate('array.json', '[]')
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: '$: A scenario must be a JSON object, got []\n',
    })
  })

  it('reads a file that starts with a UTF-8 byte-order mark', async () => {
    const scenario = { ...baseScenario(), durationSeconds: 1 }
    const result = await simulate('bom.json', `\uFEFF${JSON.stringify(scenario)}`)
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as { scenario: unknown }).scenario).toBeDefined()
  })

  it('reports nesting too deep for the validators with its path, not a stack overflow', async () => {
    const deep = `{"table":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    const result = await simulate('deep.json', deep)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `table${'[0]'.repeat(65)}… (${(5 + 3 * 127).toLocaleString('en-US')} characters): The scenario is nested more than 128 levels deep here\n`,
    )
  })
})
