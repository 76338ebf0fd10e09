/**
 * D20: "What just happened" says when the function failed to initialise, and why, in AWS's words
 * (Runtime.UserCodeSyntaxError for a syntax error), from the sandbox's outcome as the store keeps it.
 */
import { describe, expect, it } from 'vitest'
import { virtualMs } from '../engine'
import type { InvocationOutcome, SimEvent } from '../engine'
import { narrate, storeLookups } from './narration'
import { failedInit } from './simViewParts'

const SYNTAX = {
  errorType: 'Runtime.UserCodeSyntaxError',
  errorMessage: "SyntaxError: Unexpected token '}'",
}
const initLine = `undefined\tERROR\tUncaught Exception \t{"errorType":"Runtime.UserCodeSyntaxError"}`

const events: SimEvent[] = [
  {
    type: 'invocationStarted',
    atMs: virtualMs(2000),
    invocationId: 1,
    shard: 0,
    lane: 0,
    recordIndexes: [0],
    attempt: 1,
    coldStart: true,
  },
  { type: 'invocationCompleted', atMs: virtualMs(2020), invocationId: 1, outcome: 'error' },
]

const invocation = (initFailed: boolean) => ({
  id: 1,
  recordIndexes: [0],
  errorMessage: `${SYNTAX.errorType}: ${SYNTAX.errorMessage}`,
  initFailed,
})

describe('D20: narration of a failed init', () => {
  it('D20: a syntax error is told as a failed initialisation, with AWS’s error type and message', () => {
    const sentences = narrate({
      events,
      firstEventNumber: 0,
      ...storeLookups(
        [invocation(true)],
        [{ index: 0, record: { dynamodb: { Keys: { pk: { S: 'order-1' } } } } }],
      ),
    })
    expect(sentences.map((s) => [s.text, s.rule.id])).toEqual([
      ['Invocation 1 starts with #0 (order-1), the first batch Lambda read from shard 0.', 'A2.1'],
      [
        "Invocation 1 failed: the function failed to initialise (Runtime.UserCodeSyntaxError: SyntaxError: Unexpected token '}') on #0 (order-1).",
        'A4.2',
      ],
    ])
  })

  it('D20: an error of the handler itself is told as before', () => {
    const sentences = narrate({
      events,
      firstEventNumber: 0,
      ...storeLookups([invocation(false)], []),
    })
    expect(sentences.at(-1)?.text).toBe('Invocation 1 failed on #0.')
  })

  it('D20: an init failure is the runtime’s init line, last, in an outcome that lost its environment', () => {
    const outcome = (logs: string[], environmentLost = true): InvocationOutcome => ({
      kind: 'error',
      error: SYNTAX,
      waitedMs: 0,
      logs,
      environmentLost,
    })
    expect(failedInit(outcome([initLine]))).toBe(true)
    expect(failedInit(outcome(['undefined\tERROR\tUnhandled Promise Rejection \t{}']))).toBe(true)
    expect(failedInit(outcome([initLine, 'req-1\tERROR\tInvoke Error \t{}']))).toBe(false)
    expect(failedInit(outcome([initLine], false))).toBe(false)
  })
})
