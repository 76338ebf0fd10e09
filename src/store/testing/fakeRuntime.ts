import type { InvocationOutcome, InvokeRequest } from '../../engine'
import type { Runtime, RuntimeBatch } from '../../runtime/types'

/** What the worker says about a freshly loaded one-shard `Orders` table; tests override what they need. */
export const SCENARIO_INFO = {
  name: 'x',
  description: 'd',
  durationMs: 60_000,
  clockStartMs: 0,
  tableName: 'Orders',
  keySchema: { hash: { name: 'pk', type: 'S' as const } },
  streamViewType: 'NEW_AND_OLD_IMAGES' as const,
  shards: 1,
  ttlAttribute: undefined,
  region: 'us-east-1',
}

/** What the worker says about the mapping of a freshly loaded scenario (GetEventSourceMapping, abridged). */
export const MAPPING_IN_EFFECT = {
  state: 'NotCreated' as const,
  description: { BatchSize: 100, State: 'Creating' },
  pending: {},
}

/**
 * A runtime for store tests, with no worker behind it: it records every call, numbers loads 1, 2, 3 …, answers
 * the Test button with `testInvoke`, answers a live settings change with `clock.nowMs`, and lets the test deliver worker batches itself.
 */
export function createFakeRuntime(
  testInvoke: (request: InvokeRequest) => InvocationOutcome = () => ({
    kind: 'returned',
    response: { ok: true },
    waitedMs: 0,
    logs: [],
  }),
) {
  const calls: unknown[][] = []
  const loads: unknown[] = []
  const writes: unknown[] = []
  const tests: InvokeRequest[] = []
  let listener: ((batch: RuntimeBatch) => void) | undefined
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push([name, ...args])
  // A live settings change takes effect at `clock.nowMs`, the worker's virtual time (tests move it).
  const clock = { nowMs: 0 }
  const applied =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args])
      return Promise.resolve(clock.nowMs)
    }
  const runtime: Runtime = {
    load: (scenario) => {
      calls.push(['load', scenario])
      return loads.push(scenario)
    },
    write: (id, write) => {
      calls.push(['write', id, write])
      writes.push(write)
    },
    play: record('play'),
    pause: record('pause'),
    setSpeed: record('setSpeed'),
    setPaced: record('setPaced'),
    step: record('step'),
    advanceTo: record('advanceTo'),
    updateMapping: applied('updateMapping'),
    putFunctionConcurrency: applied('putFunctionConcurrency'),
    updateFunction: record('updateFunction'),
    updateExecutionRole: record('updateExecutionRole'),
    setTraffic: record('setTraffic'),
    seek: record('seek'),
    testInvoke: (request) => {
      calls.push(['testInvoke', request])
      tests.push(request)
      return Promise.resolve(testInvoke(request))
    },
    requestReport: () => Promise.reject(new Error('not in this test')),
    explainRecord: () => Promise.resolve(undefined),
    mappingApi: () => Promise.resolve(undefined),
    describeInvocation: () => Promise.resolve(undefined),
    subscribe: (l) => {
      listener = l
      return () => undefined
    },
    dispose: () => undefined,
  }
  return {
    runtime,
    calls,
    loads,
    writes,
    tests,
    clock,
    deliver: (batch: RuntimeBatch) => listener?.(batch),
  }
}
