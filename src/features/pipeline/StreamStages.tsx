import { formatCount } from '../../lib/plural'
import { memo, type ReactNode } from 'react'
import type { MappingStage, ShardLane, WritesStage } from './streamModel'
import { MoreChip, Token } from './Token'
import { MappingProblem } from '../role'

type Pick = (recordIndex: number) => void

/**
 * A token's React key. In time-lapse every sample brings new records: keyed by their place, the tokens
 * already drawn are updated in place instead of being removed and drawn anew.
 */
const tokenKey = (collapse: boolean, slot: number, recordIndex: number) =>
  collapse ? `slot.${slot}` : recordIndex

export const WritesColumn = memo(function WritesColumn({
  writes,
  collapse,
  onPick,
}: {
  writes: WritesStage
  collapse: boolean
  onPick: Pick
}) {
  const { INSERT, MODIFY, REMOVE } = writes.counts
  return (
    <>
      <p className="pstage__counts" data-testid="pipeline.writes.counts">
        <span className="pword--insert">INSERT {INSERT}</span> ·{' '}
        <span className="pword--modify">MODIFY {MODIFY}</span> ·{' '}
        <span className="pword--remove">REMOVE {REMOVE}</span>
      </p>
      <ol className="pstage__writes" aria-label="Newest writes" data-flight-anchor="writes">
        {writes.recent.map((t, slot) => (
          <li key={tokenKey(collapse, slot, t.recordIndex)}>
            <Token token={t} onPick={onPick} />
            <span className="pstage__key">{t.label}</span>
          </li>
        ))}
      </ol>
    </>
  )
})

function Marker(props: { kind: 'checkpoint' | 'iterator'; title: string; testId: string }) {
  return (
    <span
      className={`pmarker pmarker--${props.kind}`}
      role="img"
      aria-label={props.title}
      title={props.title}
      data-testid={props.testId}
    />
  )
}

function ShardRow({
  lane,
  collapse,
  onPick,
}: {
  lane: ShardLane
  collapse: boolean
  onPick: Pick
}) {
  const id = `pipeline.shard.${lane.shard}`
  const items: ReactNode[] = []
  const markers = [
    { kind: 'checkpoint' as const, pos: lane.checkpointPos, title: lane.checkpointTitle },
    ...lane.iterators.map((pos, i) => ({
      kind: 'iterator' as const,
      pos,
      title: `Iterator${lane.iterators.length > 1 ? ` of lane ${i + 1}` : ''}: the next record its poller reads is at position ${pos}`,
    })),
  ]
  const placed = new Set<number>()
  const place = (pos: number) => {
    markers.forEach((m, i) => {
      if (placed.has(i) || m.pos > pos) return
      placed.add(i)
      items.push(<Marker key={`m${i}`} kind={m.kind} title={m.title} testId={`${id}.${m.kind}`} />)
    })
  }
  for (const [slot, token] of lane.tokens.entries()) {
    place(token.pos)
    const where =
      token.where === 'inflight'
        ? 'at the function'
        : token.where === 'batching'
          ? 'in the batch being assembled'
          : lane.blockedBy.includes(token.recordIndex)
            ? 'failing: holds the shard until it succeeds, expires or is sent to a destination'
            : undefined
    items.push(
      <Token
        key={tokenKey(collapse, slot, token.recordIndex)}
        token={token}
        fate={token.fate}
        extra={where}
        className={`ptoken--${token.where}${lane.blockedBy.includes(token.recordIndex) ? ' ptoken--blocking' : ''}`}
        testId={`${id}.record.${token.recordIndex}`}
        onPick={onPick}
      />,
    )
  }
  place(Number.MAX_SAFE_INTEGER)
  return (
    <li className="plane" data-testid={id}>
      <div className="plane__label">
        <b>Shard {lane.shard}</b>{' '}
        <span className="muted">
          {formatCount(lane.recordCount)} {lane.recordCount === 1 ? 'record' : 'records'}
        </span>
      </div>
      <div className="plane__tokens">
        {lane.hiddenBefore > 0 && <MoreChip count={lane.hiddenBefore} what="earlier records" />}
        {items}
        {lane.hiddenAfter > 0 && <MoreChip count={lane.hiddenAfter} what="later records" />}
      </div>
      <p className="muted plane__positions" data-testid={`${id}.positions`}>
        {lane.positions}
      </p>
      {lane.blocked && (
        <p className="plane__blocked" data-testid={`${id}.blocked`}>
          {lane.blocked}
        </p>
      )}
    </li>
  )
}

