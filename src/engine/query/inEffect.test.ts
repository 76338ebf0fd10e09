import { describe, expect, it } from 'vitest'
import { virtualMs } from '../clock'
import { createSimulation } from '../simulation'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { fail, runScripted } from '../testing/runScripted'

const SQS_ARN = 'arn:aws:sqs:us-east-1:123456789012:orders-dlq'

/** Three keys, each failing once with no retries: three failure records, one per invocation. */
const failingToSqs = () =>
  normalized(
    scenarioFile({
      writes: puts(3, { intervalMs: 2_000 }),
      mapping: {
        MaximumRetryAttempts: 0,
        DestinationConfig: { OnFailure: { Destination: SQS_ARN } },
      },
    }),
  )

describe('queries that answer without building the report', () => {
  it('destinations(from) are the report’s failure records from that index on (A6.2)', () => {
    const { sim, report } = runScripted(failingToSqs(), fail)
    expect(report.destinations).toHaveLength(3)
    expect(sim.destinations()).toEqual(report.destinations)
    expect(sim.destinations(1)).toEqual(report.destinations.slice(1))
    expect(sim.destinations(3)).toEqual([])
  })

  it('invocation(id) is the report’s entry, running until its outcome is accepted and it ends', () => {
    const sim = createSimulation(failingToSqs())
    const { effects } = sim.runUntil(virtualMs(60_000))
    expect(effects.map((e) => e.invocationId)).toEqual([1])
    expect(sim.invocation(1)).toMatchObject({
      running: true,
      invocation: { startMs: 1_000, recordIndexes: [0], attempt: 1 },
    })
    sim.accept({
      type: 'invocationOutcome',
      invocationId: 1,
      outcome: { kind: 'returned', response: null, waitedMs: 0, logs: [] },
    })
    sim.runUntil(virtualMs(1_020))
    expect(sim.invocation(1)).toEqual({ running: false, invocation: sim.report().invocations[0] })
    expect(sim.invocation(1)?.invocation.outcome).toBe('success')
    expect([sim.invocation(0), sim.invocation(2)]).toEqual([undefined, undefined])
  })

  it('D13: mappingInEffect() shows the settings batches are formed with while Updating, and what will change', () => {
    const sim = createSimulation(normalized(scenarioFile({ mapping: { BatchSize: 100 } })))
    sim.runUntil(virtualMs(2_000))
    expect(sim.mappingInEffect()).toMatchObject({
      state: 'Enabled',
      description: { BatchSize: 100, MaximumRetryAttempts: -1 },
      pending: {},
    })
    sim.accept({ type: 'updateMapping', settings: { batchSize: 5, maximumRetryAttempts: 2 } })
    sim.runUntil(virtualMs(2_500))
    const updating = sim.mappingInEffect()
    expect(updating).toMatchObject({ state: 'Updating', description: { BatchSize: 100 } })
    expect(updating.pending).toEqual({ BatchSize: 5, MaximumRetryAttempts: 2 })
    sim.runUntil(virtualMs(3_000))
    expect(sim.mappingInEffect()).toMatchObject({
      state: 'Enabled',
      description: { BatchSize: 5, MaximumRetryAttempts: 2 },
      pending: {},
    })
    expect(sim.mappingInEffect().description).toEqual(sim.report().mapping)
  })
})
