import './stream.css'
import { useMemo } from 'react'
import type { RecordFate } from '../../engine'
import {
  computeShardStrips,
  selectInvocations,
  selectRecords,
  selectSnapshot,
  useAppActions,
  useAppStore,
} from '../../store'
import { Panel } from '../../ui/Panel'
import { ShardStripRow } from './ShardStripRow'

const FATES: readonly RecordFate[] = [
  'pending',
  'processed',
  'filtered',
  'destination',
  'dropped',
  'expired',
  'skipped',
]

/**
 * Per shard, the records around the checkpoint. It redraws once per frame from the snapshot: a few dozen
 * buttons per shard, so long runs cost the same as short ones.
 */
export function ShardView() {
  const snapshot = useAppStore(selectSnapshot)
  const records = useAppStore(selectRecords)
  const invocations = useAppStore(selectInvocations)
  const { openWhy } = useAppActions()
  const strips = useMemo(
    () => computeShardStrips(snapshot, records, invocations),
    [snapshot, records, invocations],
  )
  return (
    <Panel id="shards" title="Shards">
      {strips.length === 0 ? (
        <p className="muted">The stream's shards appear once the scenario loads.</p>
      ) : (
        <ul className="shards" aria-label="Shards">
          {strips.map((strip) => (
            <ShardStripRow key={strip.shard} strip={strip} onPick={openWhy} />
          ))}
        </ul>
      )}
      <p className="legend muted" aria-label="Legend">
        {FATES.map((fate) => (
          <span key={fate} className={`chip chip--legend fate--${fate}`}>
            {fate}
          </span>
        ))}
        <span className="chip chip--legend chip--inflight">in flight</span>
        <span className="chip chip--legend chip--buffered">batching</span>
        <span className="checkpoint checkpoint--legend" /> checkpoint · click a record for its
        history
      </p>
    </Panel>
  )
}
