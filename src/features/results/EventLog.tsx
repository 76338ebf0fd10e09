import { formatElapsed } from '../../lib/units'
import { selectEventCount, selectEvents, useAppStore } from '../../store'
import { VirtualList } from '../../ui/VirtualList'
import { describeEvent } from './describeEvent'

/** The newest engine events; each keeps its index in the whole run. */
export function EventLog() {
  const events = useAppStore(selectEvents)
  const count = useAppStore(selectEventCount)
  const offset = count - events.length
  return (
    <VirtualList
      items={events}
      rowHeight={22}
      height={22 * 10}
      label="Event log"
      follow
      testId="events.list"
      rowKey={(_, i) => offset + i}
      renderRow={(event, i) => (
        <div className="event" data-testid={`event.${offset + i}`}>
          <span className="event__time">{formatElapsed(event.atMs)}</span> {describeEvent(event)}
        </div>
      )}
    />
  )
}
