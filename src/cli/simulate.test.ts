import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { baseScenario } from '../engine/testing'

const run = promisify(execFile)
/** `npm run simulate` is `tsx src/cli/simulate.ts`: the same loader in one process, without npx's start-up. */
const SIMULATE = ['--import', 'tsx', 'src/cli/simulate.ts']
const dir = mkdtempSync(join(tmpdir(), 'simulate-'))

/** Runs the headless runner on `text`; resolves with its exit code and output. */
async function simulate(name: string, text: string) {
  const file = join(dir, name)
  writeFileSync(file, text)
  try {
    const { stdout, stderr } = await run(process.execPath, [...SIMULATE, file])
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

  it('D19: 100,000 invalid writes print their first 100 errors and a count of the rest', async () => {
    const writes = Array.from({ length: 100_000 }, () => ({ atMs: -1, put: { pk: 'a', sk: 1 } }))
    const result = await simulate('many.json', JSON.stringify({ ...baseScenario(), writes }))
    const lines = result.stderr.split('\n')
    expect([result.code, lines.length, lines[0], lines[99], lines[100], lines[101]]).toEqual([
      2,
      102,
      'writes[0].atMs: atMs must be an integer >= 0 (virtual milliseconds), got -1',
      'writes[99].atMs: atMs must be an integer >= 0 (virtual milliseconds), got -1',
      '$: … and 99,900 more errors',
      '',
    ])
  })

  it('a hostile handler (process.kill, a write to fd 1, a forged parentPort message) leaves exit 0 and an intact report', async () => {
    // docs/sandbox.md: each attempt fails inside the handler; the run and its report go on.
    const code = `const tries = {
  kill: () => process.kill(process.pid, 'SIGKILL'),
  fd1: () => require('fs').writeSync(1, '{"forged":true}\\n'),
  port: () => require('worker_threads').parentPort.postMessage({ type: 'rejected' }),
}
export const handler = async () => {
  const results = {}
  for (const [name, run] of Object.entries(tries)) {
    try { results[name] = 'returned ' + String(run()) } catch (error) { results[name] = String(error) }
  }
  return results
}`
    const scenario = {
      ...baseScenario(),
      durationSeconds: 5,
      writes: [{ atMs: 1000, put: { pk: 'a', sk: 1 } }],
      function: { FunctionName: 'hostile', code },
    }
    const result = await simulate('hostile.json', JSON.stringify(scenario))
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' })
    const report = JSON.parse(result.stdout) as {
      invocations: { outcome: string; response: unknown }[]
    }
    expect(report.invocations.map(({ outcome, response }) => ({ outcome, response }))).toEqual([
      {
        outcome: 'success',
        response: {
          kill: 'TypeError: process.kill is not a function',
          fd1: "Error: Cannot find module 'fs'",
          port: "Error: Cannot find module 'worker_threads'",
        },
      },
    ])
  })

  it('a handler that holds more than its MemorySize across warm invocations is killed (D14): exit 0, an intact report', async () => {
    const scenario = {
      ...baseScenario(),
      durationSeconds: 30,
      writes: [1_000, 6_000, 11_000].map((atMs, i) => ({ atMs, put: { pk: `order-${i}`, sk: i } })),
      function: {
        FunctionName: 'stream-handler',
        MemorySize: 128,
        code: `const hoard = []
export const handler = async (event) => {
  hoard.push(new Uint8Array(40 * 1024 * 1024).fill(1))
  console.log('holding', hoard.length * 40, 'MB')
}`,
      },
      mapping: { StartingPosition: 'TRIM_HORIZON', BatchSize: 1, MaximumRetryAttempts: 1 },
    }
    const result = await simulate('memory.json', JSON.stringify(scenario))
    expect([result.code, result.stderr]).toEqual([0, ''])
    const report = JSON.parse(result.stdout) as {
      invocations: Array<{ outcome: string; error: unknown; logs: string[]; requestId: string }>
    }
    // 40 and 80 MB fit; 120 MB plus the runtime's own heap does not; the retry starts cold with 40 MB again.
    expect(report.invocations.map((i) => i.outcome)).toEqual([
      'success',
      'success',
      'error',
      'success',
    ])
    const killed = report.invocations[2]
    expect(killed.error).toEqual({
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${killed.requestId} Error: Runtime exited with error: signal: killed`,
    })
    expect(killed.logs.at(-1)).toBe(
      `REPORT RequestId: ${killed.requestId}\tDuration: 20.00 ms\tBilled Duration: 20 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\tStatus: error\tError Type: Runtime.ExitError`,
    )
    expect(report.invocations[3].logs.at(-1)).toContain('\tInit Duration: 0.00 ms')
  }, 60_000)
})

describe('npm run simulate --out and --summary (docs/scenario-format.md §3)', () => {
  const example = 'examples/retries-to-sqs.json'
  const runner = (...args: string[]) =>
    run(process.execPath, [...SIMULATE, example, ...args], { maxBuffer: 16 * 1024 * 1024 })

  it('--out streams into the file exactly the report printed on standard output', async () => {
    const out = join(dir, 'report.json')
    const [printed, written] = await Promise.all([runner(), runner('--out', out)])
    expect(written).toEqual({ stdout: '', stderr: '' })
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout)
  })

  it('--summary prints the counts, fates, metrics and destinations of the report', async () => {
    const [full, summary] = await Promise.all([runner(), runner('--summary')])
    const report = JSON.parse(full.stdout) as { metrics: unknown; destinations: unknown }
    expect(JSON.parse(summary.stdout)).toEqual({
      format: 'dynamodb-lambda-playground/report-summary',
      version: 1,
      scenario: 'A failing batch retried twice, then sent to SQS',
      endMs: 60000,
      counts: { records: 2, invocations: 3, throttles: 0, destinations: 1, writes: 2 },
      fates: {
        processed: 0,
        filtered: 0,
        destination: 2,
        dropped: 0,
        expired: 0,
        skipped: 0,
        pending: 0,
      },
      metrics: report.metrics,
      destinations: report.destinations,
    })
    expect(summary.stdout).toBe(`${JSON.stringify(JSON.parse(summary.stdout), null, 2)}\n`)
  })
})
