import { CodeBlock } from '../../ui/CodeBlock'
import { PickedPanelTitle } from '../../ui/PickedPanelTitle'
import { usePickedPanel } from '../../ui/usePickedPanel'
import { plural } from '../../lib/plural'
import { formatElapsed } from '../../lib/units'
import {
  selectInvocationById,
  selectInvocationDetails,
  useAppActions,
  useAppStore,
} from '../../store'

/** One invocation as Lambda saw it: the event it got, what it returned or threw, its log lines. */
export function InvocationDetails() {
  const view = useAppStore(selectInvocationDetails)
  const inv = useAppStore(selectInvocationById(view?.invocationId))
  const { closeInvocation } = useAppActions()
  const { panel, heading, close } = usePickedPanel<HTMLElement>(view?.invocationId, closeInvocation)
  if (view === undefined) return null
  const details = view.details
  const invocation = details?.invocation
  const outcome = details?.running ? 'running' : (invocation?.outcome ?? inv?.outcome)
  return (
    <section
      ref={panel}
      className="inv-details"
      aria-labelledby="inv-details-title"
      data-testid="invocation.details"
    >
      <header className="why__header">
        <PickedPanelTitle ref={heading} id="inv-details-title" testId="invocation.details.title">
          Invocation {view.invocationId}
          {inv && (
            <span className="muted">
              {' '}
              · {formatElapsed(inv.startMs)} · shard {inv.shard} · attempt {inv.attempt}
            </span>
          )}
        </PickedPanelTitle>
        <span
          className={`invocation--${outcome ?? 'running'}`}
          data-testid="invocation.details.outcome"
        >
          {outcome}
        </span>
        <button
          type="button"
          className="button button--small"
          data-testid="invocation.details.close"
          aria-label="Close the invocation details"
          onClick={close}
        >
          Close
        </button>
      </header>
      {view.missing && <p className="muted">This invocation is not part of the current run.</p>}
      {!view.missing && invocation === undefined && (
        <p className="muted" role="status">
          Loading the invocation…
        </p>
      )}
      {invocation && (
        <>
          {details?.running && (
            <p className="muted">
              Still running: the response and END / REPORT lines come when it ends.
            </p>
          )}
          {invocation.error ? (
            <>
              <h4 className="inv-details__label">Error</h4>
              <CodeBlock label="Error" testId="invocation.details.error">
                {JSON.stringify(invocation.error, null, 2)}
              </CodeBlock>
            </>
          ) : (
            !details?.running && (
              <>
                <h4 className="inv-details__label">Response</h4>
                <CodeBlock label="Response" testId="invocation.details.response">
                  {JSON.stringify(invocation.response, null, 2)}
                </CodeBlock>
              </>
            )
          )}
          <h4 className="inv-details__label">Log (CloudWatch Logs)</h4>
          <CodeBlock label="Log" className="inv-details__log" testId="invocation.details.log">
            {invocation.logs.map((line, i) => (
              <div key={i} data-testid={`invocation.details.log.${i}`}>
                {line}
              </div>
            ))}
          </CodeBlock>
          <h4 className="inv-details__label">
            Event ({plural(invocation.recordIndexes.length, 'record')})
          </h4>
          <CodeBlock label="Event" testId="invocation.details.event">
            {JSON.stringify(invocation.event, null, 2)}
          </CodeBlock>
        </>
      )}
    </section>
  )
}
