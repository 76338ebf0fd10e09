/**
 * D20: "What just happened" says when the function failed to initialise, and why, in AWS's words
 * (Runtime.UserCodeSyntaxError for a syntax error), from the engine's invocationCompleted event.
 */
import { describe, expect, it } from 'vitest'
import { virtualMs } from '../engine'
import type { SimEvent } from '../engine'
import { narrate, storeLookups } from './narration'

const started: SimEvent = {
  type: 'invocationStarted',
  atMs: virtualMs(2000),
  invocationId: 1,
  shard: 0,
  lane: 0,
  recordIndexes: [0],
  attempt: 1,
  coldStart: true,
}
const completed = (initError?: string): SimEvent => ({
  type: 'invocationCompleted',
  atMs: virtualMs(2020),
  invocationId: 1,
  outcome: 'error',
  ...(initError === undefined ? {} : { initError }),
})
const lookups = storeLookups(
  [{ id: 1, recordIndexes: [0] }],
  [{ index: 0, record: { dynamodb: { Keys: { pk: { S: 'order-1' } } } } }],
)

describe('D20: narration of a failed init', () => {
  it('D20: a syntax error is told as a failed initialisation, with AWS’s error type and message', () => {
    const events = [
      started,
      completed("Runtime.UserCodeSyntaxError: SyntaxError: Unexpected token '}'"),
    ]
    const sentences = narrate({ events, firstEventNumber: 0, ...lookups })
    expect(sentences.map((s) => [s.text, s.rule.id])).toEqual([
      ['Invocation 1 starts with #0 (order-1), the first batch Lambda read from shard 0.', 'A2.1'],
      [
        "Invocation 1 failed: the function failed to initialise (Runtime.UserCodeSyntaxError: SyntaxError: Unexpected token '}') on #0 (order-1).",
        'A4.2',
      ],
    ])
  })

  it('D20: an error of the handler itself is told as before', () => {
    const sentences = narrate({ events: [started, completed()], firstEventNumber: 0, ...lookups })
    expect(sentences.at(-1)?.text).toBe('Invocation 1 failed on #0 (order-1).')
  })
})
