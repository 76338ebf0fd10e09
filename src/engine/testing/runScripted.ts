import { virtualMs } from '../clock'
import { createSimulation, type Simulation } from '../simulation'
import type { InvocationOutcome, InvokeRequest } from '../lambda/invocation'
import type { NormalizedScenario } from '../model/scenario'
import type { RunReport } from '../model/report'

/** Decides what the handler does for one invocation: the tests' stand-in for real handler code. */
export type ScriptedHandler = (
  request: InvokeRequest,
  records: readonly ScriptedRecord[],
) => InvocationOutcome

export interface ScriptedRecord {
  readonly sequenceNumber: string
  readonly eventName: string
  readonly keys: Record<string, unknown>
  readonly newImage: Record<string, unknown> | undefined
}

/** Runs a scenario synchronously with a scripted handler (engine tests, property tests and the benchmark). */
export function runScripted(
  scenario: NormalizedScenario,
  handler: ScriptedHandler,
): { sim: Simulation; report: RunReport } {
  const sim = createSimulation(scenario)
  for (;;) {
    const step = sim.runUntil(virtualMs(scenario.durationMs))
    if (step.effects.length === 0) break
    for (const request of step.effects) {
      const event = request.event as {
        Records?: Array<{ eventName: string; dynamodb: Record<string, unknown> }>
      }
      const records = (event.Records ?? []).map((r) => ({
        sequenceNumber: r.dynamodb.SequenceNumber as string,
        eventName: r.eventName,
        keys: r.dynamodb.Keys as Record<string, unknown>,
        newImage: r.dynamodb.NewImage as Record<string, unknown> | undefined,
      }))
      sim.accept({
        type: 'invocationOutcome',
        invocationId: request.invocationId,
        outcome: handler(request, records),
      })
    }
  }
  sim.finish()
  return { sim, report: sim.report() }
}

export const succeed: ScriptedHandler = () => ({
  kind: 'returned',
  response: null,
  waitedMs: 0,
  logs: [],
})

export const fail: ScriptedHandler = () => ({
  kind: 'error',
  error: {
    errorType: 'Error',
    errorMessage: 'boom',
    trace: ['Error: boom', '    at handler (/var/task/index.js:1:1)'],
  },
  waitedMs: 0,
  logs: [],
})
