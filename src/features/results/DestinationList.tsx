import { useMemo } from 'react'
import { destinationCoverages, selectDestinations, selectRecords, useAppStore } from '../../store'
import type { AppState } from '../../store'
import { DestinationMessage } from './DestinationMessage'

const selectShardIdsKey = (s: AppState) =>
  s.sim.snapshot?.shards.map((shard) => shard.shardId).join(' ') ?? ''

/** The failure destination's messages, as the queue / topic / bucket received them, with what each covers. */
export function DestinationList() {
  const destinations = useAppStore(selectDestinations)
  const records = useAppStore(selectRecords)
  // The snapshot changes every frame, its shard ids never within a run: a string keeps this quiet.
  const shardKey = useAppStore(selectShardIdsKey)
  const coverages = useMemo(
    () => destinationCoverages(destinations, records, shardKey === '' ? [] : shardKey.split(' ')),
    [destinations, records, shardKey],
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
