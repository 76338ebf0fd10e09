import './playback.css'
import { useLayoutEffect, useRef } from 'react'
import { plural } from '../../lib/plural'
import {
  selectEventCount,
  selectSandboxStarting,
  selectStatus,
  selectStepping,
  useAppActions,
  useAppStore,
} from '../../store'
import { BusyLine } from './BusyLine'
import { ClockDisplay } from './ClockDisplay'
import { SpeedControl } from './SpeedControl'
import { usePlaybackShortcuts } from './usePlaybackShortcuts'

/** Play / Pause (Space), Step (→), speed, Run to end, Reset and the clock. */
export function PlaybackBar() {
  usePlaybackShortcuts()
  const status = useAppStore(selectStatus)
  const eventCount = useAppStore(selectEventCount)
  const stepping = useAppStore(selectStepping)
  const sandboxStarting = useAppStore(selectSandboxStarting)
  const actions = useAppActions()
  const running = status === 'running'
  const finished = status === 'finished'
  const bar = useRef<HTMLDivElement>(null)
  const reset = useRef<HTMLButtonElement>(null)
  // Finishing disables Play, Step and Run to end: focus on the one just pressed would fall to the page,
  // so a keyboard user goes on from Reset, the one thing left to do here.
  useLayoutEffect(() => {
    const focused = document.activeElement
    const inBar = focused instanceof HTMLButtonElement && bar.current?.contains(focused) === true
    if (finished && inBar && focused.disabled) reset.current?.focus()
  }, [finished])
  return (
    <div ref={bar} className="playback" role="toolbar" aria-label="Playback">
      <button
        type="button"
        className="button button--primary"
        data-testid="playback.play"
        aria-keyshortcuts="Space"
        disabled={finished}
        onClick={actions.togglePlay}
      >
        {running ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        className="button"
        data-testid="playback.step"
        aria-keyshortcuts="ArrowRight"
        disabled={finished}
        // Until its instant shows (it may wait on a handler or a sandbox's cold start), another press waits:
        // aria-disabled keeps the focus on the button for the next press.
        aria-disabled={stepping}
        onClick={actions.step}
      >
        Step →
      </button>
      <button
        type="button"
        className="button"
        data-testid="playback.runToEnd"
        disabled={finished}
        onClick={actions.runToEnd}
      >
        Run to end
      </button>
      <button
        ref={reset}
        type="button"
        className="button"
        data-testid="playback.reset"
        title="Restart the run at time 0, keeping your edits"
        onClick={actions.reset}
      >
        Reset
      </button>
      <SpeedControl />
      <ClockDisplay />
      <span className="playback__status" data-testid="playback.status">
        {status}
      </span>
      <span className="playback__events" data-testid="playback.eventCount" data-count={eventCount}>
        {plural(eventCount, 'event')}
      </span>
      <BusyLine
        text={
          sandboxStarting
            ? "Starting the function's sandbox…"
            : stepping
              ? 'Waiting for the handler…'
              : ''
        }
      />
    </div>
  )
}
