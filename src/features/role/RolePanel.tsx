import './role.css'
import { useMemo, useState } from 'react'
import { LOG_ACTIONS, MANAGED_ACTIONS } from '../../engine'
import type { RoleAction } from '../../engine'
import {
  removedActions,
  SEMANTICS_PAGE,
  selectExecutionRole,
  selectOnFailure,
  useAppActions,
  useAppStore,
} from '../../store'
import { CodeBlock } from '../../ui/CodeBlock'
import { MappingProblem } from './MappingProblem'
import { policyDocument, roleActionsFor } from './policy'

const DESTINATION_NAMES = { sqs: 'SQS queue', sns: 'SNS topic', s3: 'S3 bucket' } as const

/**
 * The function's execution role (docs/semantics.md D17): each action the mapping or its on-failure destination
 * needs, as a checkbox, and the resulting policy to copy. Before Play a change is the role the mapping is
 * created with; during a run it applies at once.
 */
export function RolePanel() {
  const role = useAppStore(selectExecutionRole)
  const onFailure = useAppStore(selectOnFailure)
  const removed = useMemo(() => removedActions({ executionRole: role }), [role])
  const policy = JSON.stringify(policyDocument(removed, onFailure), null, 2)
  const destination = roleActionsFor(onFailure).slice(MANAGED_ACTIONS.length)
  return (
    <section className="role" aria-label="Execution role">
      <p className="muted">
        Lambda reads the stream and sends failure records with the function&apos;s execution role.
        Untick an action to take it away: before Play the mapping is created without it; during a
        run the change applies at once.{' '}
        <a href={`${SEMANTICS_PAGE}#D17`} target="_blank" rel="noreferrer">
          What AWS does (D17)
        </a>
      </p>
      <MappingProblem testId="role.problem" />
      <fieldset className="role__group">
        <legend>AWSLambdaDynamoDBExecutionRole</legend>
        {MANAGED_ACTIONS.map((action) => (
          <ActionBox key={action} action={action} granted={!removed.includes(action)} />
        ))}
      </fieldset>
      {onFailure && (
        <fieldset className="role__group">
          <legend>On-failure destination ({DESTINATION_NAMES[onFailure.kind]})</legend>
          {destination.map((action) => (
            <ActionBox key={action} action={action} granted={!removed.includes(action)} />
          ))}
        </fieldset>
      )}
      <div className="role__policy-head">
        <h3>Policy</h3>
        <CopyPolicy text={policy} />
      </div>
      <CodeBlock label="Execution role policy" testId="role.policy">
        {policy}
      </CodeBlock>
    </section>
  )
}

function ActionBox({ action, granted }: { action: RoleAction; granted: boolean }) {
  const { setRoleAction } = useAppActions()
  const id = `role-${action.replace(':', '-')}`
  const logs = (LOG_ACTIONS as readonly RoleAction[]).includes(action)
  return (
    <div className="role__action">
      <input
        type="checkbox"
        id={id}
        checked={granted}
        aria-describedby={logs ? 'role-logs-note' : undefined}
        onChange={(e) => setRoleAction(action, e.target.checked)}
      />
      <label htmlFor={id}>
        <code>{action}</code>
      </label>
      {action === 'logs:PutLogEvents' && (
        <span id="role-logs-note" className="muted role__note">
          Logs: the run does not change (on AWS they go missing from CloudWatch Logs).
        </span>
      )}
    </div>
  )
}

/** Copies the policy JSON; the clipboard may be refused, and the button says so. */
function CopyPolicy({ text }: { text: string }) {
  const [status, setStatus] = useState('')
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text)
      setStatus('Copied.')
    } catch {
      setStatus('The browser refused the clipboard: select the JSON below and copy it.')
    }
  }
  return (
    <span>
      <button type="button" className="button button--small" onClick={() => void copy()}>
        Copy policy
      </button>{' '}
      <span role="status" className="muted" data-testid="role.copyStatus">
        {status}
      </span>
    </span>
  )
}
