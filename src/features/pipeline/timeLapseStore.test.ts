import { describe, expect, it } from 'vitest'
import { createStore } from 'zustand/vanilla'
import type { AppState } from '../../store/appState'
import { createTimeLapseStore, TIMELAPSE_REDRAW_MS } from './timeLapseStore'

/** Just the parts of the state the time-lapse reads; a fake clock whose timers run on `advance`. */
function setup(phaseMs = 0) {
  const store = createStore<AppState>(
    () =>
      ({
        playback: { status: 'paused', speed: 2, paced: false, toEnd: false },
        sim: { frameEvents: 0, simTimeMs: 0 },
        timeline: {},
        ui: { tab: 'table' },
      }) as unknown as AppState,
  )
  let now = 1_000
  const timers = new Map<number, { at: number; f: () => void }>()
  let nextId = 0
  const clock = {
    now: () => now,
    setTimeout: (f: () => void, ms: number) => {
      timers.set(++nextId, { at: now + ms, f })
      return nextId
    },
    clearTimeout: (t: unknown) => void timers.delete(t as number),
  }
  const advance = (ms: number) => {
    now += ms
    for (const [id, t] of [...timers]) {
      if (t.at > now) continue
      timers.delete(id)
      t.f()
    }
  }
  const sampled = createTimeLapseStore(store, phaseMs, clock)
  const seen: number[] = []
  const stop = sampled.subscribe((s) => seen.push(s.sim.simTimeMs))
  const frame = (simTimeMs: number, frameEvents: number) =>
    store.setState({ sim: { ...store.getState().sim, simTimeMs, frameEvents } })
  return { store, sampled, seen, frame, advance, stop, timers }
}

describe('the time-lapse store', () => {
  it('shows every frame while the run does not play fast', () => {
    const { store, seen, frame } = setup()
    store.setState({ playback: { ...store.getState().playback, status: 'running' } })
    frame(16, 3)
    frame(32, 3)
    expect(seen).toEqual([0, 16, 32])
  })

  it('samples from real time ×10 on, however few events a frame brings', () => {
    const { store, seen, frame, advance } = setup()
    store.setState({ playback: { ...store.getState().playback, status: 'running', speed: 10 } })
    frame(160, 3)
    expect(seen).toEqual([0])
    advance(TIMELAPSE_REDRAW_MS)
    expect(seen).toEqual([0, 160])
  })

  it('in time-lapse shows the newest frame once per period, at the store’s phase', () => {
    const { store, sampled, seen, frame, advance } = setup(125)
    store.setState({ playback: { ...store.getState().playback, status: 'running' } })
    frame(160, 200)
    frame(320, 200)
    expect(sampled.getState().sim.simTimeMs).toBe(0)
    // At 1,000 ms the next instant ≡ 125 (mod 250) is 1,125 ms.
    advance(124)
    // Play itself showed at once (at 0 ms of virtual time), the frames wait.
    expect(seen).toEqual([0])
    advance(1)
    expect(seen).toEqual([0, 320])
    frame(480, 200)
    advance(TIMELAPSE_REDRAW_MS)
    expect(seen).toEqual([0, 320, 480])
  })

  it('shows the user’s own changes at once over the run as last shown, and a pause whole', () => {
    const { store, sampled, seen, frame, timers } = setup()
    store.setState({ playback: { ...store.getState().playback, status: 'running' } })
    frame(160, 200)
    store.setState({ ui: { tab: 'metrics' } } as unknown as AppState)
    expect(sampled.getState().ui).toEqual({ tab: 'metrics' })
    expect(sampled.getState().sim.simTimeMs).toBe(0)
    frame(320, 200)
    store.setState({ playback: { ...store.getState().playback, status: 'paused' } })
    expect(seen).toEqual([0, 0, 320])
    expect(timers.size).toBe(0)
  })

  it('stops following the store when nothing listens', () => {
    const { store, sampled, frame, stop, timers } = setup()
    store.setState({ playback: { ...store.getState().playback, status: 'running' } })
    frame(160, 200)
    stop()
    expect(timers.size).toBe(0)
    frame(320, 3)
    expect(sampled.getState().sim.simTimeMs).toBe(0)
  })
})
