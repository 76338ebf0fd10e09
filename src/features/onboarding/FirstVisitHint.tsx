import './onboarding.css'
import { useId } from 'react'
import {
  selectHintDismissed,
  selectScenarioDescription,
  useAppActions,
  useAppStore,
} from '../../store'
import { rememberHintDismissed } from './hintMemory'

/**
 * What this scenario shows, what to press and where to look. "Got it" folds it into a disclosure that
 * reopens it: a newcomer who dismissed it early can read it again.
 */
export function FirstVisitHint() {
  const dismissed = useAppStore(selectHintDismissed)
  const description = useAppStore(selectScenarioDescription)
  const { dismissHint, showHint } = useAppActions()
  const bodyId = useId()
  if (description === '') return null
  const fold = (folded: boolean) => {
    rememberHintDismissed(folded)
    if (folded) dismissHint()
    else showHint()
  }
  return (
    <aside className="hint" aria-label="About this scenario" data-testid="hint">
      <button
        type="button"
        className="hint__toggle"
        data-testid="hint.toggle"
        aria-expanded={!dismissed}
        aria-controls={bodyId}
        onClick={() => fold(!dismissed)}
      >
        About this scenario
      </button>
      <div className="hint__body" id={bodyId} hidden={dismissed}>
        <p>
          <span data-testid="hint.description">{description}</span> Press <b>Run to end</b> (or{' '}
          <b>Play</b> to watch it unfold), then click a record's <b>Why?</b> to see each step and
          the rule behind it, or an invocation's <b>Details</b> for its event and logs.
        </p>
        <button
          type="button"
          className="button button--small"
          data-testid="hint.dismiss"
          aria-label="Got it: fold the explanation away"
          onClick={() => fold(true)}
        >
          Got it
        </button>
      </div>
    </aside>
  )
}
