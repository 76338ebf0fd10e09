import './timeline.css'
import { memo, useId, useState } from 'react'
import type { CSSProperties, KeyboardEvent } from 'react'
import { formatElapsed } from '../../lib/units'
import { plural } from '../../lib/plural'
import {
  selectDurationMs,
  selectInfo,
  selectSimTimeMs,
  selectStatus,
  selectTimeline,
  useAppActions,
  useAppStore,
} from '../../store'
import type { TimelineMark, TimelineMarkKind } from '../../store'
import { timelineKeyTarget } from './timelineKeys'

const KIND_WORDS: Record<TimelineMarkKind, [string, string]> = {
  error: ['error', 'errors'],
  retry: ['retry', 'retries'],
  split: ['split', 'splits'],
  delivery: ['destination delivery', 'destination deliveries'],
}

/** `00:03:12`, or `1d 00:00:00`: the slider moves in whole seconds. */
const seconds = (ms: number) => formatElapsed(Math.floor(ms / 1000) * 1000).slice(0, -4)

/**
 * The run's timeline: drag or use the keys (Home, End, arrows, Page Up/Down) to go back to any moment and
 * forward again; the worker restores that moment's whole state (docs/architecture.md, "Timeline"). Markers
 * show where errors, retries, splits and destination deliveries happened.
 */
export function TimelineSlider() {
  const id = useId()
  const simTimeMs = useAppStore(selectSimTimeMs)
  const durationMs = useAppStore(selectDurationMs)
  const { knownMs, marks, counts } = useAppStore(selectTimeline)
  const { seekTo } = useAppActions()
  const info = useAppStore(selectInfo)
  const running = useAppStore(selectStatus) === 'running'
  // The thumb stays where it was put until the run gets there (handlers may run live on the way), so
  // the next key press counts from there, not from where the run is on its way.
  const [pending, setPending] = useState<{ atMs: number; info: typeof info }>()
  const settled =
    pending !== undefined && (pending.atMs === simTimeMs || pending.info !== info || running)
  if (settled) setPending(undefined)
  const shownMs = pending !== undefined && !settled ? pending.atMs : simTimeMs

  function moveTo(atMs: number): void {
    setPending({ atMs, info })
    seekTo(atMs)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    const target = timelineKeyTarget(event.key, shownMs, durationMs)
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    if (target !== shownMs) moveTo(target)
  }

  const legend = (Object.keys(KIND_WORDS) as TimelineMarkKind[]).flatMap((kind) => {
    const count = counts[kind]
    return count === undefined ? [] : [plural(count, ...KIND_WORDS[kind])]
  })
  const percent = (ms: number) => `${durationMs > 0 ? (ms / durationMs) * 100 : 0}%`
  const valueText = `${seconds(shownMs)} of ${seconds(durationMs)}`

  return (
    <div className="timeline" data-testid="timeline">
      <label className="timeline__label" htmlFor={id}>
        Timeline
      </label>
      <div className="timeline__track" style={{ '--known': percent(knownMs) } as CSSProperties}>
        <Marks marks={marks} durationMs={durationMs} />
        <input
          id={id}
          className="timeline__input"
          type="range"
          min={0}
          max={durationMs}
          step="any"
          value={shownMs}
          disabled={durationMs === 0}
          aria-valuetext={valueText}
          aria-keyshortcuts="Home End ArrowLeft ArrowRight PageUp PageDown"
          data-testid="timeline.slider"
          onKeyDown={onKeyDown}
          onChange={(e) => moveTo(Math.round(Number(e.target.value)))}
        />
      </div>
      <output className="timeline__time" htmlFor={id} data-testid="timeline.time">
        {valueText}
      </output>
      <p className="timeline__legend muted" data-testid="timeline.legend">
        {legend.length === 0 ? 'No errors, retries, splits or deliveries yet' : legend.join(' · ')}
      </p>
    </div>
  )
}

/** Redrawn only when a mark is added, not on every frame. */
const Marks = memo(function Marks(props: { marks: readonly TimelineMark[]; durationMs: number }) {
  return (
    <div className="timeline__marks" aria-hidden="true">
      {props.marks.map((mark) => (
        <span
          key={`${mark.kind}:${mark.atMs}`}
          className={`timeline__mark timeline__mark--${mark.kind}`}
          style={{ left: `${(mark.atMs / Math.max(1, props.durationMs)) * 100}%` }}
          title={`${KIND_WORDS[mark.kind][0]} at ${seconds(mark.atMs)}`}
        />
      ))}
    </div>
  )
})
