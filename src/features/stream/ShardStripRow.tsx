import type { ReactNode } from 'react'
import { plural } from '../../lib/plural'
import type { Rewind, ShardStrip, ShardWords } from '../../store'
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

/** One shard: its record chips by fate, the checkpoint between them, the batch in flight outlined. */
export function ShardStripRow(props: {
  strip: ShardStrip
  words: ShardWords | undefined
  rewind: Rewind | undefined
  onPick: (recordIndex: number) => void
}) {
  const { strip, words, rewind, onPick } = props
  const id = `shard.${strip.shard}`
  const items: ReactNode[] = []
  let placed = false
  for (const chip of strip.chips) {
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
    const again = chip.redelivered === undefined ? '' : `, delivered ${chip.redelivered} times`
    const extra = chip.inflight
      ? ', in the batch in flight'
      : chip.buffered
        ? ', in the batching window'
        : ''
    items.push(
      <button
        key={chip.recordIndex}
        type="button"
        className={`chip fate--${chip.fate}${chip.inflight ? ' chip--inflight' : ''}${chip.buffered ? ' chip--buffered' : ''}`}
        data-testid={`${id}.record.${chip.recordIndex}`}
        aria-label={`Record ${chip.recordIndex}: ${chip.fate}${extra}${again}. Why?`}
        title={`#${chip.recordIndex} ${chip.fate}${extra}${again}`}
        onClick={() => onPick(chip.recordIndex)}
      >
        {chip.recordIndex}
        {chip.redelivered !== undefined && (
          <span
            className="chip__deliveries"
            data-testid={`${id}.record.${chip.recordIndex}.deliveries`}
          >
            ×{chip.redelivered}
          </span>
        )}
      </button>,
    )
  }
  if (!placed) items.push(<Checkpoint key="checkpoint" strip={strip} />)
  const inflight = strip.inflightInvocationIds
  return (
    <li className="shard" data-testid={id}>
      <div className="shard__label">
        <b>Shard {strip.shard}</b>{' '}
        <span className="muted" data-testid={`${id}.summary`}>
          {plural(strip.recordCount, 'record')} · {strip.checkpointPos.toLocaleString('en-US')}{' '}
          settled
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
