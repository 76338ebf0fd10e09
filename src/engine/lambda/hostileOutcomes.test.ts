/**
 * D20 in the engine: an error document over 6 MB is refused as a response is, and an answer after which the
 * runtime exited (an unhandled rejection) stands while its environment is lost.
 */
import { describe, expect, it } from 'vitest'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { runScripted, type ScriptedHandler } from '../testing/runScripted'
import { returning } from '../testing/expectations'
import type { InvocationOutcome } from './invocation'

const TOO_LARGE = {
  errorType: 'Function.ResponseSizeTooLarge',
  errorMessage: 'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
}

describe('D20: hostile outcomes in the engine', () => {
  it('D20: an error document over 6,291,556 bytes of JSON fails with Function.ResponseSizeTooLarge', () => {
    const file = scenarioFile({ writes: puts(1), mapping: { MaximumRetryAttempts: 0 } })
    const huge: InvocationOutcome = {
      kind: 'error',
      error: { errorType: 'Error', errorMessage: 'x'.repeat(6_291_556), trace: [] },
      waitedMs: 0,
      logs: [],
    }
    const { report } = runScripted(normalized(file), () => huge)
    expect(report.invocations.map((i) => [i.outcome, i.error])).toEqual([['error', TOO_LARGE]])
  })

  it('D20: a response the runtime posted before it exited stands; the next invocation starts cold', () => {
    const environments: Array<[number, boolean]> = []
    const handler: ScriptedHandler = (request) => {
      environments.push([request.environmentId, request.coldStart])
      const outcome = returning('Hello')
      return environments.length === 1 ? { ...outcome, environmentLost: true } : outcome
    }
    const file = scenarioFile({ writes: puts(2, { atMs: 0, intervalMs: 5_000 }) })
    const { report } = runScripted(normalized(file), handler)
    expect(report.invocations.map((i) => [i.outcome, i.response, i.coldStart])).toEqual([
      ['success', 'Hello', true],
      ['success', 'Hello', true],
    ])
    expect(environments).toEqual([
      [1, true],
      [2, true],
    ])
  })
})

describe('D20: a failed init in the journal', () => {
  it('D20: invocationCompleted carries the init error, bounded; a handler error carries none', () => {
    const file = scenarioFile({ writes: puts(1), mapping: { MaximumRetryAttempts: 1 } })
    const syntax = {
      errorType: 'Runtime.UserCodeSyntaxError',
      errorMessage: `SyntaxError: ${'y'.repeat(200)}`,
    }
    const outcomes: InvocationOutcome[] = [
      {
        kind: 'error',
        error: syntax,
        waitedMs: 0,
        logs: [],
        environmentLost: true,
        initFailed: true,
      },
      { kind: 'error', error: { errorType: 'Error', errorMessage: 'boom' }, waitedMs: 0, logs: [] },
    ]
    const handler: ScriptedHandler = () => outcomes.shift() ?? returning(null)
    const { sim } = runScripted(normalized(file), handler)
    const completed = sim.journal().filter((e) => e.type === 'invocationCompleted')
    expect(completed.map((e) => ('initError' in e ? e.initError : undefined))).toEqual([
      `Runtime.UserCodeSyntaxError: SyntaxError: ${'y'.repeat(58)}… (242 characters)`,
      undefined,
    ])
  })
})
