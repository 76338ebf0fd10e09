import './guide.css'
import { useContext, useEffect, useRef } from 'react'
import { DOC_RULES } from '../../engine'
import { findGuide } from '../../guides'
import { formatElapsed } from '../../lib/units'
import { AppStoreContext, SEMANTICS_PAGE, useAppActions, useAppStore } from '../../store'
import type { AppState } from '../../store'
import { LOOK_NAMES, LOOK_TABS } from './looks'
import { showLook, useGuideLook } from './useGuideLook'

const selectGuide = (s: AppState) => s.guide
const selectLoadId = (s: AppState) => s.sim.loadId

/** Focus goes to the callout's button unless the user is typing somewhere. */
function typing(): boolean {
  const el = document.activeElement
  return (
    el instanceof HTMLElement &&
    (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))
  )
}

/**
 * The guide's callout: the intro with Start, then each step when its trigger happens (the run is paused
 * there) with what to look at, the rule behind it and Continue; between steps, a line saying a guide is on.
 */
export function GuideCallout() {
  const state = useAppStore(selectGuide)
  const loadId = useAppStore(selectLoadId)
  const { startGuide, continueGuide, leaveGuide, setTab } = useAppActions()
  const store = useContext(AppStoreContext)
  const button = useRef<HTMLButtonElement>(null)
  const guide = state === undefined ? undefined : findGuide(state.id)
  const active = state !== undefined && guide !== undefined && state.loadId === loadId
  const atMs = active ? state.progress.firedAtMs[state.read] : undefined
  const step = atMs === undefined ? undefined : guide?.steps[state?.read ?? 0]
  const intro = active && step === undefined && !state.started && state.read === 0
  const shown = step !== undefined || intro
  // Focus moves once per callout shown, not on every frame.
  const key = shown ? `${state?.id}:${state?.read}:${step ? 'step' : 'intro'}` : ''

  useGuideLook(step?.look)
  // A step that points into another tab opens it, and gives the user's tab back when it closes.
  useEffect(() => {
    const tab = step === undefined ? undefined : LOOK_TABS[step.look]
    if (tab === undefined) return
    const before = store?.getState().ui.tab
    setTab(tab)
    return () => {
      if (before !== undefined) setTab(before)
    }
  }, [step, setTab, store])
  useEffect(() => {
    if (key !== '' && !typing()) button.current?.focus()
  }, [key])

  if (!active || guide === undefined) return null
  const total = guide.steps.length
  if (!shown)
    return (
      <p className="guide-status" data-testid="guide.status">
        <span>
          Guide: {guide.title} · next stop {state.read + 1} of {total}
        </span>
        <button type="button" className="button button--small" onClick={leaveGuide}>
          Leave guide
        </button>
      </p>
    )
  const last = step !== undefined && state.read === total - 1
  return (
    <section
      className="guide-callout"
      role="dialog"
      aria-labelledby="guide-callout-title"
      aria-describedby="guide-callout-text"
      data-testid="guide.callout"
    >
      <p className="guide-callout__where muted">
        {guide.title}
        {step !== undefined && atMs !== undefined
          ? ` · ${last ? 'outcome' : `stop ${state.read + 1} of ${total}`} · ${formatElapsed(atMs)}`
          : ` · ${total} stops`}
      </p>
      <h2
        className="guide-callout__title"
        id="guide-callout-title"
        data-testid="guide.callout.title"
      >
        {step === undefined ? 'Guided scenario' : step.title}
      </h2>
      <p id="guide-callout-text" data-testid="guide.callout.text">
        {step === undefined ? guide.intro : step.text}
      </p>
      {step !== undefined && (
        <p className="guide-callout__look muted">
          Look at{' '}
          <button type="button" className="guide-callout__show" onClick={() => showLook(step.look)}>
            {LOOK_NAMES[step.look]}
          </button>{' '}
          ·{' '}
          <a href={`${SEMANTICS_PAGE}#${step.rule}`} target="_blank" rel="noreferrer">
            {step.rule} {DOC_RULES[step.rule].title}
          </a>
        </p>
      )}
      <div className="row">
        <button
          ref={button}
          type="button"
          className="button button--primary"
          data-testid="guide.callout.continue"
          onClick={step === undefined ? startGuide : continueGuide}
        >
          {step === undefined ? 'Start' : last ? 'Done' : 'Continue'}
        </button>
        <button type="button" className="button" onClick={leaveGuide}>
          Leave guide
        </button>
      </div>
    </section>
  )
}
