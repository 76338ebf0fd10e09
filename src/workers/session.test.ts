import { describe, expect, it } from 'vitest'
import { validateScenario, virtualMs } from '../engine'
import type { InvocationOutcome, Simulation } from '../engine'
import { SCENARIO_PRESETS } from '../scenarios'
import { absorbEvents, createSession, invocationDetails } from './session'
import type { Session } from './session'

const failure: InvocationOutcome = {
  kind: 'error',
  error: { errorType: 'Error', errorMessage: 'boom', trace: ['Error: boom'] },
  waitedMs: 0,
  logs: [],
}

/** The poison-pill preset run to its end: three failed invocations, then one SQS failure record. */
function finishedSession(): Session {
  const result = validateScenario(SCENARIO_PRESETS['poison-pill'])
  if (!result.ok) throw new Error('the preset must validate')
  const s = createSession(1, result.scenario)
  for (;;) {
    const { effects } = s.sim.runUntil(virtualMs(result.scenario.durationMs))
    if (effects.length === 0) return s
    for (const request of effects)
      s.sim.accept({
        type: 'invocationOutcome',
        invocationId: request.invocationId,
        outcome: failure,
      })
  }
}

/** The same session, whose simulation refuses to build the run report. */
function withoutReport(s: Session): Session {
  const sim: Simulation = {
    ...s.sim,
    report: () => {
      throw new Error('the worker rebuilt the whole report')
    },
  }
  return { ...s, sim }
}

describe('the worker asks the engine small questions, not for the report', () => {
  it('delivered destinations come from destinations(since), in delivery order', () => {
    const s = finishedSession()
    const expected = s.sim.report().destinations
    const guarded = withoutReport(s)
    absorbEvents(guarded, s.sim.journal(), () => {})
    expect(expected).toHaveLength(1)
    expect(guarded.destinations).toEqual(expected)
  })

  it('an invocation’s details come from invocation(id)', () => {
    const s = finishedSession()
    const expected = s.sim.report().invocations[2]
    expect(invocationDetails(withoutReport(s), 3)).toEqual({ running: false, invocation: expected })
    expect(invocationDetails(withoutReport(s), 4)).toBeNull()
  })
})
