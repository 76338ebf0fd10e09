import { describe, expect, it } from 'vitest'
import { virtualMs } from '../clock'
import { createSimulation, type Simulation } from '../simulation'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { runScripted, succeed } from '../testing/runScripted'
import { FUNCTION_ARN, STREAM_ARN, UUID_V4, fates } from '../testing/expectations'

/** Runs to `untilMs`, every invocation succeeding. */
function runTo(sim: Simulation, untilMs: number): void {
  for (;;) {
    const step = sim.runUntil(virtualMs(untilMs))
    for (const request of step.effects)
      sim.accept({
        type: 'invocationOutcome',
        invocationId: request.invocationId,
        outcome: succeed(request, []),
      })
    if (step.effects.length === 0 && step.reachedMs === untilMs) return
  }
}

/** The UUID of the one mapping, from ListEventSourceMappings. */
function uuidOf(sim: Simulation): string {
  const answer = sim.callMappingApi({ operation: 'ListEventSourceMappings', input: {} })
  if (!answer.ok) throw new Error(answer.message)
  return (answer.body.EventSourceMappings as { UUID: string }[])[0].UUID
}

const file = () =>
  scenarioFile({
    writes: [
      ...puts(2, { atMs: 0, intervalMs: 1_000 }),
      ...puts(2, { atMs: 8_000, prefix: 'late' }),
    ],
  })

describe('the event source mapping API (docs/semantics.md D16)', () => {
  it('D16: get, update, then an update during Updating answers ResourceInUseException', () => {
    const sim = createSimulation(normalized(file()))
    runTo(sim, 2_000)
    const uuid = uuidOf(sim)
    expect(uuid).toMatch(UUID_V4)
    const updated = sim.callMappingApi({
      operation: 'UpdateEventSourceMapping',
      input: { UUID: uuid, BatchSize: 50 },
    })
    // The answer shows the settings in effect until the update completes (the seed page's example).
    expect(updated).toMatchObject({
      ok: true,
      status: 202,
      body: { State: 'Updating', BatchSize: 100 },
    })
    expect(
      sim.callMappingApi({ operation: 'UpdateEventSourceMapping', input: { UUID: uuid } }),
    ).toEqual({
      ok: false,
      status: 400,
      code: 'ResourceInUseException',
      message: 'Cannot update the event source mapping because it is in use.',
    })
    runTo(sim, 3_000)
    expect(
      sim.callMappingApi({ operation: 'GetEventSourceMapping', input: { UUID: uuid } }),
    ).toMatchObject({
      ok: true,
      body: {
        State: 'Enabled',
        BatchSize: 50,
        FunctionArn: FUNCTION_ARN,
        EventSourceArn: STREAM_ARN,
      },
    })
  })

  it('D21: an update removes the destination with an empty Destination; `{"OnFailure":{}}` is refused', () => {
    const queue = 'arn:aws:sqs:us-east-1:123456789012:dlq'
    const sim = createSimulation(
      normalized(
        scenarioFile({
          writes: puts(2, { atMs: 0, intervalMs: 1_000 }),
          mapping: {
            StartingPosition: 'TRIM_HORIZON',
            DestinationConfig: { OnFailure: { Destination: queue } },
          },
        }),
      ),
    )
    runTo(sim, 2_000)
    const UUID = uuidOf(sim)
    const update = (DestinationConfig: unknown) =>
      sim.callMappingApi({
        operation: 'UpdateEventSourceMapping',
        input: { UUID, DestinationConfig },
      })
    expect(update({ OnFailure: {} })).toEqual({
      ok: false,
      status: 400,
      code: 'InvalidParameterValueException',
      message: 'The Destination field is required for an OnFailure configuration.',
    })
    expect(update({ OnFailure: { Destination: '' } })).toMatchObject({
      ok: true,
      body: { State: 'Updating', DestinationConfig: { OnFailure: { Destination: queue } } },
      action: {
        UpdateEventSourceMapping: { DestinationConfig: { OnFailure: { Destination: '' } } },
      },
    })
    runTo(sim, 3_000)
    const get = sim.callMappingApi({ operation: 'GetEventSourceMapping', input: { UUID } })
    expect(get).toMatchObject({
      ok: true,
      body: { State: 'Enabled', DestinationConfig: { OnFailure: {} } },
    })
  })

  it('D16: validation, unknown UUID and a second create answer as AWS does', () => {
    const sim = createSimulation(normalized(file()))
    runTo(sim, 2_000)
    expect(
      sim.callMappingApi({
        operation: 'UpdateEventSourceMapping',
        input: { UUID: 'x', BatchSize: 0 },
      }),
    ).toEqual({
      ok: false,
      status: 400,
      code: 'ValidationException',
      message:
        "1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
    })
    expect(
      sim.callMappingApi({ operation: 'GetEventSourceMapping', input: { UUID: 'x' } }),
    ).toEqual({
      ok: false,
      status: 404,
      code: 'ResourceNotFoundException',
      message: 'The resource you requested does not exist.',
    })
    const created = sim.callMappingApi({
      operation: 'CreateEventSourceMapping',
      input: {
        FunctionName: 'stream-handler',
        EventSourceArn: STREAM_ARN,
        StartingPosition: 'LATEST',
      },
    })
    expect(created).toMatchObject({ ok: false, status: 409, code: 'ResourceConflictException' })
  })

  it('D16: delete stops polling; a new LATEST mapping skips what was written meanwhile; a file replays it', () => {
    const sim = createSimulation(normalized(file()))
    runTo(sim, 3_000)
    const uuid = uuidOf(sim)
    expect(
      sim.callMappingApi({ operation: 'DeleteEventSourceMapping', input: { UUID: uuid } }),
    ).toMatchObject({
      ok: true,
      body: { State: 'Deleting' },
      action: { DeleteEventSourceMapping: {} },
      atMs: 3_000,
    })
    expect(
      sim.callMappingApi({ operation: 'DeleteEventSourceMapping', input: { UUID: uuid } }),
    ).toMatchObject({
      code: 'ResourceInUseException',
      message: 'Cannot delete the event source mapping because it is in use.',
    })
    runTo(sim, 9_000)
    expect(
      sim.callMappingApi({ operation: 'GetEventSourceMapping', input: { UUID: uuid } }),
    ).toMatchObject({ status: 404 })
    const input = {
      FunctionName: 'stream-handler',
      EventSourceArn: STREAM_ARN,
      StartingPosition: 'LATEST',
      BatchSize: 5,
    }
    const created = sim.callMappingApi({ operation: 'CreateEventSourceMapping', input })
    expect(created).toMatchObject({
      ok: true,
      status: 202,
      body: { State: 'Creating', BatchSize: 5, LastProcessingResult: 'No records processed' },
    })
    expect(created.ok && created.body.UUID).not.toBe(uuid)
    runTo(sim, 30_000)
    sim.finish()
    const live = sim.report()
    // The records of 8 s were written while no mapping existed: LATEST at 9 s skips them.
    expect(fates(live)).toEqual(['processed', 'processed', 'skipped', 'skipped'])
    // The same requests as a file's timed actions give the same run.
    const replayed = runScripted(
      normalized({
        ...file(),
        actions: [
          { atMs: 3_000, DeleteEventSourceMapping: {} },
          { atMs: 9_000, CreateEventSourceMapping: input },
        ],
      }),
      succeed,
    ).report
    expect(replayed).toEqual(live)
  })
})
