import { afterEach, describe, expect, it } from 'vitest'
import type { HandlerExecutor } from '../../../engine'
import { createNodeExecutor } from './createNodeExecutor'
import { makeRequest } from '../../testSupport'

const counter = `let count = 0
export const handler = async () => ++count`

let executor: HandlerExecutor | undefined

function useExecutor(options?: { guardMs?: number }): HandlerExecutor {
  executor = createNodeExecutor(options)
  return executor
}

afterEach(async () => {
  await executor?.dispose()
  executor = undefined
})

describe('Node worker executor', () => {
  it('runs TypeScript in a worker and keeps module state while warm: 1, 2, 3', async () => {
    const run = useExecutor()
    const code =
      'let count: number = 0\nexport const handler = async (): Promise<number> => ++count'
    const responses: unknown[] = []
    for (let i = 1; i <= 3; i++) {
      const outcome = await run.invoke(
        makeRequest({ code, language: 'typescript', coldStart: i === 1, invocationId: i }),
      )
      responses.push(outcome.kind === 'returned' ? outcome.response : outcome.kind)
    }
    expect(responses).toEqual([1, 2, 3])
  })

  it('a cold start for the same environment id replaces the worker: state starts over', async () => {
    const run = useExecutor()
    await run.invoke(makeRequest({ code: counter }))
    await run.invoke(makeRequest({ code: counter, coldStart: false }))
    const cold = await run.invoke(makeRequest({ code: counter, coldStart: true }))
    expect(cold).toMatchObject({ kind: 'returned', response: 1 })
  })

  it('discard ends the environment: the next request for that id starts fresh', async () => {
    const run = useExecutor()
    await run.invoke(makeRequest({ code: counter }))
    run.discard(1)
    const next = await run.invoke(makeRequest({ code: counter, coldStart: false }))
    expect(next).toMatchObject({ kind: 'returned', response: 1 })
  })

  it('a busy loop is stopped by the wall-clock guard and reported as a timeout', async () => {
    const run = useExecutor({ guardMs: 300 })
    const outcome = await run.invoke(
      makeRequest({ code: 'export const handler = async () => { while (true) {} }' }),
    )
    expect(outcome).toEqual({ kind: 'timeout', logs: [] })

    const fresh = await run.invoke(makeRequest({ code: counter, environmentId: 2 }))
    expect(fresh).toEqual({ kind: 'returned', response: 1, waitedMs: 0, logs: [] })
  })

  it('process.exit crashes the environment with Runtime.ExitError’s message', async () => {
    const run = useExecutor()
    const outcome = await run.invoke(
      makeRequest({ code: 'export const handler = async () => { process.exit(1) }' }),
    )
    expect(outcome).toEqual({
      kind: 'crashed',
      message: 'RequestId: req-1 Error: Runtime exited with error: exit status 1',
      logs: [],
    })
  })

  it('the Function constructor reaches only the fake process: its exit(7) is a crash with status 7', async () => {
    const run = useExecutor()
    // Before the SES compartment this reached the thread's real `process` (docs/sandbox.md).
    const code = "export const handler = async () => { Function('return process')().exit(7) }"
    const outcome = await run.invoke(makeRequest({ code }))
    expect(outcome).toEqual({
      kind: 'crashed',
      message: 'RequestId: req-1 Error: Runtime exited with error: exit status 7',
      logs: [],
    })
  })

  it('virtual timers cost no wall time in the worker either', async () => {
    const run = useExecutor()
    const code =
      'export const handler = async () => { await new Promise((r) => setTimeout(r, 60_000)); return Date.now() }'
    const outcome = await run.invoke(makeRequest({ code, timeoutMs: 900_000 }))
    expect(outcome).toEqual({
      kind: 'returned',
      response: Date.UTC(2026, 0, 1) + 60_000,
      waitedMs: 60_000,
      logs: [],
    })
  })
})
