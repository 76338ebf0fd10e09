/**
 * D20: an error document over the 6 MB response limit is refused as a response is (Function.ResponseSizeTooLarge),
 * bounded: a 50 MB message is neither copied into the outcome nor into the logs.
 */
import { describe, expect, it } from 'vitest'
import { MAX_RUNTIME_LINE_CHARS, RUNTIME_LINE_TRUNCATED } from './format'
import { invokeOnce } from '../testSupport'

const TOO_LARGE = {
  errorType: 'Function.ResponseSizeTooLarge',
  errorMessage: 'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
}
const MB = 1024 * 1024

describe('D20: error documents over 6 MB', () => {
  it('D20: a thrown Error with a 50 MB message answers Function.ResponseSizeTooLarge; its log line is cut', async () => {
    const outcome = await invokeOnce(
      `export const handler = async () => { throw new Error('x'.repeat(${50 * MB})) }`,
    )
    expect(outcome).toMatchObject({ kind: 'error', error: TOO_LARGE, waitedMs: 0 })
    expect(outcome.kind === 'error' && outcome.error.trace).toBeUndefined()
    expect(outcome.logs).toHaveLength(1)
    const head = 'req-1\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"xxx'
    expect(outcome.logs[0].startsWith(head)).toBe(true)
    expect(outcome.logs[0]).toHaveLength(MAX_RUNTIME_LINE_CHARS + RUNTIME_LINE_TRUNCATED.length)
    expect(outcome.logs[0].endsWith(`x${RUNTIME_LINE_TRUNCATED}`)).toBe(true)
  })

  it('D20: a 7 MB string passed to the callback, and a 7 MB response, are refused the same way', async () => {
    const viaCallback = await invokeOnce(
      `export const handler = (event, context, callback) => callback('y'.repeat(${7 * MB}))`,
    )
    expect(viaCallback).toMatchObject({ kind: 'error', error: TOO_LARGE })
    const returned = await invokeOnce(
      `export const handler = async () => ({ body: 'z'.repeat(${7 * MB}) })`,
    )
    expect(returned).toEqual({ kind: 'error', error: TOO_LARGE, waitedMs: 0, logs: [] })
  })

  it('D20: an error just under the bound keeps its document (the engine checks its exact size)', async () => {
    const outcome = await invokeOnce(
      `export const handler = async () => { throw new Error('w'.repeat(${2 * MB})) }`,
    )
    expect(outcome.kind === 'error' && outcome.error.errorMessage).toHaveLength(2 * MB)
  })
})
