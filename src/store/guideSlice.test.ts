import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { virtualMs } from '../engine'
import type { SimEvent } from '../engine'
import type { RuntimeBatch } from '../runtime/types'
import { createAppStore } from './createAppStore'
import type { ScenarioFile } from './scenarioEdit'
import { createFakeRuntime, MAPPING_IN_EFFECT, SCENARIO_INFO } from './testing/fakeRuntime'

const example = (id: string) => ({
  id,
  name: id,
  load: () =>
    Promise.resolve(JSON.parse(readFileSync(`examples/${id}.json`, 'utf8')) as ScenarioFile),
})

const snapshot = {
  nowMs: virtualMs(0),
  mappingState: 'Enabled' as const,
  reservedConcurrency: null,
  concurrentExecutions: 0,
  shards: [],
}
const frameOf = (loadId: number, reachedMs: number, events: SimEvent[]) => ({
  loadId,
  seq: 1,
  reachedMs,
  events,
  records: [],
  tableChanges: [],
  destinations: [],
  snapshot,
  finished: false,
})
const frame = (loadId: number, reachedMs: number, events: SimEvent[]): RuntimeBatch => ({
  reports: [{ type: 'frame', frame: frameOf(loadId, reachedMs, events) }],
  outcomes: [],
})
const loaded = (loadId: number): RuntimeBatch => ({
  reports: [{ type: 'loaded', loadId, info: SCENARIO_INFO, rows: [], mapping: MAPPING_IN_EFFECT }],
  outcomes: [],
})
const split = (atMs: number): SimEvent => ({
  type: 'batchSplit',
  atMs: virtualMs(atMs),
  shard: 0,
  lane: 0,
  halves: [[0], [1]],
})

async function openBisectGuide() {
  const fake = createFakeRuntime()
  const store = createAppStore({
    runtime: fake.runtime,
    catalog: [example('bisect-poison-pill'), example('view-types')],
  })
  store.getState().openGuide('bisect')
  await Promise.resolve()
  await Promise.resolve()
  fake.deliver(loaded(1))
  const actions = () => fake.calls.map((c) => c[0])
  return { ...fake, store, actions }
}

describe('guided scenarios in the store (README "Guided scenarios")', () => {
  it('opens the guide’s example, pauses at each trigger and ends after the outcome', async () => {
    const { store, deliver, actions, calls } = await openBisectGuide()
    expect(store.getState().scenario.presetName).toBe('bisect-poison-pill')
    expect(store.getState().guide).toMatchObject({ id: 'bisect', loadId: 1, started: false })
    store.getState().startGuide()
    expect(actions().slice(-2)).toEqual(['setPaced', 'play'])
    // Event-paced: the frame stops at the split's instant, so the run pauses right there.
    deliver(frame(1, 2020, [split(2020)]))
    expect(actions().at(-1)).toBe('pause')
    expect(store.getState().guide?.progress.firedAtMs[0]).toBe(2020)
    store.getState().continueGuide()
    expect(actions().at(-1)).toBe('play')
    // A frame that went past the trigger: paused, then back at the trigger's instant.
    deliver(frame(1, 2100, [split(2060)]))
    expect(actions().slice(-2)).toEqual(['pause', 'seek'])
    expect(calls.at(-1)).toEqual(['seek', 2060])
    store.getState().continueGuide()
    deliver(
      frame(1, 5120, [
        { type: 'destinationDelivered', atMs: virtualMs(5120), kind: 'sqs', destinationIndex: 0 },
      ]),
    )
    expect(store.getState().guide?.read).toBe(2)
    store.getState().continueGuide()
    expect(store.getState().guide).toBeUndefined()
  })

  it('a seek back folds the journal again: the steps after that moment wait again (README "Timeline")', async () => {
    const { store, deliver } = await openBisectGuide()
    store.getState().startGuide()
    deliver(frame(1, 2020, [split(2020)]))
    store.getState().continueGuide()
    deliver(frame(1, 2060, [split(2060)]))
    expect(store.getState().guide?.read).toBe(1)
    deliver({
      reports: [{ type: 'seeked', rows: [], outcomes: [], frame: frameOf(1, 2030, [split(2020)]) }],
      outcomes: [],
    })
    expect(store.getState().guide).toMatchObject({ read: 1 })
    expect(store.getState().guide?.progress.firedAtMs).toEqual([2020, undefined, undefined])
    deliver({
      reports: [{ type: 'seeked', rows: [], outcomes: [], frame: frameOf(1, 1000, []) }],
      outcomes: [],
    })
    expect(store.getState().guide).toMatchObject({ read: 0 })
    expect(store.getState().guide?.progress.firedAtMs).toEqual([undefined, undefined, undefined])
  })

  it('Reset restarts an unfinished guide at its intro; another scenario ends it', async () => {
    const { store, deliver } = await openBisectGuide()
    store.getState().startGuide()
    deliver(frame(1, 2020, [split(2020)]))
    store.getState().reset()
    deliver(loaded(2))
    expect(store.getState().guide).toMatchObject({ loadId: 2, started: false, read: 0 })
    await store.getState().chooseScenario('view-types')
    deliver(loaded(3))
    expect(store.getState().guide).toBeUndefined()
  })
})
