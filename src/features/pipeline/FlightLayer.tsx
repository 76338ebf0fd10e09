import { useLayoutEffect, useRef } from 'react'
import type { AppState } from '../../store'
import {
  anchorName,
  flightTimings,
  planFlights,
  type Anchor,
  type Flight,
  type FlightContext,
} from './flights'

/**
 * A glide's length in wall time: it lands within the 800 ms event-paced playback holds each significant
 * instant (src/runtime/pacing.ts), so the batch is in its environment before the clock moves on.
 */
export const GLIDE_MS = 720

const CAPTION: Record<Flight['kind'], (to: string, flight: Flight) => string> = {
  write: (to) => `→ ${to}`,
  invoke: (to) => `invoke → ${to}`,
  processed: () => '✓ processed',
  retry: (to) => `↩ retry · ${to}`,
  split: (_, flight) => `split · half ${flight.spread < 0 ? 1 : 2}`,
  throttle: () => 'throttled ↩',
  destination: (to) => `→ ${to}`,
}

/** The element a flight starts at or lands on (the pipeline's own stage elements). */
function anchorSelector(anchor: Anchor): string {
  switch (anchor.kind) {
    case 'writes':
      return '[data-flight-anchor="writes"]'
    case 'shard':
      return `[data-testid="pipeline.shard.${anchor.shard}"] .plane__tokens`
    case 'lane':
      return `[data-testid="pipeline.mapping.${anchor.shard}.${anchor.lane}"]`
    case 'env':
      return `[data-testid="pipeline.env.${anchor.env}"]`
    case 'function':
      return '[data-testid="pipeline.function.concurrency"]'
    case 'processed':
      return '[data-testid="pipeline.processed"]'
    case 'inbox':
      return `[data-testid="pipeline.inbox.${anchor.inbox}"]`
  }
}

type Point = { x: number; y: number }

/**
 * Each anchor's point relative to the pipeline, read once per change (never per frame): near the left of a
 * wide element, where its tokens start; kept inside the pipeline when its stage has scrolled it away.
 */
function measure(root: HTMLElement, anchors: Anchor[]): Map<string, Point> {
  const box = root.getBoundingClientRect()
  const points = new Map<string, Point>()
  for (const anchor of anchors) {
    const key = anchorName(anchor)
    if (points.has(key)) continue
    const el = root.querySelector(anchorSelector(anchor))
    if (!el) continue
    const r = el.getBoundingClientRect()
    const x = r.left - box.left + Math.min(r.width / 2, 56)
    const y =
      anchor.kind === 'writes'
        ? r.bottom - box.top - 10
        : r.top - box.top + Math.min(r.height / 2, 22)
    points.set(key, {
      x: Math.max(8, Math.min(box.width - 8, x)),
      y: Math.max(8, Math.min(box.height - 8, y)),
    })
  }
  return points
}

/** A token edged by its write (INSERT / MODIFY / REMOVE), as record tokens are everywhere in the app. */
type EventNameOf = (recordIndex: number) => string | undefined

function flightElement(flight: Flight, eventNameOf: EventNameOf): HTMLElement {
  const el = document.createElement('div')
  el.className = `pflight pflight--${flight.kind}`
  el.dataset.kind = flight.kind
  el.dataset.from = anchorName(flight.from)
  el.dataset.to = anchorName(flight.back ?? flight.to)
  el.dataset.records = flight.records
  const body = document.createElement('div')
  body.className = 'pflight__body'
  for (const n of flight.tokens) {
    const token = document.createElement('span')
    token.className = `pflight__token pflight__token--${eventNameOf(n)?.toLowerCase() ?? 'unknown'}`
    token.textContent = String(n)
    body.append(token)
  }
  if (flight.chip !== undefined) {
    const chip = document.createElement('span')
    chip.className = 'pflight__chip'
    chip.textContent = `${flight.records} ${flight.chip}`
    body.append(chip)
  }
  const caption = document.createElement('span')
  caption.className = 'pflight__caption'
  caption.textContent = CAPTION[flight.kind](anchorName(flight.back ?? flight.to), flight)
  body.append(caption)
  el.append(body)
  return el
}

const at = (p: Point, dy = 0) => `translate(${p.x}px, ${p.y + dy}px)`

