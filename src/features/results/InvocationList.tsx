import { formatElapsed } from '../../lib/units'
import { selectInvocationCount, selectInvocations, useAppStore } from '../../store'
import type { InvocationView } from '../../store'
import { VirtualList } from '../../ui/VirtualList'

const ROW_HEIGHT = 28

function InvocationRow({ inv }: { inv: InvocationView }) {
  const id = `invocation.${inv.ordinal}`
  const duration = inv.endMs === undefined ? '…' : `${inv.endMs - inv.startMs} ms`
  return (
    <div
      className={`invocation invocation--${inv.outcome}`}
      data-testid={id}
      title={inv.errorMessage}
    >
      <span data-testid={`${id}.time`}>{formatElapsed(inv.startMs)}</span>
      <span data-testid={`${id}.shard`}>{inv.shard}</span>
      <span data-testid={`${id}.records`}>{inv.recordIndexes.length}</span>
      <span data-testid={`${id}.attempt`}>{inv.attempt}</span>
      <span data-testid={`${id}.outcome`}>{inv.outcome}</span>
      <span data-testid={`${id}.duration`}>{duration}</span>
      <span data-testid={`${id}.start`}>{inv.coldStart ? 'cold' : 'warm'}</span>
    </div>
  )
}

/** Every invocation: time, shard, records, attempt, outcome, duration, cold/warm. */
export function InvocationList() {
  const invocations = useAppStore(selectInvocations)
  const count = useAppStore(selectInvocationCount)
  return (
    <div className="invocations">
      <p className="muted" data-testid="invocations.count" data-count={count}>
        {count} invocations
      </p>
      <div className="invocation invocation--head" aria-hidden="true">
        <span>time</span>
        <span>shard</span>
        <span>records</span>
        <span>attempt</span>
        <span>outcome</span>
        <span>duration</span>
        <span>start</span>
      </div>
      <VirtualList
        items={invocations}
        rowHeight={ROW_HEIGHT}
        height={ROW_HEIGHT * 8}
        label="Invocations"
        testId="invocations.list"
        renderRow={(inv) => <InvocationRow inv={inv} />}
      />
    </div>
  )
}
