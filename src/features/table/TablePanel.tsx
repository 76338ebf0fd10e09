import './table.css'
import type { StreamViewType } from '../../engine'
import {
  selectFileStreamViewType,
  selectInfo,
  selectLastWriteRejected,
  selectLastWriteText,
  selectTable,
  useAppActions,
  useAppStore,
} from '../../store'
import { plural } from '../../lib/plural'
import { ItemEditor } from './ItemEditor'
import { ItemGrid } from './ItemGrid'
import { TrafficGenerator } from './TrafficGenerator'

const VIEW_TYPES: readonly StreamViewType[] = [
  'KEYS_ONLY',
  'NEW_IMAGE',
  'OLD_IMAGE',
  'NEW_AND_OLD_IMAGES',
]

/**
 * StreamViewType, the one table setting a guide asks to change (docs/semantics.md A1.2). A stream keeps its
 * view type on AWS (A1.1), so a running one takes the new type from the next Reset, and says so.
 */
function ViewTypeSelect({ running }: { running: StreamViewType | undefined }) {
  const chosen = useAppStore(selectFileStreamViewType)
  const { setStreamViewType } = useAppActions()
  const value = typeof chosen === 'string' ? chosen : running
  if (value === undefined) return <>none</>
  return (
    <>
      <select
        aria-label="StreamViewType"
        data-testid="table.streamViewType"
        value={value}
        onChange={(e) => setStreamViewType(e.target.value)}
      >
        {VIEW_TYPES.map((v) => (
          <option key={v}>{v}</option>
        ))}
      </select>
      {running !== undefined && value !== running && (
        <>
          {' '}
          <span className="muted" data-testid="table.streamViewType.next">
            from the next Reset (now {running})
          </span>
        </>
      )}
    </>
  )
}

/** The table's definition and items; every change is a write at the current virtual time. */
export function TablePanel() {
  const info = useAppStore(selectInfo)
  const table = useAppStore(selectTable)
  const lastWrite = useAppStore(selectLastWriteText)
  const lastWriteRejected = useAppStore(selectLastWriteRejected)
  const actions = useAppActions()
  if (info === undefined) return <p className="muted">Loading…</p>
  const { keySchema } = info
  return (
    <div className="table-panel">
      <dl className="definition" data-testid="table.definition">
        <dt>TableName</dt>
        <dd>{info.tableName}</dd>
        <dt>Partition key</dt>
        <dd>
          {keySchema.hash.name} ({keySchema.hash.type})
        </dd>
        <dt>Sort key</dt>
        <dd>{keySchema.range ? `${keySchema.range.name} (${keySchema.range.type})` : 'none'}</dd>
        <dt>StreamViewType</dt>
        <dd>
          <ViewTypeSelect running={info.streamViewType} />
        </dd>
        <dt>Shards</dt>
        <dd>{info.shards}</dd>
        <dt>TTL attribute</dt>
        <dd>{info.ttlAttribute ?? 'off'}</dd>
      </dl>
      <div className="row">
        <span className="muted" data-testid="table.count">
          {plural(table.order.length, 'item')}
        </span>
        <button
          type="button"
          className="button"
          data-testid="table.add"
          onClick={() => actions.openItemEditor()}
        >
          Add item
        </button>
      </div>
      {lastWrite &&
        (lastWriteRejected ? (
          <p className="notice notice--error" role="alert" data-testid="table.lastWrite">
            {lastWrite}
          </p>
        ) : (
          <p className="notice notice--ok" role="status" data-testid="table.lastWrite">
            {lastWrite}
          </p>
        ))}
      <ItemEditor />
      <ItemGrid />
      <TrafficGenerator />
    </div>
  )
}
