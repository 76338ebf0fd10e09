import { useId, useMemo, useState } from 'react'
import {
  filterVerdictsOf,
  historyLines,
  historySummary,
  labelsByIndex,
  selectInvocations,
  selectMappingInEffect,
  selectRecords,
  selectWhy,
  stepNotes,
  useAppActions,
  useAppStore,
} from '../../store'
import type { StepNote } from '../../store'
import { plural } from '../../lib/plural'
import { FateBadge } from '../../ui/FateBadge'
import { PickedPanelTitle } from '../../ui/PickedPanelTitle'
import { usePickedPanel } from '../../ui/usePickedPanel'
import { formatKeys } from './formatRecord'
import { RetryGroup } from './RetryGroup'
import { WhyStep } from './WhyStep'

/**
 * A record's history from the engine's journal: each step with its time, text and rule source, and under the
 * steps that leave it open, why (a rewind, a filter verdict, a trim). A long history opens on a summary.
 */
export function WhyPanel() {
  const why = useAppStore(selectWhy)
  const records = useAppStore(selectRecords)
  const invocations = useAppStore(selectInvocations)
  const mapping = useAppStore(selectMappingInEffect)
  const { closeWhy } = useAppActions()
  // The record whose steps are unfolded: another record opens folded again.
  const [expandedFor, setExpandedFor] = useState<number | undefined>(undefined)
  const stepsId = useId()
  const steps = why?.history?.steps
  const recordIndex = why?.recordIndex
  const record = records.find((r) => r.index === recordIndex)
  const lines = useMemo(() => historyLines(steps ?? []), [steps])
  const fate = why?.history?.fate
  const notes = useMemo(() => {
    if (steps === undefined || recordIndex === undefined) return new Map<number, StepNote>()
    return stepNotes(steps, {
      recordIndex,
      createdAtMs: record?.createdAtMs,
      invocations,
      labels: labelsByIndex(records),
      verdicts: fate === 'filtered' ? filterVerdictsOf(mapping, record) : [],
    })
  }, [steps, recordIndex, record, invocations, records, mapping, fate])
  const summary = useMemo(
    () => (steps && fate ? historySummary(steps, fate) : undefined),
    [steps, fate],
  )
  // A record picked in a shard, a list or a destination message: its history comes into view, with focus.
  const { panel, heading, close } = usePickedPanel<HTMLElement>(recordIndex, closeWhy)
  const expanded = expandedFor !== undefined && expandedFor === recordIndex
  if (why === undefined) return null
  const label = record
    ? `${record.record.eventName} ${formatKeys(record.record.dynamodb.Keys)}`
    : undefined
  const open = summary === undefined || expanded
  return (
    <section ref={panel} className="why" aria-labelledby="why-title" data-testid="why.panel">
      <header className="why__header">
        <PickedPanelTitle ref={heading} id="why-title" testId="why.title">
          Why? Record #{why.recordIndex}
          {label && <span className="muted"> · {label}</span>}
        </PickedPanelTitle>
        {why.history && <FateBadge fate={why.history.fate} testId="why.fate" />}
        <button
          type="button"
          className="button button--small"
          data-testid="why.close"
          aria-label="Close the record history"
          onClick={close}
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
        <>
          {summary !== undefined && (
            <p className="why__summary">
              <span data-testid="why.summary">{summary}</span>{' '}
              <button
                type="button"
                className="why-group__toggle"
                data-testid="why.expand"
                aria-expanded={expanded}
                aria-controls={stepsId}
                onClick={() => setExpandedFor(expanded ? undefined : recordIndex)}
              >
                {expanded ? 'Hide' : 'Show'} the {plural(why.history.steps.length, 'step')}
              </button>
            </p>
          )}
          <ol
            className="why__steps"
            id={stepsId}
            hidden={!open}
            aria-label={`History of record ${why.recordIndex}`}
          >
            {open &&
              lines.map((line) =>
                line.kind === 'step' ? (
                  <WhyStep
                    key={line.index}
                    step={line.step}
                    index={line.index}
                    recordIndex={why.recordIndex}
                    note={notes.get(line.index)}
                  />
                ) : (
                  <RetryGroup
                    key={`group.${line.steps[0].index}`}
                    line={line}
                    recordIndex={why.recordIndex}
                    notes={notes}
                  />
                ),
              )}
          </ol>
        </>
      )}
    </section>
  )
}
