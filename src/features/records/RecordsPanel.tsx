import './records.css'
import { Panel } from '../../ui/Panel'
import { RecordList } from './RecordList'
import { WhyPanel } from './WhyPanel'

/** The stream's records with their fates, and the "Why?" history of the one picked. */
export function RecordsPanel() {
  return (
    <Panel id="records" title="Stream records">
      <RecordList />
      <WhyPanel />
    </Panel>
  )
}
