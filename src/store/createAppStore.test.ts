import { describe, expect, it } from 'vitest'
import { virtualMs } from '../engine'
import { SCENARIO_PRESETS } from '../scenarios'
import type { RuntimeBatch } from '../runtime/types'
import { selectRunningToEnd } from './selectors'
import { loadedStore } from './testing/loadedStore'
import { SCENARIO_INFO, MAPPING_IN_EFFECT } from './testing/fakeRuntime'

function setup() {
  return loadedStore(SCENARIO_PRESETS['poison-pill'])
}

const frame = (events: RuntimeBatch['reports'][number]) => ({ reports: [events], outcomes: [] })

/** What the worker shows at the scenario's end. */
const snapshotAtEnd = {
  nowMs: virtualMs(SCENARIO_INFO.durationMs),
  mappingState: 'Enabled' as const,
  reservedConcurrency: null,
  concurrentExecutions: 0,
  shards: [],
}

describe('app store', () => {
  it('plays, pauses, steps and resets through the runtime', () => {
    const { store, calls } = setup()
    store.getState().play()
    expect(store.getState().playback.status).toBe('running')
    store.getState().togglePlay()
    store.getState().step()
    store.getState().setSpeed(50_000)
    store.getState().reset()
    store.getState().setPaced()
    expect(calls.map((c) => c[0])).toEqual([
      'load',
      'setPaced',
      'play',
      'pause',
      'step',
      'setPaced',
      'setSpeed',
      'load',
      'setPaced',
    ])
    // Event-paced by default; a speed means strict real time until Event-paced is chosen again.
    expect(calls.filter((c) => c[0] === 'setPaced').map((c) => c[1])).toEqual([true, false, true])
    expect(store.getState().playback).toEqual({
      status: 'idle',
      speed: 10_000,
      paced: true,
      toEnd: false,
      stepping: false,
      sandboxStarting: false,
    })
  })

  // Issue 11: Step's button is honest while its instant waits on a handler or a sandbox's cold start.
  it('holds Step until its frame shows, and keeps whether a sandbox is starting', () => {
    const { store, calls, deliver } = setup()
    store.getState().step()
    store.getState().step()
    expect(calls.filter((c) => c[0] === 'step')).toHaveLength(1)
    deliver({ reports: [], outcomes: [], sandboxStarting: true })
    expect(store.getState().playback).toMatchObject({ stepping: true, sandboxStarting: true })
    const snapshot = {
      nowMs: virtualMs(0),
      mappingState: 'Creating' as const,
      reservedConcurrency: null,
      concurrentExecutions: 0,
      shards: [],
    }
    const shown = { loadId: 1, records: [], tableChanges: [], destinations: [], snapshot }
    deliver(
      frame({
        type: 'frame',
        frame: { ...shown, seq: 1, reachedMs: 0, events: [], finished: false },
      }),
    )
    expect(store.getState().playback).toMatchObject({ stepping: false, sandboxStarting: true })
    deliver({ reports: [], outcomes: [], sandboxStarting: false })
    expect(store.getState().playback).toMatchObject({ stepping: false, sandboxStarting: false })
  })

  it('Run to end runs at full speed, whatever the speed setting; Pause ends that', () => {
    const { store, calls } = setup()
    store.getState().runToEnd()
    expect(calls.at(-1)?.[0]).toBe('advanceTo')
    expect(selectRunningToEnd(store.getState())).toBe(true)
    store.getState().pause()
    expect(selectRunningToEnd(store.getState())).toBe(false)
    expect(store.getState().playback.status).toBe('paused')
  })

  it('applies a frame batch with one state change: clock, events, invocations', () => {
    const { store, deliver } = setup()
    let changes = 0
    store.subscribe(() => changes++)
    const started = {
      type: 'invocationStarted' as const,
      atMs: virtualMs(1000),
      invocationId: 1,
      shard: 0,
      lane: 0,
      recordIndexes: [0, 1],
      attempt: 1,
      coldStart: true,
    }
    const completed = {
      type: 'invocationCompleted' as const,
      atMs: virtualMs(1020),
      invocationId: 1,
      outcome: 'error' as const,
    }
    const snapshot = {
      nowMs: virtualMs(1020),
      mappingState: 'Enabled' as const,
      reservedConcurrency: null,
      concurrentExecutions: 0,
      shards: [],
    }
    const base = {
      loadId: 1,
      records: [],
      tableChanges: [],
      destinations: [],
      snapshot,
      finished: false,
    }
    deliver({
      reports: [
        { type: 'frame', frame: { ...base, seq: 1, reachedMs: 1000, events: [started] } },
        { type: 'frame', frame: { ...base, seq: 2, reachedMs: 1020, events: [completed] } },
      ],
      outcomes: [],
    })
    expect(changes).toBe(1)
    const { sim } = store.getState()
    expect(sim.simTimeMs).toBe(1020)
    expect(sim.eventCount).toBe(2)
    expect(sim.invocations).toMatchObject([
      { ordinal: 0, outcome: 'error', endMs: 1020, attempt: 1, coldStart: true },
    ])
  })

  it('D18: a frame that says the run holds at its memory limit pauses the clock and the playback bar', () => {
    const { store, deliver, calls } = setup()
    store.getState().play()
    expect(store.getState().playback.status).toBe('running')
    const memory = {
      records: 900_000,
      estimateBytes: 190_000_000,
      budgetBytes: 188_743_680,
      level: 'over' as const,
      discardedBeforeMs: 0,
      wouldDiscardBeforeMs: 0,
      stopped: true,
    }
    const snapshot = {
      nowMs: virtualMs(5000),
      mappingState: 'Enabled' as const,
      reservedConcurrency: null,
      concurrentExecutions: 0,
      shards: [],
    }
    const frame = { loadId: 1, records: [], tableChanges: [], destinations: [], snapshot }
    deliver({
      reports: [
        {
          type: 'frame',
          frame: { ...frame, finished: false, seq: 1, reachedMs: 5000, events: [], memory },
        },
      ],
      outcomes: [],
    })
    expect(store.getState().playback.status).toBe('paused')
    expect(calls.at(-1)).toEqual(['pause'])
  })

  it('a seek to the end says the run finished, as playing to the end does; a seek back pauses', () => {
    const { store, deliver } = setup()
    const snapshot = snapshotAtEnd
    const seeked = (reachedMs: number, finished: boolean) => ({
      type: 'seeked' as const,
      rows: [],
      outcomes: [],
      frame: {
        loadId: 1,
        seq: 1,
        reachedMs,
        events: [],
        snapshot,
        records: [],
        tableChanges: [],
        destinations: [],
        finished,
      },
    })
    store.getState().seekTo(SCENARIO_INFO.durationMs)
    expect(store.getState().playback.status).toBe('paused')
    deliver({ reports: [seeked(SCENARIO_INFO.durationMs, true)], outcomes: [] })
    expect(store.getState().playback.status).toBe('finished')
    store.getState().seekTo(1000)
    deliver({ reports: [seeked(1000, false)], outcomes: [] })
    expect(store.getState().playback.status).toBe('paused')
  })

  // Issue 11 (a newcomer stepping a bisect): the Step that reaches the end finishes the run, as Run to end does.
  it('a Step that reaches the end says the run finished', () => {
    const { store, deliver } = setup()
    const snapshot = snapshotAtEnd
    const shown = { loadId: 1, records: [], tableChanges: [], destinations: [], snapshot }
    const stepTo = (reachedMs: number, finished: boolean) =>
      frame({ type: 'frame', frame: { ...shown, seq: 1, reachedMs, events: [], finished } })
    store.getState().step()
    deliver(stepTo(1000, false))
    expect(store.getState().playback.status).toBe('paused')
    store.getState().step()
    deliver(stepTo(SCENARIO_INFO.durationMs, true))
    expect(store.getState().playback.status).toBe('finished')
  })

  it('keeps the last valid config on an invalid setting and shows AWS’s message', () => {
    const { store } = setup()
    store.getState().setField('mapping', 'BatchSize', '0')
    const { scenario } = store.getState()
    expect(scenario.fieldErrors['mapping.BatchSize']).toEqual([
      "ValidationException: 1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
    ])
    expect((scenario.file.mapping as { BatchSize: number }).BatchSize).toBe(100)
  })

  // Issue 11: a valid value in another field restarts the pristine run; the refused text must not vanish with it.
  it('keeps a refused draft and its message when another field takes a valid value', () => {
    const { store } = setup()
    store.getState().setField('mapping', 'BatchSize', '20000')
    store.getState().setField('mapping', 'ParallelizationFactor', '2')
    const { scenario } = store.getState()
    expect(scenario.drafts).toEqual({ 'mapping.BatchSize': '20000' })
    expect(scenario.fieldErrors['mapping.BatchSize']).toEqual([
      "ValidationException: 1 validation error detected: Value '20000' at 'batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000",
    ])
    expect(scenario.file.mapping).toMatchObject({ BatchSize: 100, ParallelizationFactor: 2 })
  })

  it('reloads before the run starts, and sends UpdateEventSourceMapping once it has', () => {
    const { store, calls, deliver } = setup()
    store.getState().setField('mapping', 'BatchSize', '10')
    expect(calls.at(-1)?.[0]).toBe('load')
    deliver({
      reports: [
        { type: 'loaded', loadId: 2, info: SCENARIO_INFO, rows: [], mapping: MAPPING_IN_EFFECT },
      ],
      outcomes: [],
    })
    const snapshot = {
      nowMs: virtualMs(5),
      mappingState: 'Enabled' as const,
      reservedConcurrency: null,
      concurrentExecutions: 0,
      shards: [],
    }
    deliver(
      frame({
        type: 'frame',
        frame: {
          loadId: 2,
          seq: 1,
          reachedMs: 5,
          events: [{ type: 'mappingState', atMs: virtualMs(0), state: 'Creating' }],
          records: [],
          tableChanges: [],
          destinations: [],
          snapshot,
          finished: false,
        },
      }),
    )
    store.getState().play()
    // D21: mid-run a typed value is sent once, when the field is left.
    store.getState().setField('mapping', 'BatchSize', '2')
    store.getState().setField('mapping', 'BatchSize', '25')
    expect(calls.at(-1)?.[0]).toBe('play')
    store.getState().commitField('mapping', 'BatchSize')
    expect(calls.at(-1)).toEqual(['updateMapping', { batchSize: 25 }, undefined])
    // D15: Timeout is an UpdateFunctionConfiguration now; StartingPosition stays fixed until a Reset.
    store.getState().setField('function', 'Timeout', '10')
    store.getState().commitField('function', 'Timeout')
    expect(calls.at(-1)).toEqual(['updateFunction', { timeoutMs: 10_000 }])
    expect(store.getState().scenario.needsReset).toBe(false)
    store.getState().setField('mapping', 'StartingPosition', 'LATEST')
    expect(store.getState().scenario.needsReset).toBe(true)
  })

  // docs/semantics.md D16: a setting changed mid-run is a timed action; the file keeps the mapping it started with.
  it('records a mid-run BatchSize and concurrency change as actions at the virtual time each took effect', async () => {
    const { store, clock } = setup()
    store.getState().step()
    clock.nowMs = 4_200
    store.getState().setField('mapping', 'BatchSize', '2')
    store.getState().commitField('mapping', 'BatchSize')
    clock.nowMs = 5_000
    store.getState().setField('function', 'ReservedConcurrentExecutions', '3')
    store.getState().commitField('function', 'ReservedConcurrentExecutions')
    await Promise.resolve()
    const { scenario, exportScenario } = store.getState()
    expect(scenario.file.mapping).toMatchObject({ BatchSize: 2 })
    const file = JSON.parse(exportScenario().text) as Record<string, unknown>
    expect(file.mapping).toEqual(SCENARIO_PRESETS['poison-pill'].mapping)
    expect(file.function).toEqual(SCENARIO_PRESETS['poison-pill'].function)
    // Function changes are written before the mapping's; the file runs actions in order of time.
    expect(file.actions).toEqual([
      { atMs: 5_000, PutFunctionConcurrency: { ReservedConcurrentExecutions: 3 } },
      { atMs: 4_200, UpdateEventSourceMapping: { BatchSize: 2 } },
    ])
  })

  it('turns the item editor’s text into a PutItem, or DynamoDB’s error', () => {
    const { store, calls } = setup()
    store.getState().openItemEditor()
    store.getState().setItemText('{"status": "no key"}')
    store.getState().saveItem()
    expect(store.getState().table.editor?.errors).toEqual([
      'ValidationException: One or more parameter values were invalid: Missing the key pk in the item',
    ])
    // During a run the item is a write at the current virtual time.
    store.getState().play()
    store.getState().setItemText('{"pk": "a", "n": 1}')
    store.getState().saveItem()
    expect(calls.at(-1)).toEqual([
      'write',
      1,
      { op: 'PutItem', request: { Item: { pk: { S: 'a' }, n: { N: '1' } } } },
    ])
  })
})

// Issue 11: a filtered record's "Why?" links to the Filter lab, opened on that record.
describe('openFilterLab', () => {
  it('selects the Filter lab tab and remembers the record it shows first', () => {
    const { store } = setup()
    store.getState().openFilterLab(2)
    expect(store.getState().ui.tab).toBe('filters')
    expect(store.getState().ui.filterLabRecord).toBe(2)
  })
})
