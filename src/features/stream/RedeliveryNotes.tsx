import { formatElapsed } from '../../lib/units'
import type { Rewind, ShardStrip } from '../../store'
import { recordRange, SEMANTICS_PAGE } from '../../store'

/** `the handler's response to #0–#2 named #2: #0–#1 count as processed, the retry starts at #2.` */
function rewindStory({ batch, toIndex }: Rewind): string {
  const kept = batch.filter((index) => index < toIndex)
  return (
    `the response to ${recordRange(batch)} named #${toIndex}: ` +
    `${recordRange(kept)} count${kept.length === 1 ? 's' : ''} as processed, ` +
    `the retry starts at #${toIndex}.`
  )
}

/**
 * Why records came back: where a partial batch response rewound the shard (docs/semantics.md A5.2), and
 * which records shown were delivered more than once, so the handler must be idempotent (A2.5).
 */
export function RedeliveryNotes({
  strip,
  rewind,
}: {
  strip: ShardStrip
  rewind: Rewind | undefined
}) {
  const id = `shard.${strip.shard}`
  const again = strip.chips.filter((c) => c.redelivered !== undefined).map((c) => c.recordIndex)
  if (rewind === undefined && again.length === 0) return null
  return (
    <div className="shard__redelivery">
      {rewind !== undefined && (
        <p data-testid={`${id}.rewind`}>
          <span aria-hidden="true">↶ </span>
          checkpoint rewound to #{rewind.toIndex} (lowest reported failure) at{' '}
          {formatElapsed(rewind.atMs)}: {rewindStory(rewind)}{' '}
          <a href={`${SEMANTICS_PAGE}#A5.2`} target="_blank" rel="noreferrer">
            A5.2 Reading the response
          </a>
        </p>
      )}
      {again.length > 0 && (
        <p data-testid={`${id}.again`}>
          {again.length === 1
            ? `Record #${again[0]} was delivered again`
            : `Records ${recordRange(again)} were delivered again`}
          : handlers must be idempotent.{' '}
          <a href={`${SEMANTICS_PAGE}#A2.5`} target="_blank" rel="noreferrer">
            A2.5 At least once
          </a>
        </p>
      )}
    </div>
  )
}
