import { describe, expect, it } from 'vitest'
import { virtualMs } from '../engine'
import type { SimEvent } from '../engine'
import { liveUpdateFor, noteFunctionEvents, withFunctionUpdates } from './liveUpdate'

const OLD = 'export const handler = async () => { throw new Error("x") }'
const NEW = 'export const handler = async () => {}'
const file = {
  name: 'run',
  function: { FunctionName: 'fn', Timeout: 3, code: OLD },
  actions: [{ atMs: 0, PutFunctionConcurrency: { ReservedConcurrentExecutions: 1 } }],
}

function updated(atMs: number, status: 'InProgress' | 'Successful', version: number): SimEvent {
  return {
    type: 'functionUpdated',
    atMs: virtualMs(atMs),
    lastUpdateStatus: status,
    changed: ['code'],
    version,
  }
}

describe('function updates made during a run (docs/semantics.md D15)', () => {
  it('D15: each update the engine starts is paired, in order, with the change sent', () => {
    const sent = { ...liveUpdateFor(file), sent: [{ code: NEW }, { timeoutMs: 1_000 }] }
    const after = noteFunctionEvents(sent, [
      updated(3_040, 'InProgress', 2),
      updated(4_040, 'Successful', 2),
    ])
    expect(after.applied).toEqual([{ atMs: 3_040, change: { code: NEW } }])
    expect(after.sent).toEqual([{ timeoutMs: 1_000 }])
    expect(after.last).toEqual({
      atMs: 4_040,
      lastUpdateStatus: 'Successful',
      changed: ['code'],
      version: 2,
    })
  })

  it('D15: Export keeps the function as the run started and adds each update as the action AWS names', () => {
    // The file as edited during the run: new code and Timeout 1 in `function`.
    const edited = {
      ...file,
      function: { FunctionName: 'fn', Timeout: 1, MemorySize: 256, code: NEW },
    }
    const state = {
      ...liveUpdateFor(file),
      applied: [{ atMs: 3_040, change: { code: NEW } }],
      sent: [{ timeoutMs: 1_000, memorySizeMb: 256 }],
    }
    expect(withFunctionUpdates(edited, state, 9_000)).toEqual({
      name: 'run',
      function: { FunctionName: 'fn', Timeout: 3, code: OLD },
      actions: [
        { atMs: 0, PutFunctionConcurrency: { ReservedConcurrentExecutions: 1 } },
        { atMs: 3_040, UpdateFunctionCode: { code: NEW } },
        { atMs: 9_000, UpdateFunctionConfiguration: { Timeout: 1, MemorySize: 256 } },
      ],
    })
  })

  it('D15: with no update made, Export writes the file unchanged', () => {
    expect(withFunctionUpdates(file, liveUpdateFor(file), 5_000)).toBe(file)
  })

  it('D16: a mid-run concurrency change is PutFunctionConcurrency; the code typed and not deployed stays', () => {
    const typed = {
      ...file,
      function: { ...file.function, code: NEW, ReservedConcurrentExecutions: 4 },
    }
    const state = { ...liveUpdateFor(file), concurrency: [{ atMs: 2_500, reservedConcurrency: 4 }] }
    expect(withFunctionUpdates(typed, state, 3_000)).toEqual({
      ...file,
      function: { ...file.function, code: NEW },
      actions: [
        ...file.actions,
        { atMs: 2_500, PutFunctionConcurrency: { ReservedConcurrentExecutions: 4 } },
      ],
    })
  })
})
