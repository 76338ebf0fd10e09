import { memo } from 'react'
import type { ReactNode } from 'react'
import { formatCount, plural } from '../../lib/plural'
import type { Rewind, ShardChip, ShardStrip, ShardWords } from '../../store'
import { chipRuns, type ChipRun } from './chipRuns'
import { RedeliveryNotes } from './RedeliveryNotes'

function Checkpoint({ strip }: { strip: ShardStrip }) {
  const seq = strip.checkpointSequenceNumber
  const text =
    strip.checkpointPos === 0
      ? 'Checkpoint at the start: no record settled yet'
      : `Checkpoint after ${plural(strip.checkpointPos, 'settled record')} (SequenceNumber ${seq ?? '?'})`
  return (
    <span
      className="checkpoint"
      role="img"
      data-testid={`shard.${strip.shard}.checkpoint`}
      data-pos={strip.checkpointPos}
      aria-label={text}
      title={text}
    />
  )
}

/** What held the shard up, and the records that expired behind it without a delivery. */
function ShardStory({ shard, words }: { shard: number; words: ShardWords | undefined }) {
  const id = `shard.${shard}`
  if (!words || (words.blocking === undefined && words.lost.length === 0)) return null
  return (
    <>
      {words.blocking !== undefined && (
        <p className="shard__blocking" data-testid={`${id}.blocking`}>
          {words.blocking}
        </p>
      )}
      {words.lost.length > 0 && (
        <ul className="shard__lost" aria-label={`Records of shard ${shard} never delivered`}>
          {words.lost.map((line, i) => (
            <li key={line} data-testid={`${id}.lost.${i}`}>
              {line}
            </li>
          ))}
          {words.moreLost > 0 && (
            <li data-testid={`${id}.lost.more`}>
              and {plural(words.moreLost, 'more record')} never processed
            </li>
          )}
        </ul>
      )}
    </>
  )
}

const inBatch = ({ inflight, buffered }: Pick<ShardChip, 'inflight' | 'buffered'>) =>
  inflight ? ', in the batch in flight' : buffered ? ', in the batching window' : ''

/** One record's chip; memoised, so a frame redraws only the chips whose record or state changed. */
const Chip = memo(function Chip(props: {
  id: string
  recordIndex: number
  fate: ShardChip['fate']
  inflight: boolean
  buffered: boolean
  redelivered: number | undefined
  onPick: (recordIndex: number) => void
}) {
  const { id, recordIndex, fate, inflight, buffered, redelivered, onPick } = props
  const again = redelivered === undefined ? '' : `, delivered ${redelivered} times`
  const extra = inBatch({ inflight, buffered })
  return (
    <button
      type="button"
      className={`chip fate--${fate}${inflight ? ' chip--inflight' : ''}${buffered ? ' chip--buffered' : ''}`}
      data-testid={`${id}.record.${recordIndex}`}
      aria-label={`Record ${recordIndex}: ${fate}${extra}${again}. Why?`}
      title={`#${recordIndex} ${fate}${extra}${again}`}
      onClick={() => onPick(recordIndex)}
    >
      {recordIndex}
      {redelivered !== undefined && (
        <span className="chip__deliveries" data-testid={`${id}.record.${recordIndex}.deliveries`}>
          ×{redelivered}
        </span>
      )}
    </button>
  )
})

/** Look-alike neighbours as one counted chip (time-lapse); it opens the first record's history. */
function RunChip({ id, run, onPick }: { id: string; run: ChipRun; onPick: (i: number) => void }) {
  const { first, last, count } = run
  const text = `Records ${first.recordIndex} to ${last.recordIndex}: ${plural(count, 'record')} ${first.fate}${inBatch(first)}`
  return (
    <button
      type="button"
      className={`chip chip--run fate--${first.fate}${first.inflight ? ' chip--inflight' : ''}${first.buffered ? ' chip--buffered' : ''}`}
      data-testid={`${id}.run.${first.recordIndex}`}
      aria-label={`${text}. Why for record ${first.recordIndex}?`}
      title={text}
      onClick={() => onPick(first.recordIndex)}
    >
      {first.recordIndex}–{last.recordIndex}
    </button>
  )
}

/**
 * One shard: its record chips by fate, the checkpoint between them, the batch in flight outlined. With
 * `collapse` (time-lapse), runs of look-alike chips draw as one counted chip.
 */
export function ShardStripRow(props: {
  strip: ShardStrip
  words: ShardWords | undefined
  rewind: Rewind | undefined
  collapse: boolean
  onPick: (recordIndex: number) => void
}) {
  const { strip, words, rewind, collapse, onPick } = props
  const id = `shard.${strip.shard}`
  const items: ReactNode[] = []
  let placed = false
  const runs = collapse
    ? chipRuns(strip.chips, strip.checkpointPos, rewind?.toIndex)
    : strip.chips.map((chip): ChipRun => ({ first: chip, last: chip, count: 1 }))
  for (const run of runs) {
    const chip = run.first
    if (!placed && chip.pos >= strip.checkpointPos) {
      items.push(<Checkpoint key="checkpoint" strip={strip} />)
      placed = true
    }
    if (rewind?.toIndex === chip.recordIndex)
      items.push(
        <span key="rewind" className="rewind-mark" aria-hidden="true">
          ↶ rewound
        </span>,
      )
    if (run.count > 1) {
      items.push(<RunChip key={`run.${chip.recordIndex}`} id={id} run={run} onPick={onPick} />)
      continue
    }
    items.push(
      <Chip
        key={chip.recordIndex}
        id={id}
        recordIndex={chip.recordIndex}
        fate={chip.fate}
        inflight={chip.inflight}
        buffered={chip.buffered}
        redelivered={chip.redelivered}
        onPick={onPick}
      />,
    )
  }
  if (!placed) items.push(<Checkpoint key="checkpoint" strip={strip} />)
  const inflight = strip.inflightInvocationIds
  return (
    <li className="shard" data-testid={id}>
      <div className="shard__label">
        <b>Shard {strip.shard}</b>{' '}
        <span className="muted" data-testid={`${id}.summary`}>
          {plural(strip.recordCount, 'record')} · {formatCount(strip.checkpointPos)} settled
          {inflight.length > 0 ? ` · invocation ${inflight.join(', ')} in flight` : ''}
        </span>
      </div>
      <div className="shard__strip" aria-label={`Records of shard ${strip.shard}`}>
        {strip.hiddenBefore > 0 && (
          <span className="muted" data-testid={`${id}.hiddenBefore`}>
            +{strip.hiddenBefore} earlier
          </span>
        )}
        {items}
        {strip.hiddenAfter > 0 && (
          <span className="muted" data-testid={`${id}.hiddenAfter`}>
            +{strip.hiddenAfter} later
          </span>
        )}
      </div>
      <RedeliveryNotes strip={strip} rewind={rewind} />
      <ShardStory shard={strip.shard} words={words} />
    </li>
  )
}
