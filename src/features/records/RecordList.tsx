import { plural } from '../../lib/plural'
import { formatElapsed } from '../../lib/units'
import {
  selectRecordCount,
  selectRecords,
  selectWhy,
  useAppActions,
  useAppStore,
} from '../../store'
import type { RecordView } from '../../engine'
import { FateBadge } from '../../ui/FateBadge'
import { VirtualList } from '../../ui/VirtualList'
import { formatKeys, shortSequence } from './formatRecord'

const ROW_HEIGHT = 28

function RecordRow({ record, selected }: { record: RecordView; selected: boolean }) {
  const { openWhy } = useAppActions()
  const id = `records.${record.index}`
  const keys = formatKeys(record.record.dynamodb.Keys)
  const seq = record.record.dynamodb.SequenceNumber
  return (
    <div className={`record-row${selected ? ' record-row--selected' : ''}`} data-testid={id}>
      <span>#{record.index}</span>
      <span>{record.shard}</span>
      <span>{record.record.eventName}</span>
      <span className="record-row__keys" title={keys}>
        {keys}
      </span>
      <span className="record-row__seq" title={`SequenceNumber ${seq}`}>
        {shortSequence(seq)}
      </span>
      <span>{formatElapsed(record.createdAtMs)}</span>
      <FateBadge fate={record.fate} testId={`${id}.fate`} />
      <button
        type="button"
        className="button button--small"
        data-testid={`${id}.why`}
        aria-label={`Why is record ${record.index} ${record.fate}?`}
        aria-pressed={selected}
        onClick={() => openWhy(record.index)}
      >
        Why?
      </button>
    </div>
  )
}

/** Every stream record (the newest 2,000 in long runs), windowed: only visible rows are in the DOM. */
export function RecordList() {
  const records = useAppStore(selectRecords)
  const count = useAppStore(selectRecordCount)
  const why = useAppStore(selectWhy)
  if (count === 0) return <p className="muted">No stream records yet: press Play or Run to end.</p>
  return (
    <div className="records">
      <p className="muted" data-testid="records.count" data-count={count}>
        {plural(count, 'record')}
        {count > records.length ? ` (newest ${records.length} shown)` : ''}
      </p>
      <div className="record-row record-row--head" aria-hidden="true">
        <span>#</span>
        <span>shard</span>
        <span>event</span>
        <span>keys</span>
        <span>sequence</span>
        <span>created</span>
        <span>fate</span>
        <span />
      </div>
      <VirtualList
        items={records}
        rowHeight={ROW_HEIGHT}
        height={ROW_HEIGHT * 6}
        label="Stream records"
        follow
        testId="records.list"
        rowKey={(record) => record.index}
        renderRow={(record) => (
          <RecordRow record={record} selected={why?.recordIndex === record.index} />
        )}
      />
    </div>
  )
}
