import './pipeline.css'
import { useDeferredValue, useMemo } from 'react'
import { useAppActions, useAppStore } from '../../store'
import type { AppState } from '../../store'
import { Panel } from '../../ui/Panel'
import { FlightLayer } from './FlightLayer'
import { FunctionColumn, OutcomesColumn } from './FunctionStages'
import { computeFunction } from './functionModel'
import { computeOutcomes } from './outcomesModel'
import { MappingColumn, ShardsColumn, WritesColumn } from './StreamStages'
import {
  computeMapping,
  computeShardLanes,
  computeWrites,
  LANE_TOKENS,
  MAX_SHARDS,
  TIMELAPSE_LANE_TOKENS,
} from './streamModel'
import { TimeLapse } from './TimeLapse'
import { selectFastForward, selectTimeLapse, TIMELAPSE_EVENTS } from './timeLapseStore'

const selectSim = (s: AppState) => s.sim

const selectTimeoutMs = (s: AppState) => {
  const timeout = (s.scenario.file.function as { Timeout?: unknown } | undefined)?.Timeout
  return 1000 * (typeof timeout === 'number' && timeout > 0 ? timeout : 3)
}

function Stage(props: { n: number; title: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div
      className={`pstage${props.wide ? ' pstage--wide' : ''}`}
      role="group"
      aria-label={props.title}
    >
      <h3 className="pstage__title">
        <span className="pstage__n" aria-hidden="true">
          {props.n}
        </span>
        {props.title}
      </h3>
      {/* A tab stop, so keyboard users can scroll a stage with more than fits. */}
      <div className="pstage__body" tabIndex={0} aria-label={props.title}>
        {props.children}
      </div>
    </div>
  )
}

/** The pipeline as a time-lapse while the run plays fast (TimeLapse.tsx); first in each redraw period. */
export function Pipeline() {
  return (
    <TimeLapse phaseMs={0}>
      <PipelineView />
    </TimeLapse>
  )
}

/**
 * The pipeline, left to right: table writes, stream shards, the event source mapping, the function and the
 * outcomes. Every stage is derived per frame from what the store already keeps (bounded lists and the
 * snapshot), memoised on its own inputs.
 */
function PipelineView() {
  // Deferred: the pipeline redraws at low priority, so frames, input and the relay of invocations to the
  // sandbox never wait for it; a redraw overtaken by a newer frame is dropped, not finished.
  const sim = useDeferredValue(useAppStore(selectSim))
  const { snapshot, records, invocations, events, destinations, tallies, frameEvents } = sim
  const mapping = sim.mapping?.description
  const timeoutMs = useAppStore(selectTimeoutMs)
  const fastForward = useAppStore(selectFastForward)
  const { openWhy, openInvocation } = useAppActions()

  const writes = useMemo(() => computeWrites(records, tallies), [records, tallies])
  const collapse = useAppStore(selectTimeLapse)
  const lanes = useMemo(
    () =>
      computeShardLanes(
        snapshot,
        records,
        invocations,
        collapse ? TIMELAPSE_LANE_TOKENS : LANE_TOKENS,
      ),
    [snapshot, records, invocations, collapse],
  )
  const mappingStage = useMemo(
    () => computeMapping(snapshot, records, invocations, mapping, tallies),
    [snapshot, records, invocations, mapping, tallies],
  )
  const maxRetries =
    typeof mapping?.MaximumRetryAttempts === 'number' ? mapping.MaximumRetryAttempts : -1
  const fn = useMemo(
    () => computeFunction({ snapshot, records, invocations, events, timeoutMs, maxRetries }),
    [snapshot, records, invocations, events, timeoutMs, maxRetries],
  )
  const onFailure = (
    mapping?.DestinationConfig as { OnFailure?: { Destination?: unknown } } | undefined
  )?.OnFailure?.Destination
  const outcomes = useMemo(
    () => computeOutcomes(tallies, destinations, onFailure),
    [tallies, destinations, onFailure],
  )
  // From ×10 on the view is sampled a few times a second (timeLapseStore.ts): tweening between samples would
  // only blur them, so nothing moves then either, whatever the frames bring.
  const timeLapse = collapse || fastForward || frameEvents > TIMELAPSE_EVENTS
  const shardCount = snapshot?.shards.length ?? 0

  return (
    <Panel id="pipeline" title="Pipeline">
      <div
        className={`pipeline${timeLapse ? ' pipeline--timelapse' : ''}`}
        data-testid="pipeline"
        data-timelapse={timeLapse}
      >
        <Stage n={1} title="Table writes">
          <WritesColumn writes={writes} collapse={collapse} onPick={openWhy} />
        </Stage>
        <Stage n={2} title="Stream shards" wide>
          <ShardsColumn
            lanes={lanes}
            more={Math.max(0, shardCount - MAX_SHARDS)}
            collapse={collapse}
            onPick={openWhy}
          />
        </Stage>
        <Stage n={3} title="Event source mapping">
          <MappingColumn mapping={mappingStage} onPick={openWhy} />
        </Stage>
        <Stage n={4} title="Function">
          <FunctionColumn
            fn={fn}
            collapse={collapse}
            onPick={openWhy}
            onOpenInvocation={openInvocation}
          />
        </Stage>
        <Stage n={5} title="Outcomes">
          <OutcomesColumn outcomes={outcomes} />
        </Stage>
        <FlightLayer sim={sim} timeLapse={timeLapse} maxEvents={TIMELAPSE_EVENTS} />
      </div>
      <p className="pipeline__legend muted">
        {timeLapse ? 'Time-lapse: many events per frame, states shown without motion. ' : ''}
        {collapse ? 'Environments in the same state are counted in one box. ' : ''}
        <span className="pmarker pmarker--checkpoint" aria-hidden="true" /> checkpoint ·{' '}
        <span className="pmarker pmarker--iterator" aria-hidden="true" /> iterator (next record
        read) · tokens: record number, coloured by fate, edged by INSERT / MODIFY / REMOVE · click
        any token
      </p>
    </Panel>
  )
}
