import './results.css'
import { Panel } from '../../ui/Panel'
import { DestinationList } from './DestinationList'
import { EventLog } from './EventLog'
import { InvocationList } from './InvocationList'

/** First results: invocations, failure-destination messages and the event log. */
export function ResultsPanel() {
  return (
    <div className="results">
      <Panel id="invocations" title="Invocations">
        <InvocationList />
      </Panel>
      <Panel id="destinations" title="Failure destination">
        <DestinationList />
      </Panel>
      <Panel id="events" title="Event log">
        <EventLog />
      </Panel>
    </div>
  )
}
