import { useMemo } from 'react'
import {
  destinationCoverage,
  selectDestinations,
  selectRecords,
  selectSnapshot,
  useAppStore,
} from '../../store'
import { DestinationMessage } from './DestinationMessage'

/** The failure destination's messages, as the queue / topic / bucket received them, with what each covers. */
export function DestinationList() {
  const destinations = useAppStore(selectDestinations)
  const records = useAppStore(selectRecords)
  const snapshot = useAppStore(selectSnapshot)
  const shardIds = useMemo(() => snapshot?.shards.map((s) => s.shardId) ?? [], [snapshot])
  const coverages = useMemo(
    () => destinations.map((d) => destinationCoverage(d, records, shardIds)),
    [destinations, records, shardIds],
  )
  if (destinations.length === 0) return <p className="muted">No failure records yet.</p>
  return (
    <ol className="destinations" aria-label="Failure destination messages">
      {destinations.map((d, i) => (
        <DestinationMessage key={i} destination={d} index={i} coverage={coverages[i]} />
      ))}
    </ol>
  )
}
