import { plural } from '../../lib/plural'
import { formatElapsed } from '../../lib/units'
import { useMemo } from 'react'
import {
  describeAttempt,
  describeInvocationRecords,
  recordLabels,
  selectInvocationCount,
  selectInvocationDetails,
  selectInvocations,
  selectRecords,
  useAppActions,
  useAppStore,
} from '../../store'
import type { InvocationView, Lookup } from '../../store'
import { VirtualList } from '../../ui/VirtualList'
import { InvocationDetails } from './InvocationDetails'

/** Two lines: the row's columns, then its records by key. */
const ROW_HEIGHT = 44

const SPLIT_HALF_NOTE = 'A half of a bisected batch: its attempts count again from 1'

function InvocationRow(props: { inv: InvocationView; selected: boolean; labels: Lookup<string> }) {
  const { inv, selected, labels } = props
  const { openInvocation } = useAppActions()
  const id = `invocation.${inv.ordinal}`
  const duration = inv.endMs === undefined ? '…' : `${inv.endMs - inv.startMs} ms`
  return (
    // The row is clickable for the mouse; the Details button is the keyboard and screen-reader way in.
    <div
      className={`invocation invocation--${inv.outcome}${selected ? ' invocation--selected' : ''}`}
      data-testid={id}
      title={inv.errorMessage}
      onClick={() => openInvocation(inv.id)}
    >
      <span data-testid={`${id}.time`}>{formatElapsed(inv.startMs)}</span>
      <span data-testid={`${id}.shard`}>{inv.shard}</span>
      <span data-testid={`${id}.records`}>{inv.recordIndexes.length}</span>
      <span data-testid={`${id}.attempt`} title={inv.splitHalf ? SPLIT_HALF_NOTE : undefined}>
        {describeAttempt(inv)}
      </span>
      <span data-testid={`${id}.outcome`}>{inv.outcome}</span>
      <span data-testid={`${id}.duration`}>{duration}</span>
      <span data-testid={`${id}.start`}>{inv.coldStart ? 'cold' : 'warm'}</span>
      <button
        type="button"
        className="button button--small"
        data-testid={`${id}.details`}
        aria-label={`Details of invocation ${inv.id}`}
        aria-pressed={selected}
        onClick={(e) => {
          e.stopPropagation()
          openInvocation(inv.id)
        }}
      >
        Details
      </button>
      <span className="invocation__keys" data-testid={`${id}.keys`}>
        {describeInvocationRecords(inv.recordIndexes, labels)}
      </span>
    </div>
  )
}

/** Every invocation: time, shard, records, attempt, outcome, duration, cold/warm, its records by key. */
export function InvocationList() {
  const invocations = useAppStore(selectInvocations)
  const count = useAppStore(selectInvocationCount)
  const selectedId = useAppStore(selectInvocationDetails)?.invocationId
  const records = useAppStore(selectRecords)
  const labels = useMemo(() => recordLabels(records), [records])
  return (
    <div className="invocations">
      <p className="muted" data-testid="invocations.count" data-count={count}>
        {plural(count, 'invocation')}
      </p>
      <div className="invocation invocation--head" aria-hidden="true">
        <span>time</span>
        <span>shard</span>
        <span>records</span>
        <span>attempt</span>
        <span>outcome</span>
        <span>duration</span>
        <span>start</span>
        <span />
      </div>
      <VirtualList
        items={invocations}
        rowHeight={ROW_HEIGHT}
        height={ROW_HEIGHT * 8}
        label="Invocations"
        follow
        testId="invocations.list"
        rowKey={(inv) => inv.id}
        renderRow={(inv) => (
          <InvocationRow inv={inv} selected={inv.id === selectedId} labels={labels} />
        )}
      />
      <InvocationDetails />
    </div>
  )
}
