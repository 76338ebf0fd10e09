import { describe, expect, it } from 'vitest'
import { virtualMs } from '../clock'
import { createSimulation } from '../simulation'
import { validateScenario } from '../scenario'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { returning, throwing } from '../testing/expectations'
import { runScripted, type ScriptedHandler } from '../testing/runScripted'
import type { InvokeRequest } from './invocation'
import type { SimEvent } from '../model/events'

const OLD = 'export const handler = async () => { throw new Error("poison") }'
const NEW = 'export const handler = async () => ({})'

/** Old code fails, new code succeeds; both wait `waitedMs` of virtual time. Remembers what each request ran. */
function byCode(waitedMs: number) {
  const ran: Array<[number, boolean, number, string]> = []
  const handler: ScriptedHandler = (request: InvokeRequest) => {
    ran.push([request.environmentId, request.coldStart, request.codeVersion, request.code])
    return request.code === NEW ? returning(null, waitedMs) : throwing('Error', 'poison', waitedMs)
  }
  return { handler, ran }
}

function updates(journal: readonly SimEvent[]) {
  return journal.flatMap((e) => (e.type === 'functionUpdated' ? [e] : []))
}

describe('D15: a function updated while the run goes on', () => {
  it('D15: the invocation running at the update finishes on the old code; the next one starts cold on the new code', () => {
    // Record 0 is invoked at 1 s (after Creating) and runs 3.02 s; the update lands at 1.5 s, completes at 2.5 s.
    // Record 1 (5 s) waits for the lane's next poll, 5.02 s (polls every 250 ms from the last invocation's end).
    const file = scenarioFile({
      writes: puts(2, { intervalMs: 5_000 }),
      function: { code: OLD, Timeout: 10 },
      mapping: { MaximumRetryAttempts: 0 },
      actions: [{ atMs: 1_500, UpdateFunctionCode: { code: NEW } }],
    })
    const { handler, ran } = byCode(3_000)
    const { sim, report } = runScripted(normalized(file), handler)
    expect(ran).toEqual([
      [1, true, 1, OLD],
      [2, true, 2, NEW],
    ])
    expect(report.invocations.map((i) => [i.startMs, i.endMs, i.outcome, i.coldStart])).toEqual([
      [1_000, 4_020, 'error', true],
      [5_020, 8_040, 'success', true],
    ])
    expect(updates(sim.journal())).toEqual([
      {
        type: 'functionUpdated',
        atMs: 1_500,
        lastUpdateStatus: 'InProgress',
        changed: ['code'],
        version: 2,
      },
      {
        type: 'functionUpdated',
        atMs: 2_500,
        lastUpdateStatus: 'Successful',
        changed: ['code'],
        version: 2,
      },
    ])
  })

  it('D15: while the update is InProgress new invocations still run the old version, warm', () => {
    // Invocations at 1 s and 1.25 s (20 ms each); the update requested at 1.1 s completes at 2.1 s.
    const file = scenarioFile({
      writes: [
        ...puts(1),
        ...puts(1, { atMs: 1_200, prefix: 'b' }),
        ...puts(1, { atMs: 3_000, prefix: 'c' }),
      ],
      function: { code: OLD },
      mapping: { MaximumRetryAttempts: 0 },
      actions: [{ atMs: 1_100, UpdateFunctionCode: { code: NEW } }],
    })
    const { handler, ran } = byCode(0)
    runScripted(normalized(file), handler)
    expect(ran).toEqual([
      [1, true, 1, OLD],
      [1, false, 1, OLD],
      [2, true, 2, NEW],
    ])
  })

  it('D15: a Timeout change applies to the invocations that start after the update, not to the one running', () => {
    // Each invocation awaits 2 s; Timeout 3 s → 1 s from 3 s on (requested at 2 s).
    const file = scenarioFile({
      writes: puts(2, { intervalMs: 5_000 }),
      function: { Timeout: 3 },
      mapping: { MaximumRetryAttempts: 0 },
      actions: [{ atMs: 2_000, UpdateFunctionConfiguration: { Timeout: 1 } }],
    })
    const timeouts: number[] = []
    const { report } = runScripted(normalized(file), (request) => {
      timeouts.push(request.timeoutMs)
      return request.timeoutMs < 2_020 ? { kind: 'timeout', logs: [] } : returning(null, 2_000)
    })
    expect(timeouts).toEqual([3_000, 1_000])
    expect(report.invocations.map((i) => [i.startMs, i.endMs, i.outcome, i.coldStart])).toEqual([
      [1_000, 3_020, 'success', true],
      [5_020, 6_020, 'timeout', true],
    ])
    expect(report.invocations[1].error?.errorMessage).toMatch(/Task timed out after 1\.00 seconds$/)
  })

  it('D15: an update accepted as input applies at the current virtual time; a second one waits for the first', () => {
    const sim = createSimulation(normalized(scenarioFile({ writes: puts(1, { atMs: 10_000 }) })))
    sim.runUntil(virtualMs(4_000))
    sim.accept({ type: 'updateFunction', change: { code: NEW, memorySizeMb: 256 } })
    const step = sim.runUntil(virtualMs(7_000))
    expect(
      updates(step.events).map((e) => [e.atMs, e.lastUpdateStatus, e.changed, e.version]),
    ).toEqual([
      [4_000, 'InProgress', ['code'], 2],
      [5_000, 'Successful', ['code'], 2],
      [5_000, 'InProgress', ['MemorySize'], 3],
      [6_000, 'Successful', ['MemorySize'], 3],
    ])
    const next = sim.runUntil(virtualMs(10_000))
    expect(
      next.effects.map((r) => [r.codeVersion, r.code, r.memoryLimitInMB, r.coldStart]),
    ).toEqual([[3, NEW, 256, true]])
  })

  it('D15: the scenario file names the calls as AWS does and gets AWS-style messages for bad values', () => {
    const bad = validateScenario(
      scenarioFile({
        actions: [
          { atMs: 0, UpdateFunctionConfiguration: {} },
          { atMs: 0, UpdateFunctionConfiguration: { Timeout: 0 } },
          { atMs: 0, UpdateFunctionCode: { language: 'python' } },
        ],
      }),
    )
    expect(bad.ok ? [] : bad.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'actions[0].UpdateFunctionConfiguration: UpdateFunctionConfiguration needs Timeout or MemorySize (the settings the simulator models)',
      "actions[1].UpdateFunctionConfiguration.Timeout: ValidationException: 1 validation error detected: Value '0' at 'timeout' failed to satisfy constraint: Member must have value greater than or equal to 1",
      "actions[2].UpdateFunctionCode.code: code must be a string holding the handler's source, got nothing",
    ])
  })
})