export const ShardsColumn = memo(function ShardsColumn(props: {
  lanes: readonly ShardLane[]
  more: number
  collapse: boolean
  onPick: Pick
}) {
  if (props.lanes.length === 0) return <p className="muted">No shard yet.</p>
  return (
    <ul className="planes" aria-label="Shard lanes">
      {props.lanes.map((lane) => (
        <ShardRow key={lane.shard} lane={lane} collapse={props.collapse} onPick={props.onPick} />
      ))}
      {props.more > 0 && <li className="muted">+{props.more} more shards not drawn</li>}
    </ul>
  )
})

export const MappingColumn = memo(function MappingColumn({
  mapping,
  onPick,
}: {
  mapping: MappingStage
  onPick: Pick
}) {
  const { filter } = mapping
  const gate =
    filter.patterns === 0
      ? 'no filter: every record passes'
      : `filter (${filter.patterns} ${filter.patterns === 1 ? 'pattern' : 'patterns'}): ${formatCount(filter.dropped)} dropped`
  return (
    <>
      <p className="muted pstage__sub" data-testid="pipeline.mapping.state">
        {mapping.state}
        {mapping.parallelization > 1
          ? ` · ParallelizationFactor ${mapping.parallelization}: ${mapping.parallelization} lanes per shard`
          : ''}
      </p>
      {/* docs/semantics.md D17: why the mapping reads nothing, in AWS's words. */}
      <MappingProblem testId="pipeline.mapping.problem" />
      <p
        className={`pgate${filter.patterns > 0 ? ' pgate--on' : ''}`}
        data-testid="pipeline.filter"
        title="Records that match no filter pattern are dropped here, before any batch (docs: filter rules)."
      >
        {gate}
      </p>
      <ul className="plist" aria-label="Mapping lanes">
        {mapping.lanes.map((l) => {
          const id = `pipeline.mapping.${l.shard}.${l.lane}`
          return (
            <li key={id} className={`pmap pmap--${l.status}`} data-testid={id}>
              <div className="pmap__head">
                <b>
                  Shard {l.shard}
                  {mapping.parallelization > 1 ? ` · lane ${l.lane + 1}` : ''}
                </b>{' '}
                <span data-testid={`${id}.status`}>{l.statusText}</span>
              </div>
              {l.batch.length > 0 && (
                <div className="pmap__batch">
                  {l.batch.map((t) => (
                    <Token
                      key={t.recordIndex}
                      token={t}
                      extra="in the batch being assembled"
                      onPick={onPick}
                    />
                  ))}
                  <MoreChip count={l.batchMore} what="records in this batch" />
                </div>
              )}
              {l.windowLeft !== undefined && (
                <div
                  className="pbar pbar--window"
                  role="img"
                  aria-label="Batching window still to run"
                  title="MaximumBatchingWindowInSeconds: the batch leaves when this runs out, or sooner when full"
                >
                  <span style={{ transform: `scaleX(${l.windowLeft})` }} />
                </div>
              )}
              {l.lastSent && (
                <p className="muted pmap__reason" data-testid={`${id}.reason`}>
                  {l.lastSent}
                </p>
              )}
            </li>
          )
        })}
      </ul>
    </>
  )
})
