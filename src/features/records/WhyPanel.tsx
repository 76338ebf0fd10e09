import { useMemo } from 'react'
import { historyLines, selectRecords, selectWhy, useAppActions, useAppStore } from '../../store'
import { FateBadge } from '../../ui/FateBadge'
import { formatKeys } from './formatRecord'
import { RetryGroup } from './RetryGroup'
import { WhyStep } from './WhyStep'

/** A record's history from the engine's journal: each step with its time, text and rule source. */
export function WhyPanel() {
  const why = useAppStore(selectWhy)
  const records = useAppStore(selectRecords)
  const { closeWhy } = useAppActions()
  const steps = why?.history?.steps
  const lines = useMemo(() => historyLines(steps ?? []), [steps])
  if (why === undefined) return null
  const record = records.find((r) => r.index === why.recordIndex)
  const label = record
    ? `${record.record.eventName} ${formatKeys(record.record.dynamodb.Keys)}`
    : undefined
  return (
    <section className="why" aria-labelledby="why-title" data-testid="why.panel">
      <header className="why__header">
        <h3 className="why__title" id="why-title" data-testid="why.title">
          Why? Record #{why.recordIndex}
          {label && <span className="muted"> · {label}</span>}
        </h3>
        {why.history && <FateBadge fate={why.history.fate} testId="why.fate" />}
        <button
          type="button"
          className="button button--small"
          data-testid="why.close"
          aria-label="Close the record history"
          onClick={closeWhy}
        >
          Close
        </button>
      </header>
      <p className="muted">
        Each step names the rules behind it, linked to their entry in the docs:{' '}
        <b>AWS documented</b>, <b>observed on AWS</b>, or <b>simulator choice</b> where AWS says
        nothing and we decided.
      </p>
      {why.history === undefined ? (
        <p className="muted" role="status">
          Loading the record's history…
        </p>
      ) : (
        <ol className="why__steps" aria-label={`History of record ${why.recordIndex}`}>
          {lines.map((line) =>
            line.kind === 'step' ? (
              <WhyStep key={line.index} step={line.step} index={line.index} />
            ) : (
              <RetryGroup key={`group.${line.steps[0].index}`} line={line} />
            ),
          )}
        </ol>
      )}
    </section>
  )
}
