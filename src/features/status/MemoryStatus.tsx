import { selectMemory, selectSimTimeMs, useAppStore } from '../../store'
import { formatBytes, memoryExplained, memoryLine, memoryNotice } from './memoryWords'
import './status.css'

/** The run's record count and memory estimate, and what it discards near its limit (docs/semantics.md D18). */
export function MemoryStatus() {
  const memory = useAppStore(selectMemory)
  const nowMs = useAppStore(selectSimTimeMs)
  if (memory === undefined) return null
  const notice = memoryNotice(memory, nowMs)
  return (
    <div className="memory-status">
      <p
        className="memory-status__line muted"
        data-testid="status.memory"
        data-records={memory.records}
        data-engine-bytes={memory.estimateBytes}
      >
        {memoryLine(memory)}{' '}
        <span title={memoryExplained(memory)}>
          (estimate, limit {formatBytes(memory.budgetBytes)})
        </span>
      </p>
      {notice !== null && (
        <p
          className={`memory-status__notice memory-status__notice--${memory.stopped ? 'stopped' : memory.level}`}
          role="alert"
          data-testid="status.memoryNotice"
        >
          {notice}
        </p>
      )}
    </div>
  )
}
