import { describe, expect, it } from 'vitest'
import { parseSandboxReport } from './sandboxProtocol'
import { parseControlReport } from './sandboxControlProtocol'

describe('messages from the sandbox are validated', () => {
  it('accepts the worker reports of the sandbox protocol', () => {
    expect(parseSandboxReport({ type: 'ready', version: 1 })).toEqual({ type: 'ready', version: 1 })
    const outcome = { kind: 'returned', response: { ok: true }, waitedMs: 0, logs: ['a'] }
    expect(parseSandboxReport({ type: 'outcome', invocationId: 3, outcome })).toEqual({
      type: 'outcome',
      invocationId: 3,
      outcome,
    })
  })

  it.each([
    ['a string', 'ready'],
    ['null', null],
    ['an unknown type', { type: 'eval', code: 'alert(1)' }],
    ['another protocol version', { type: 'ready', version: 2 }],
    [
      'an outcome of an unknown kind',
      { type: 'outcome', invocationId: 1, outcome: { kind: 'ok' } },
    ],
    [
      'a negative waited time',
      {
        type: 'outcome',
        invocationId: 1,
        outcome: { kind: 'returned', response: 1, waitedMs: -5, logs: [] },
      },
    ],
    [
      'logs past the cap',
      {
        type: 'outcome',
        invocationId: 1,
        outcome: { kind: 'timeout', logs: Array(2_000).fill('x') },
      },
    ],
    [
      'a non-string log line',
      { type: 'outcome', invocationId: 1, outcome: { kind: 'timeout', logs: [{ toString: 1 }] } },
    ],
  ])('rejects %s from the worker', (_, data) => {
    expect(parseSandboxReport(data)).toBeUndefined()
  })

  it('accepts a worker error from the iframe and bounds its text', () => {
    expect(parseControlReport({ type: 'workerError', message: 'SyntaxError' })).toEqual({
      type: 'workerError',
      message: 'SyntaxError',
    })
    expect(parseControlReport({ type: 'workerError', message: 'x'.repeat(20_000) })).toBeUndefined()
    expect(parseControlReport({ type: 'workerError' })).toBeUndefined()
    expect(parseControlReport({ type: 'outcome', message: '' })).toBeUndefined()
  })
})
