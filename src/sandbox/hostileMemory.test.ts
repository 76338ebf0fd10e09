/**
 * The memory attempts of the hostile suite (hostileAttempts.ts) through the real Node executor: each ends as
 * Lambda ends a function that goes over its MemorySize (docs/semantics.md D14), or at the wall-clock guard,
 * and the runner's own memory stays bounded.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { HandlerExecutor, InvocationOutcome } from '../engine'
import { createNodeExecutor } from './host/node/createNodeExecutor'
import { HOSTILE_ATTEMPTS, hostileHandlerSource } from './hostileAttempts'
import { makeRequest } from './testSupport'

const MB = 1_048_576
/**
 * The memory walls decide, not the 2 s wall-clock guard: filling 256 MB, or V8 thrashing near its heap limit, can
 * take longer than 2 s on a loaded machine, and the guard would then report a timeout.
 */
const LONG_GUARD_MS = 20_000

let executor: HandlerExecutor | undefined

afterEach(async () => {
  await executor?.dispose()
  executor = undefined
})

function attemptSource(id: string): string {
  const attempt = HOSTILE_ATTEMPTS.find((candidate) => candidate.id === id)
  if (attempt === undefined) throw new Error(`no hostile attempt ${id}`)
  return hostileHandlerSource(attempt)
}

/** Invokes `code` `times` times in one environment (warm after the first) and samples the runner's RSS. */
async function invokeWarm(
  code: string,
  options: { memorySizeMb: number; times: number; guardMs?: number },
): Promise<{ outcomes: InvocationOutcome[]; peakGrowthMb: number }> {
  executor = createNodeExecutor({ guardMs: options.guardMs })
  const before = process.memoryUsage.rss()
  let peak = before
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, 10)
  const outcomes: InvocationOutcome[] = []
  try {
    for (let i = 1; i <= options.times; i++) {
      const request = makeRequest({
        code,
        memoryLimitInMB: options.memorySizeMb,
        coldStart: i === 1,
        invocationId: i,
        requestId: `req-${i}`,
      })
      outcomes.push(await executor.invoke(request))
    }
  } finally {
    clearInterval(sampler)
  }
  return { outcomes, peakGrowthMb: (peak - before) / MB }
}

function killed(requestId: string): InvocationOutcome {
  return {
    kind: 'crashed',
    message: `RequestId: ${requestId} Error: Runtime exited with error: signal: killed`,
    logs: [],
    outOfMemory: true,
  }
}

describe('hostile memory attempts in the Node sandbox (docs/semantics.md D14)', () => {
  it('memory-held-across-warm-invocations at 512 MB: the second warm call (512 MB held) is killed, the next starts cold', async () => {
    const { outcomes, peakGrowthMb } = await invokeWarm(
      attemptSource('memory-held-across-warm-invocations'),
      { memorySizeMb: 512, times: 3, guardMs: LONG_GUARD_MS },
    )
    expect(outcomes).toEqual([
      { kind: 'returned', response: 8, waitedMs: 0, logs: [] },
      killed('req-2'),
      { kind: 'returned', response: 8, waitedMs: 0, logs: [] },
    ])
    // Before: 3 GB held across warm invocations. Now at most one MemorySize plus the runtime.
    expect(peakGrowthMb).toBeLessThan(512 + 256)
  }, 60_000)

  it('memory-held-across-warm-invocations at 128 MB: 256 MB in one call is over, every time', async () => {
    const { outcomes, peakGrowthMb } = await invokeWarm(
      attemptSource('memory-held-across-warm-invocations'),
      { memorySizeMb: 128, times: 2, guardMs: LONG_GUARD_MS },
    )
    expect(outcomes).toEqual([killed('req-1'), killed('req-2')])
    expect(peakGrowthMb).toBeLessThan(512)
  }, 60_000)

  it('heap-bomb at 128 MB: the worker heap limit (MemorySize + 64 MB) ends it as killed, not the guard', async () => {
    const { outcomes, peakGrowthMb } = await invokeWarm(attemptSource('heap-bomb'), {
      memorySizeMb: 128,
      times: 1,
      guardMs: LONG_GUARD_MS,
    })
    expect(outcomes).toEqual([killed('req-1')])
    expect(peakGrowthMb).toBeLessThan(512)
  }, 60_000)

  it('array-buffer-bomb at 128 MB: a loop of `await null` is checked between its microtasks and killed', async () => {
    const { outcomes, peakGrowthMb } = await invokeWarm(attemptSource('array-buffer-bomb'), {
      memorySizeMb: 128,
      times: 1,
      guardMs: LONG_GUARD_MS,
    })
    expect(outcomes).toEqual([killed('req-1')])
    expect(peakGrowthMb).toBeLessThan(256)
  }, 60_000)

  it('a synchronous burst of filled ArrayBuffers is killed by the RSS watchdog, not by the heap limit', async () => {
    const burst =
      'export const handler = async () => { const hoard = []; while (true) hoard.push(new Uint8Array(64 * 1024 * 1024).fill(1)) }'
    const { outcomes, peakGrowthMb } = await invokeWarm(burst, {
      memorySizeMb: 128,
      times: 1,
      guardMs: LONG_GUARD_MS,
    })
    expect(outcomes).toEqual([killed('req-1')])
    // The watchdog's line: MemorySize + 128 MB runtime + 256 MB margin, plus what one 50 ms poll lets through.
    expect(peakGrowthMb).toBeLessThan(1_024)
  }, 60_000)
})
