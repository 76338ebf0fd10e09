import { describe, expect, it } from 'vitest'
import { isOverBudget } from './memoryBudget'
import type { MemoryProbe } from './memoryBudget'
import { createTestRuntime, makeRequest } from '../testSupport'

const MB = 1_048_576

/** A probe that reads `held` MB, and `live` MB once garbage was collected. */
function fakeProbe(state: { held: number; live: number }): MemoryProbe {
  return {
    usedBytes: () => state.held * MB,
    collectGarbage() {
      state.held = state.live
    },
  }
}

describe('memory budget (docs/semantics.md D14)', () => {
  it('over MemorySize only counts once garbage is collected: 200 MB of which 100 MB live is within 128 MB', () => {
    expect(isOverBudget(fakeProbe({ held: 200, live: 100 }), 128)).toBe(false)
    expect(isOverBudget(fakeProbe({ held: 200, live: 129 }), 128)).toBe(true)
    expect(isOverBudget(fakeProbe({ held: 128, live: 128 }), 128)).toBe(false)
  })

  it('the runtime checks after each step: over budget ends the invocation as killed, with the lines already written', async () => {
    const state = { held: 50, live: 50 }
    const runtime = createTestRuntime({ memory: fakeProbe(state) })
    const code = `export const handler = async (event, context) => {
  console.log('allocating')
  await new Promise((resolve) => setTimeout(resolve, 10))
  return 'done'
}`
    const fine = await runtime.invoke(makeRequest({ code }))
    expect(fine).toMatchObject({ kind: 'returned', response: 'done' })
    state.held = state.live = 300
    const killed = await runtime.invoke(
      makeRequest({ code, coldStart: false, requestId: 'req-2', invocationId: 2 }),
    )
    expect(killed).toEqual({
      kind: 'crashed',
      message: 'RequestId: req-2 Error: Runtime exited with error: signal: killed',
      logs: ['req-2\tINFO\tallocating'],
      outOfMemory: true,
    })
  })
})
