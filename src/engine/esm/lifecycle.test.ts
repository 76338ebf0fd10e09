import { describe, expect, it } from 'vitest'
import { validateScenario } from '../scenario'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { fail, runScripted, succeed } from '../testing/runScripted'
import {
  FUNCTION_ARN,
  STREAM_ARN,
  T0,
  UUID_V4,
  checkpoints,
  fates,
  starts,
  stateChanges,
} from '../testing/expectations'

const update = (atMs: number, fields: Record<string, unknown>) => ({
  atMs,
  UpdateEventSourceMapping: fields,
})

describe('starting position and mapping lifecycle', () => {
  it('A3.1: TRIM_HORIZON reads every record already in the stream; LATEST only records from its creation on', () => {
    const run = (position: string) => {
      const file = scenarioFile({
        writes: [
          ...puts(2, { atMs: 0, intervalMs: 1_000 }),
          ...puts(1, { atMs: 7_000, prefix: 'new' }),
        ],
        mappingCreatedAtMs: 5_000,
        mapping: { StartingPosition: position },
      })
      const { report } = runScripted(normalized(file), succeed)
      return [starts(report), fates(report)]
    }
    expect(run('TRIM_HORIZON')).toEqual([
      [
        [6_000, [0, 1], 1],
        [7_020, [2], 1],
      ],
      ['processed', 'processed', 'processed'],
    ])
    expect(run('LATEST')).toEqual([[[7_000, [2], 1]], ['skipped', 'skipped', 'processed']])
  })

  it('A3.1: StartingPosition is required; AT_TIMESTAMP is rejected for a DynamoDB stream', () => {
    const errors = (mapping: Record<string, unknown>) => {
      const result = validateScenario(scenarioFile({ mapping }))
      return result.ok ? [] : result.errors
    }
    expect(errors({ StartingPosition: 'AT_TIMESTAMP' })).toEqual([
      {
        path: 'mapping.StartingPosition',
        message: `InvalidParameterValueException: Unsupported starting position for arn type: ${STREAM_ARN}`,
      },
    ])
    expect(errors({ StartingPosition: undefined })).toEqual([
      {
        path: 'mapping.StartingPosition',
        message:
          "InvalidParameterValueException: 1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null.",
      },
    ])
  })

  it('A3.2: LATEST skips records written before the creation millisecond (fate skipped) but reads a write at it', () => {
    const file = scenarioFile({
      writes: [
        ...puts(2, { atMs: 4_998, intervalMs: 1, prefix: 'before' }),
        ...puts(1, { atMs: 5_000, prefix: 'at' }),
        ...puts(1, { atMs: 5_500, prefix: 'after' }),
      ],
      mappingCreatedAtMs: 5_000,
      mapping: { StartingPosition: 'LATEST' },
    })
    const { sim, report } = runScripted(normalized(file), succeed)
    expect(fates(report)).toEqual(['skipped', 'skipped', 'processed', 'processed'])
    expect(starts(report)).toEqual([[6_000, [2, 3], 1]])
    const skipped = sim.journal().filter((e) => e.type === 'fate' && e.fate === 'skipped')
    expect(skipped).toEqual([
      {
        type: 'fate',
        atMs: 5_000,
        recordIndexes: [0, 1],
        fate: 'skipped',
        rule: 'stream.startingPosition',
      },
    ])
    expect(checkpoints(sim.journal(), report)).toEqual([
      [5_000, 1],
      [6_020, 3],
    ])
  })

  it('A9.1: the mapping moves through Creating, Enabled, Disabling, Disabled, Enabling and Updating, 1 s each (D13)', () => {
    const file = scenarioFile({
      actions: [
        update(10_000, { Enabled: false }),
        update(20_000, { Enabled: true }),
        update(30_000, { BatchSize: 5 }),
      ],
    })
    const { sim } = runScripted(normalized(file), succeed)
    expect(stateChanges(sim.journal())).toEqual([
      [0, 'Creating'],
      [1_000, 'Enabled'],
      [10_000, 'Disabling'],
      [11_000, 'Disabled'],
      [20_000, 'Enabling'],
      [21_000, 'Enabled'],
      [30_000, 'Updating'],
      [31_000, 'Enabled'],
    ])
  })

  it('A9.2: a new mapping answers State Creating, "User action" and "No records processed"', () => {
    const file = scenarioFile({ mappingCreatedAtMs: 59_500, durationSeconds: 60 })
    const { report } = runScripted(normalized(file), succeed)
    expect(report.mapping).toMatchObject({
      State: 'Creating',
      StateTransitionReason: 'User action',
      LastProcessingResult: 'No records processed',
      LastModified: (T0 + 59_500) / 1000,
    })
  })

  it('A9.2: LastProcessingResult is "OK" after a successful batch and "PROBLEM: Function call failed" after a failed one', () => {
    const ok = runScripted(normalized(scenarioFile({ writes: puts(1) })), succeed).report.mapping
    expect([ok.State, ok.LastProcessingResult]).toEqual(['Enabled', 'OK'])
    const failed = runScripted(
      normalized(scenarioFile({ writes: puts(1), mapping: { MaximumRetryAttempts: 0 } })),
      fail,
    )
    expect(failed.report.mapping.LastProcessingResult).toBe('PROBLEM: Function call failed')
  })

  it('A9.2: a mapping created with Enabled false goes from Creating to Disabled and never polls (C13)', () => {
    const { sim, report } = runScripted(
      normalized(scenarioFile({ writes: puts(2), mapping: { Enabled: false } })),
      succeed,
    )
    expect(stateChanges(sim.journal())).toEqual([
      [0, 'Creating'],
      [1_000, 'Disabled'],
    ])
    expect(report.invocations).toEqual([])
    expect(fates(report)).toEqual(['pending', 'pending'])
    expect(report.mapping.State).toBe('Disabled')
  })

  it('A9.3: GetEventSourceMapping echoes the DynamoDB defaults', () => {
    const { report } = runScripted(normalized(scenarioFile({ durationSeconds: 5 })), succeed)
    const uuid = report.mapping.UUID as string
    expect(uuid).toMatch(UUID_V4)
    expect(report.mapping).toEqual({
      UUID: uuid,
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 0,
      ParallelizationFactor: 1,
      EventSourceArn: STREAM_ARN,
      FunctionArn: FUNCTION_ARN,
      LastModified: T0 / 1000,
      LastProcessingResult: 'No records processed',
      State: 'Enabled',
      StateTransitionReason: 'User action',
      DestinationConfig: { OnFailure: {} },
      FunctionResponseTypes: [],
      MaximumRecordAgeInSeconds: -1,
      BisectBatchOnFunctionError: false,
      MaximumRetryAttempts: -1,
      TumblingWindowInSeconds: 0,
      EventSourceMappingArn: `arn:aws:lambda:us-east-1:123456789012:event-source-mapping:${uuid}`,
    })
  })

  it('A9.4: disabling pauses polling; re-enabling resumes at the checkpoint with nothing lost or repeated (C10)', () => {
    for (const position of ['TRIM_HORIZON', 'LATEST']) {
      const file = scenarioFile({
        writes: puts(20, { atMs: 0, intervalMs: 1_000 }),
        function: { durationMs: 100 },
        mapping: { StartingPosition: position },
        actions: [update(5_200, { Enabled: false }), update(10_000, { Enabled: true })],
      })
      const { sim, report } = runScripted(normalized(file), succeed)
      // The invocation in flight at 5 200 (record 5, 5 150–5 250) completes and is checkpointed; records
      // written while disabled wait for the re-enable (polling again at 11 000).
      expect(
        report.invocations.slice(4, 7).map((i) => [i.startMs, i.endMs, i.recordIndexes]),
      ).toEqual([
        [5_150, 5_250, [5]],
        [11_000, 11_100, [6, 7, 8, 9, 10, 11]],
        [12_100, 12_200, [12]],
      ])
      expect(checkpoints(sim.journal(), report).filter(([t]) => t >= 5_000 && t <= 11_100)).toEqual(
        [
          [5_250, 5],
          [11_100, 11],
        ],
      )
      expect(report.invocations.flatMap((i) => i.recordIndexes)).toEqual([...Array(20).keys()])
      expect(fates(report).every((f) => f === 'processed')).toBe(true)
    }
  })

  it('D13: an update applies its settings to batches formed after its 1 s transition ends', () => {
    const file = scenarioFile({
      writes: [...puts(5, { atMs: 5_500, prefix: 'a' }), ...puts(5, { atMs: 7_500, prefix: 'b' })],
      actions: [update(5_000, { BatchSize: 2 })],
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(starts(report)).toEqual([
      [5_500, [0, 1, 2, 3, 4], 1],
      [7_520, [5, 6], 1],
      [7_540, [7, 8], 1],
      [7_560, [9], 1],
    ])
    expect(report.mapping.BatchSize).toBe(2)
  })

  describe('D13: BatchSize changes while a batching window is open', () => {
    // 20 records read at 1.5 s into a batch of up to 100 whose 10 s window closes at 11.5 s.
    const gathering = (batchSize: number) =>
      scenarioFile({
        writes: puts(20, { atMs: 1_500 }),
        mapping: { BatchSize: 100, MaximumBatchingWindowInSeconds: 10 },
        actions: [update(2_000, { BatchSize: batchSize })],
      })

    it('D13: lowered below the records gathered, the new BatchSize caps each batch, sent as soon as full', () => {
      const { sim, report } = runScripted(normalized(gathering(5)), succeed)
      // The update ends at 3 s: the gathered batch is full under the new size and goes out capped;
      // the rest stays read, in order, and fills the next batches as each invocation completes.
      expect(starts(report)).toEqual([
        [3_000, [0, 1, 2, 3, 4], 1],
        [3_020, [5, 6, 7, 8, 9], 1],
        [3_040, [10, 11, 12, 13, 14], 1],
        [3_060, [15, 16, 17, 18, 19], 1],
      ])
      expect(fates(report).every((f) => f === 'processed')).toBe(true)
      // Nothing is read twice: the records beyond the cap were kept, not given back to the stream.
      const polled = sim.journal().flatMap((e) => (e.type === 'polled' ? e.recordIndexes : []))
      expect(polled).toEqual([...Array(20).keys()])
    })

    it('D13: still above the records gathered, the batch keeps gathering until its window closes', () => {
      const { report } = runScripted(normalized(gathering(50)), succeed)
      expect(starts(report)).toEqual([[11_500, [...Array(20).keys()], 1]])
    })
  })
})
