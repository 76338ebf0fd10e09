import './onboarding.css'
import {
  selectHintDismissed,
  selectScenarioDescription,
  useAppActions,
  useAppStore,
} from '../../store'
import { rememberHintDismissed } from './hintMemory'

/** A newcomer's first line: what this scenario shows, what to press and where to look. */
export function FirstVisitHint() {
  const dismissed = useAppStore(selectHintDismissed)
  const description = useAppStore(selectScenarioDescription)
  const { dismissHint } = useAppActions()
  if (dismissed || description === '') return null
  return (
    <aside className="hint" aria-label="How to start" data-testid="hint">
      <p>
        <span data-testid="hint.description">{description}</span> Press <b>Run to end</b> (or{' '}
        <b>Play</b> to watch it unfold), then click a record's <b>Why?</b> to see each step and the
        rule behind it, or an invocation's <b>Details</b> for its event and logs.
      </p>
      <button
        type="button"
        className="button button--small"
        data-testid="hint.dismiss"
        aria-label="Dismiss the hint"
        onClick={() => {
          rememberHintDismissed()
          dismissHint()
        }}
      >
        Got it
      </button>
    </aside>
  )
}