/** Transform and opacity only: fade in at the start, glide, fade out on landing (a bounce goes and returns). */
function glide(
  el: HTMLElement,
  path: { from: Point; to: Point; back: Point | undefined; dy: number },
  timing: { delay: number; duration: number },
) {
  const { from, to, back, dy } = path
  const frames: Keyframe[] = back
    ? [
        { transform: at(from), opacity: 0 },
        { transform: at(from), opacity: 1, offset: 0.08 },
        { transform: at(to), opacity: 1, offset: 0.45 },
        { transform: at(back), opacity: 1, offset: 0.9 },
        { transform: at(back), opacity: 0 },
      ]
    : [
        { transform: at(from), opacity: 0 },
        { transform: at(from), opacity: 1, offset: 0.1 },
        { transform: at(to, dy), opacity: 1, offset: 0.85 },
        { transform: at(to, dy), opacity: 0 },
      ]
  return el.animate(frames, { ...timing, easing: 'ease-in-out', fill: 'both' })
}

function invocationLookup(
  invocations: AppState['sim']['invocations'],
): FlightContext['invocation'] {
  return (id) => {
    for (let i = invocations.length - 1; i >= 0; i--)
      if (invocations[i].id === id) return invocations[i]
    return undefined
  }
}

function recordLookup(records: AppState['sim']['records']) {
  return (index: number) =>
    records[index - (records[0]?.index ?? 0)] as (typeof records)[number] | undefined
}

/**
 * The overlay where tokens travel between stages. Drawn outside React (no re-render per flight, none per
 * frame): on each change that brings events it measures the anchors once and starts Web Animations on
 * transform and opacity. The latest change's flights stay (landed, invisible) until the next one, so what
 * moved last can be read from the DOM. Hidden from assistive technology: the stages already say it all.
 */
export function FlightLayer(props: {
  sim: AppState['sim']
  timeLapse: boolean
  maxEvents: number
}) {
  const { sim, timeLapse, maxEvents } = props
  const layer = useRef<HTMLDivElement>(null)
  const seen = useRef({ loadId: -1, count: 0 })
  const running = useRef<Animation[]>([])
  const startedAt = useRef(-Infinity)

  useLayoutEffect(() => {
    const el = layer.current
    const root = el?.parentElement
    if (!el || !root) return
    const before = seen.current
    if (before.loadId === sim.loadId && before.count === sim.eventCount) return
    seen.current = { loadId: sim.loadId, count: sim.eventCount }
    const recordAt = recordLookup(sim.records)
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    const flights =
      before.loadId === sim.loadId
        ? planFlights({
            view: sim,
            seenCount: before.count,
            maxEvents,
            timeLapse,
            reducedMotion,
            sinceFlightsMs: performance.now() - startedAt.current,
            ctx: {
              invocation: invocationLookup(sim.invocations),
              shardOf: (index) => recordAt(index)?.shard,
            },
          })
        : []
    // Motion off, or a jump (new run, seek back): nothing in the air. Otherwise earlier flights stay landed.
    const jumped = before.loadId !== sim.loadId || sim.eventCount < before.count
    if (flights.length === 0 && !timeLapse && !reducedMotion && !jumped) return
    for (const animation of running.current) animation.cancel()
    running.current = []
    el.replaceChildren()
    if (flights.length === 0) return
    startedAt.current = performance.now()
    const timings = flightTimings(flights, GLIDE_MS)
    const points = measure(
      root,
      flights.flatMap((f) => (f.back ? [f.from, f.to, f.back] : [f.from, f.to])),
    )
    flights.forEach((flight, i) => {
      const from = points.get(anchorName(flight.from))
      const to = points.get(anchorName(flight.to))
      if (!from || !to) return
      const back = flight.back && points.get(anchorName(flight.back))
      const node = flightElement(flight, (n) => recordAt(n)?.record.eventName)
      el.append(node)
      running.current.push(glide(node, { from, to, back, dy: flight.spread * 16 }, timings[i]))
      if (flight.kind !== 'invoke') return
      // The batch shows in its environment as it lands, not before.
      const landsMs = timings[i].delay + timings[i].duration
      root
        .querySelector(`${anchorSelector(flight.to)} .penv__inv`)
        ?.animate([{ opacity: 0 }, { opacity: 0, offset: 0.85 }, { opacity: 1 }], landsMs)
    })
  }, [sim, timeLapse, maxEvents])

  return <div ref={layer} className="pflights" aria-hidden="true" data-testid="pipeline.flights" />
}
