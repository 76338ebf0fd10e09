import { formatCount } from '../../lib/plural'
import { memo, useState } from 'react'
import { CodeBlock } from '../../ui/CodeBlock'
import { collapseEnvs, envSummary, isGroup, type EnvGroup } from './envGroups'
import type { EnvBox, FunctionStage } from './functionModel'
import type { Inbox, OutcomesStage } from './outcomesModel'
import { MoreChip, Token } from './Token'

const ENV_TITLES = {
  cold: 'A new execution environment: the first invocation in it pays a cold start',
  busy: 'A warm environment reused for this invocation',
  warm: 'Warm and idle: the next invocation reuses it without a cold start',
  killed: 'A timeout destroyed this environment; the next invocation needs a new one',
}

function EnvItem(props: {
  env: EnvBox
  onPick: (recordIndex: number) => void
  onOpenInvocation: (invocationId: number) => void
}) {
  const { env, onPick, onOpenInvocation } = props
  return (
    <li
      className={`penv penv--${env.state}`}
      data-testid={`pipeline.env.${env.id}`}
      title={ENV_TITLES[env.state]}
    >
      <div className="penv__head">
        <b>env {env.id}</b>{' '}
        <span data-testid={`pipeline.env.${env.id}.state`}>{env.stateText}</span>
      </div>
      {env.last && (
        <p className="muted penv__last" data-testid={`pipeline.env.${env.id}.last`}>
          {env.last}
        </p>
      )}
      {env.invocation && (
        <div className="penv__inv">
          <div className="penv__batch">
            {env.invocation.records.map((t) => (
              <Token key={t.recordIndex} token={t} extra="in this invocation" onPick={onPick} />
            ))}
            <MoreChip count={env.invocation.more} what="records in this batch" />
          </div>
          <button
            type="button"
            className="plink penv__text"
            data-testid={`pipeline.env.${env.id}.invocation`}
            onClick={() => onOpenInvocation(env.invocation?.id ?? 0)}
            title="Open this invocation's event, logs and result"
          >
            {env.invocation.text}
          </button>
          <div
            className="pbar pbar--duration"
            role="img"
            aria-label="Time spent against the function's Timeout"
            title="Time spent so far; at the right end the Timeout kills the invocation"
          >
            <span style={{ transform: `scaleX(${env.invocation.progress})` }} />
          </div>
        </div>
      )}
    </li>
  )
}

/** Environments in one state as one box, drawn as a stack (time-lapse, envGroups.ts). */
function EnvGroupItem({ group }: { group: EnvGroup }) {
  const id = `pipeline.envs.${group.state}`
  return (
    <li
      className={`penv penv--${group.state} penv--group`}
      data-testid={id}
      title={`${ENV_TITLES[group.state]}. While the run plays fast, environments in the same state are counted in one box; pause to see each one.`}
    >
      <div className="penv__head">
        <b className="penv__count" data-testid={`${id}.text`}>
          {group.text}
        </b>
      </div>
      <p className="muted penv__last">{group.ids}</p>
    </li>
  )
}

/**
 * Stage 4: the execution environments, then retries waiting out their backoff and throttles. With `collapse`
 * (time-lapse), environments in the same state draw as one counted box.
 */
export const FunctionColumn = memo(function FunctionColumn(props: {
  fn: FunctionStage
  collapse: boolean
  onPick: (recordIndex: number) => void
  onOpenInvocation: (invocationId: number) => void
}) {
  const { fn, collapse, onPick, onOpenInvocation } = props
  const boxes = collapse ? collapseEnvs(fn.envs) : fn.envs
  return (
    <>
      <p className="muted pstage__sub" data-testid="pipeline.function.concurrency">
        {fn.concurrency}
      </p>
      {fn.envs.length === 0 && <p className="muted">No execution environment yet.</p>}
      {collapse && fn.envs.length > 0 && (
        <p className="pstage__sub" data-testid="pipeline.function.envs">
          {envSummary(fn.envs)}
        </p>
      )}
      <ul className="penvs" aria-label="Execution environments">
        {boxes.map((box) =>
          isGroup(box) ? (
            <EnvGroupItem key={`group.${box.state}`} group={box} />
          ) : (
            <EnvItem
              key={`${box.state === 'killed' ? 'k' : ''}${box.id}`}
              env={box}
              onPick={onPick}
              onOpenInvocation={onOpenInvocation}
            />
          ),
        )}
      </ul>
      {fn.retries.length > 0 && (
        <ul className="plist" aria-label="Batches waiting to retry">
          {fn.retries.map((r) => (
            <li
              key={`${r.shard}.${r.lane}`}
              className="pwait"
              data-testid={`pipeline.retry.${r.shard}.${r.lane}`}
              title="The mapping holds the failed batch and waits out its backoff before trying again (A4.2)"
            >
              <b>{r.records}</b> {r.text}
            </li>
          ))}
        </ul>
      )}
      {fn.bounces.length > 0 && (
        <ul className="plist" aria-label="Throttles">
          {fn.bounces.map((b, i) => (
            <li key={b.key} className="pbounce" data-testid={`pipeline.throttle.${i}`}>
              {b.text}
            </li>
          ))}
        </ul>
      )}
    </>
  )
})

function InboxBox({ inbox }: { inbox: Inbox }) {
  const [open, setOpen] = useState<number | undefined>(undefined)
  const id = `pipeline.inbox.${inbox.kind}`
  const shown = inbox.messages.find((m) => m.number === open)
  return (
    <li className="pinbox" data-testid={id} title={`Failure destination: ${inbox.target}`}>
      <div className="pinbox__head">
        <b>{inbox.name}</b>{' '}
        <span className="pcount" data-testid={`${id}.count`}>
          {formatCount(inbox.count)}
        </span>
      </div>
      <ul className="pinbox__messages" aria-label={`${inbox.name} messages`}>
        {inbox.messages.map((m) => (
          <li key={m.number}>
            <button
              type="button"
              className="plink"
              aria-expanded={open === m.number}
              data-testid={`${id}.message.${m.number}`}
              onClick={() => setOpen(open === m.number ? undefined : m.number)}
            >
              ✉ message {m.number} · {m.atText}
            </button>
          </li>
        ))}
      </ul>
      {shown && (
        <CodeBlock label={`${inbox.name} message ${shown.number}`} testId={`${id}.json`}>
          {shown.json}
        </CodeBlock>
      )}
    </li>
  )
}

export const OutcomesColumn = memo(function OutcomesColumn({
  outcomes,
}: {
  outcomes: OutcomesStage
}) {
  return (
    <ul className="pinboxes" aria-label="Outcomes">
      <li
        className="pinbox pinbox--processed"
        data-testid="pipeline.processed"
        title="Records the function handled: the checkpoint moved past them"
      >
        <b>processed</b>{' '}
        <span className="pcount" data-testid="pipeline.processed.count">
          {formatCount(outcomes.processed)}
        </span>
        {(outcomes.filtered > 0 || outcomes.expired > 0) && (
          <p className="muted">
            {outcomes.filtered > 0 && `${formatCount(outcomes.filtered)} filtered out`}
            {outcomes.filtered > 0 && outcomes.expired > 0 && ' · '}
            {outcomes.expired > 0 && `${formatCount(outcomes.expired)} expired (24 h)`}
          </p>
        )}
      </li>
      {outcomes.inboxes.map((inbox) => (
        <InboxBox key={inbox.kind} inbox={inbox} />
      ))}
    </ul>
  )
})
