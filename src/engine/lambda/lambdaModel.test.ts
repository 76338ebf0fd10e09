import { describe, expect, it } from 'vitest'
import { validateScenario } from '../scenario'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { runScripted, succeed, type ScriptedHandler } from '../testing/runScripted'
import type { InvocationOutcome } from './invocation'
import { fates, returning, starts, throwing } from '../testing/expectations'

/** Plays `outcomes` in order (then succeeds) and remembers each request's environment. */
function recording(...outcomes: InvocationOutcome[]) {
  const environments: Array<[number, boolean]> = []
  const handler: ScriptedHandler = (request) => {
    environments.push([request.environmentId, request.coldStart])
    return outcomes[environments.length - 1] ?? returning(null)
  }
  return { handler, environments }
}

// One record every 5 s: each is read alone, after the previous invocation (at most 3 s) has ended.
const oneAtATime = (count: number) => puts(count, { atMs: 0, intervalMs: 5_000 })

describe('the Lambda side: environments, virtual time, timeouts, throttles, logs', () => {
  it('D1: time is virtual from clock.start; a run may span more than 24 h and finishes at once', () => {
    const file = scenarioFile({
      clock: { start: '2026-03-05T10:20:30.000Z' },
      writes: puts(1, { atMs: 2_500 }),
      durationSeconds: 100_000,
    })
    expect(validateScenario(file).ok).toBe(true)
    const { report } = runScripted(normalized(file), succeed)
    const record = (
      report.invocations[0].event as {
        Records: Array<{ dynamodb: { ApproximateCreationDateTime: number } }>
      }
    ).Records[0]
    expect(record.dynamodb.ApproximateCreationDateTime).toBe(
      Date.UTC(2026, 2, 5, 10, 20, 32) / 1000,
    )
    expect(report.streamArn).toBe(
      'arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2026-03-05T10:20:30.000',
    )
    expect(report.endMs).toBe(100_000_000)
  })

  it('D3: an idle environment is reused warm; a timeout or a crash destroys it and the next invocation starts cold', () => {
    const { handler, environments } = recording(
      returning(null),
      returning(null),
      { kind: 'timeout', logs: [] },
      returning(null),
      {
        kind: 'crashed',
        message: 'RequestId: x Error: Runtime exited with error: exit status 127',
        logs: [],
      },
      returning(null),
    )
    const file = scenarioFile({ writes: oneAtATime(6), mapping: { MaximumRetryAttempts: 0 } })
    const { report } = runScripted(normalized(file), handler)
    expect(environments).toEqual([
      [1, true],
      [1, false],
      [1, false],
      [2, true],
      [2, false],
      [3, true],
    ])
    expect(report.invocations.map((i) => i.coldStart)).toEqual([
      true,
      false,
      false,
      true,
      false,
      true,
    ])
  })

  it('D4: an invocation lasts function.durationMs plus the virtual time the handler awaited', () => {
    const file = scenarioFile({ writes: puts(1), function: { durationMs: 50, Timeout: 10 } })
    const { report } = runScripted(normalized(file), () => returning({ ok: true }, 5_000))
    expect(report.invocations.map((i) => [i.startMs, i.endMs, i.outcome, i.response])).toEqual([
      [1_000, 6_050, 'success', { ok: true }],
    ])
    expect(report.invocations[0].logs[2]).toContain(
      '\tDuration: 5050.00 ms\tBilled Duration: 5050 ms\t',
    )
  })

  it('D5: past Timeout the invocation ends at exactly the timeout with Sandbox.Timedout and the two-decimal message', () => {
    const handler = recording(
      { kind: 'timeout', logs: [] },
      returning(null, 2_990),
      returning(null, 2_980),
    )
    const file = scenarioFile({ writes: oneAtATime(3), mapping: { MaximumRetryAttempts: 0 } })
    const { report } = runScripted(normalized(file), handler.handler)
    const [first, second, third] = report.invocations
    expect([first.startMs, first.endMs, first.outcome]).toEqual([1_000, 4_000, 'timeout'])
    expect(first.error).toEqual({
      errorType: 'Sandbox.Timedout',
      errorMessage: `RequestId: ${first.requestId} Error: Task timed out after 3.00 seconds`,
    })
    // 20 ms + 2 990 ms awaited exceeds 3 s: a timeout too; 20 + 2 980 = 3 000 does not.
    expect([second.endMs - second.startMs, second.outcome]).toEqual([3_000, 'timeout'])
    expect([third.endMs - third.startMs, third.outcome, third.error]).toEqual([
      3_000,
      'success',
      null,
    ])
    expect(handler.environments.map(([, cold]) => cold)).toEqual([true, true, true])
    expect(fates(report)).toEqual(['dropped', 'dropped', 'processed'])
  })

  it('D6: thrown errors keep their errorType, message and trace; a crash (no trace) is Runtime.ExitError; both spend retries', () => {
    const handler = recording(
      throwing('TypeError', "Cannot read properties of undefined (reading 'S')"),
      {
        kind: 'crashed',
        message: 'RequestId: r Error: Runtime exited without providing a reason',
        logs: [],
      },
    )
    const file = scenarioFile({ writes: puts(1), mapping: { MaximumRetryAttempts: 1 } })
    const { report } = runScripted(normalized(file), handler.handler)
    expect(report.invocations.map((i) => [i.attempt, i.outcome, i.error])).toEqual([
      [
        1,
        'error',
        {
          errorType: 'TypeError',
          errorMessage: "Cannot read properties of undefined (reading 'S')",
          trace: ["TypeError: Cannot read properties of undefined (reading 'S')"],
        },
      ],
      [
        2,
        'error',
        {
          errorType: 'Runtime.ExitError',
          errorMessage: 'RequestId: r Error: Runtime exited without providing a reason',
        },
      ],
    ])
    expect(fates(report)).toEqual(['dropped'])
  })

  it('D7: ReservedConcurrentExecutions 0 throttles every batch; it never reaches the function and leaves only at 24 h', () => {
    const file = scenarioFile({
      writes: puts(1),
      durationSeconds: 90_000,
      function: { ReservedConcurrentExecutions: 0 },
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(report.invocations).toEqual([])
    // 1 000, 2 000, 4 000 … 64 000, then every 60 s while the record is younger than 24 h.
    expect(report.throttles).toHaveLength(1_445)
    expect(report.throttles.slice(0, 8).map((t) => t.atMs)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 124_000,
    ])
    expect(report.metrics.Throttles.reduce((sum, [, n]) => sum + n, 0)).toBe(1_445)
    expect(report.metrics.Invocations).toEqual([])
    expect(fates(report)).toEqual(['expired'])
  })

  it('D7: a reservation of 1 lets one shard invoke while the other is throttled and retried 1 s later', () => {
    const writes = [
      { atMs: 0, PutItem: { Item: { pk: { S: 'a' } } } },
      { atMs: 0, PutItem: { Item: { pk: { S: 'b' } } } },
    ]
    const file = scenarioFile({
      writes,
      table: { shards: 2 },
      function: { ReservedConcurrentExecutions: 1, durationMs: 500 },
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(report.records[0].shardId).not.toBe(report.records[1].shardId)
    expect(report.throttles.map((t) => [t.atMs, t.recordIndexes])).toEqual([[1_000, [1]]])
    expect(starts(report)).toEqual([
      [1_000, [0], 1],
      [2_000, [1], 1],
    ])
  })

  it('D10: each invocation logs START, the handler lines, END and REPORT (Init Duration on a cold start)', () => {
    const handler: ScriptedHandler = (request) => ({
      kind: 'returned',
      response: null,
      waitedMs: 0,
      logs: [`${request.requestId}\tINFO\thello`],
    })
    const { report } = runScripted(normalized(scenarioFile({ writes: oneAtATime(2) })), handler)
    const [cold, warm] = report.invocations
    expect(cold.logs).toEqual([
      `START RequestId: ${cold.requestId} Version: $LATEST`,
      `${cold.requestId}\tINFO\thello`,
      `END RequestId: ${cold.requestId}`,
      `REPORT RequestId: ${cold.requestId}\tDuration: 20.00 ms\tBilled Duration: 20 ms\tMemory Size: 128 MB\tMax Memory Used: 65 MB\tInit Duration: 0.00 ms`,
    ])
    expect(warm.logs[3]).toBe(
      `REPORT RequestId: ${warm.requestId}\tDuration: 20.00 ms\tBilled Duration: 20 ms\tMemory Size: 128 MB\tMax Memory Used: 65 MB`,
    )
  })

  it('D14: out of memory is Runtime.ExitError "signal: killed", REPORT shows all of MemorySize used, and the next call starts cold', () => {
    const handler = recording({
      kind: 'crashed',
      message: 'RequestId: r Error: Runtime exited with error: signal: killed',
      logs: ['r\tINFO\tloading'],
      outOfMemory: true,
    })
    const file = scenarioFile({ writes: oneAtATime(2), mapping: { MaximumRetryAttempts: 0 } })
    const { report } = runScripted(normalized(file), handler.handler)
    const [killed, next] = report.invocations
    expect([killed.outcome, killed.error]).toEqual([
      'error',
      {
        errorType: 'Runtime.ExitError',
        errorMessage: 'RequestId: r Error: Runtime exited with error: signal: killed',
      },
    ])
    expect(killed.logs).toEqual([
      `START RequestId: ${killed.requestId} Version: $LATEST`,
      'r\tINFO\tloading',
      `END RequestId: ${killed.requestId}`,
      `REPORT RequestId: ${killed.requestId}\tDuration: 20.00 ms\tBilled Duration: 20 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\tInit Duration: 0.00 ms\tStatus: error\tError Type: Runtime.ExitError`,
    ])
    expect(next.logs.at(-1)).toBe(
      `REPORT RequestId: ${next.requestId}\tDuration: 20.00 ms\tBilled Duration: 20 ms\tMemory Size: 128 MB\tMax Memory Used: 65 MB\tInit Duration: 0.00 ms`,
    )
    expect(handler.environments.map(([, cold]) => cold)).toEqual([true, true])
  })

  it('D10: lines the module writes while it initialises (request id undefined) come before START', () => {
    const handler: ScriptedHandler = (request) => ({
      kind: 'returned',
      response: null,
      waitedMs: 0,
      logs: ['undefined\tINFO\tloading config', `${request.requestId}\tINFO\thello`],
    })
    const { report } = runScripted(normalized(scenarioFile({ writes: puts(1) })), handler)
    const [only] = report.invocations
    expect(only.logs.slice(0, 4)).toEqual([
      'undefined\tINFO\tloading config',
      `START RequestId: ${only.requestId} Version: $LATEST`,
      `${only.requestId}\tINFO\thello`,
      `END RequestId: ${only.requestId}`,
    ])
  })

  it('A12: a timeout is reported with Sandbox.Timedout "Task timed out after N.NN seconds" at the function Timeout', () => {
    const file = scenarioFile({
      writes: puts(1),
      function: { Timeout: 1 },
      mapping: { MaximumRetryAttempts: 0 },
    })
    const { report } = runScripted(normalized(file), () => ({ kind: 'timeout', logs: [] }))
    const [only] = report.invocations
    expect([only.endMs - only.startMs, only.error?.errorType, only.error?.errorMessage]).toEqual([
      1_000,
      'Sandbox.Timedout',
      `RequestId: ${only.requestId} Error: Task timed out after 1.00 seconds`,
    ])
    expect(only.logs.slice(1, 3)).toEqual([
      `${only.requestId} Task timed out after 1.00 seconds`,
      `END RequestId: ${only.requestId}`,
    ])
  })

  it('A12: a response over 6 MB fails the invocation with Function.ResponseSizeTooLarge', () => {
    const file = scenarioFile({ writes: puts(1), mapping: { MaximumRetryAttempts: 0 } })
    const { report } = runScripted(normalized(file), () => returning('x'.repeat(6_291_557)))
    expect(report.invocations.map((i) => [i.outcome, i.response, i.error])).toEqual([
      [
        'error',
        null,
        {
          errorType: 'Function.ResponseSizeTooLarge',
          errorMessage:
            'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
        },
      ],
    ])
    expect(fates(report)).toEqual(['dropped'])
  })
})
