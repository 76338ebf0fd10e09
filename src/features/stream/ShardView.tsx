import './stream.css'
import { useMemo } from 'react'
import type { RecordFate } from '../../engine'
import {
  computeShardStrips,
  describeShard,
  recordLabels,
  selectInfo,
  STRIP_CHIPS,
  selectInvocationCount,
  selectInvocations,
  selectRecords,
  selectRedeliveries,
  selectSnapshot,
  useAppActions,
  useAppStore,
} from '../../store'
import { Panel } from '../../ui/Panel'
import { selectTimeLapse } from '../pipeline'
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
  const loaded = useAppStore(selectInfo) !== undefined
  const records = useAppStore(selectRecords)
  const invocations = useAppStore(selectInvocations)
  const invocationCount = useAppStore(selectInvocationCount)
  const { repeated, rewinds } = useAppStore(selectRedeliveries)
  const timeLapse = useAppStore(selectTimeLapse)
  const { openWhy } = useAppActions()
  const strips = useMemo(
    () => computeShardStrips(snapshot, records, invocations, STRIP_CHIPS, repeated),
    [snapshot, records, invocations, repeated],
  )
  const words = useMemo(() => {
    const labels = recordLabels(records)
    const complete = invocationCount === invocations.length
    return strips.map((strip) => describeShard(strip.shard, records, invocations, labels, complete))
  }, [strips, records, invocations, invocationCount])
  return (
    <Panel id="shards" title="Shards">
      {strips.length === 0 ? (
        <p className="muted" data-testid="shards.empty">
          {loaded
            ? 'No records yet: press Play or write an item.'
            : 'Loading the scenario: its shards appear here.'}
        </p>
      ) : (
        <ul className="shards" aria-label="Shards">
          {strips.map((strip) => (
            <ShardStripRow
              key={strip.shard}
              strip={strip}
              words={words[strip.shard]}
              rewind={rewinds.get(strip.shard)}
              collapse={timeLapse}
              onPick={openWhy}
            />
          ))}
        </ul>
      )}
      {/* Small swatches beside plain words: a legend must not look like buttons. */}
      <ul className="legend muted" aria-label="Legend" data-testid="shards.legend">
        {FATES.map((fate) => (
          <li key={fate}>
            <span className={`swatch fate--${fate}`} aria-hidden="true" />
            {fate}
          </li>
        ))}
        <li data-testid="shards.legend.inflight">
          <span className="swatch swatch--inflight" aria-hidden="true" />
          in flight
        </li>
        <li>
          <span className="swatch swatch--buffered" aria-hidden="true" />
          batching
        </li>
        <li>
          <span className="checkpoint checkpoint--legend" aria-hidden="true" />
          checkpoint
        </li>
        <li>×2 delivered 2 times</li>
        {/* Only while the strips collapse (time-lapse): the legend names what is drawn. */}
        {timeLapse && <li>3–9 a run of look-alike records</li>}
        <li>click a record for its history</li>
      </ul>
    </Panel>
  )
}
