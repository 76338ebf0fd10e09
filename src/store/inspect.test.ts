import { MAPPING_IN_EFFECT } from './testing/fakeRuntime'
import { describe, expect, it } from 'vitest'
import { SCENARIO_PRESETS } from '../scenarios'
import { virtualMs, type DocRuleId, type RecordHistory, type RecordStep } from '../engine'
import type { InvocationDetails, ScenarioInfo, SimFrame } from '../protocol/simProtocol'
import type { Runtime, RuntimeBatch } from '../runtime/types'
import { createAppStore } from './createAppStore'
import { classifySource, touchesRecord } from './inspect'

const step = (cites: readonly DocRuleId[]): RecordStep => ({
  atMs: 0,
  what: 'x',
  rule: undefined,
  cites,
})

describe('classifySource (rule metadata from docs/semantics.md)', () => {
  it('labels a step by the firmness of the rules it cites, and links each to its anchor', () => {
    expect(classifySource(step(['C7']))).toEqual({
      kind: 'choice',
      label: 'simulator choice',
      rules: [{ id: 'C7', title: 'Retry spacing', href: 'docs/semantics.html#C7' }],
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html',
    })
    expect(classifySource(step(['A4.3']))).toMatchObject({
      kind: 'observed',
      label: 'observed on AWS',
      rules: [{ id: 'A4.3', title: 'How many invocations', href: 'docs/semantics.html#A4.3' }],
    })
    expect(classifySource(step(['A4.5', 'C11'])).label).toBe(
      'observed on AWS (Kinesis) + simulator choice',
    )
  })

  it('a documented rule completed by our decision is labelled both ways, never hidden', () => {
    expect(classifySource(step(['A4.6', 'C1']))).toMatchObject({
      kind: 'mixed',
      label: 'AWS documented + simulator choice',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
    })
    expect(classifySource(step([])).kind).toBe('none')
  })
})

describe('touchesRecord', () => {
  it('counts an invocation ending as part of the history of each record it carried', () => {
    const completed = {
      type: 'invocationCompleted' as const,
      atMs: virtualMs(1),
      invocationId: 3,
      outcome: 'error' as const,
    }
    const invocations = [{ id: 3, recordIndexes: [4, 5] }] as never
    expect(touchesRecord(completed, 5, invocations)).toBe(true)
    expect(touchesRecord(completed, 6, invocations)).toBe(false)
    const split = {
      type: 'batchSplit' as const,
      atMs: virtualMs(1),
      shard: 0,
      lane: 0,
      halves: [[1], [2]],
    }
    expect(touchesRecord(split, 2, [])).toBe(true)
  })
})

const info: ScenarioInfo = {
  name: 'x',
  description: 'Watch the poison pill.',
  durationMs: 60_000,
  clockStartMs: 0,
  tableName: 'Orders',
  keySchema: { hash: { name: 'pk', type: 'S' } },
  streamViewType: 'NEW_AND_OLD_IMAGES',
  shards: 1,
  ttlAttribute: undefined,
  region: 'us-east-1',
}

function setup() {
  let listener: ((batch: RuntimeBatch) => void) | undefined
  const asked: string[] = []
  const histories: ((h: RecordHistory | undefined) => void)[] = []
  const details: ((d: InvocationDetails | undefined) => void)[] = []
  const runtime = {
    load: () => 1,
    subscribe: (l: (batch: RuntimeBatch) => void) => {
      listener = l
      return () => undefined
    },
    explainRecord: (i: number) => {
      asked.push(`why ${i}`)
      return new Promise<RecordHistory | undefined>((resolve) => histories.push(resolve))
    },
    describeInvocation: (id: number) => {
      asked.push(`invocation ${id}`)
      return new Promise<InvocationDetails | undefined>((resolve) => details.push(resolve))
    },
  } as unknown as Runtime
  const store = createAppStore({ runtime })
  store.getState().loadScenario(SCENARIO_PRESETS['poison-pill'])
  const deliver = (batch: RuntimeBatch) => listener?.(batch)
  deliver({
    reports: [{ type: 'loaded', loadId: 1, info, rows: [], mapping: MAPPING_IN_EFFECT }],
    outcomes: [],
  })
  const frame = (events: SimFrame['events'], records: SimFrame['records'] = []) =>
    deliver({
      reports: [
        {
          type: 'frame',
          frame: {
            loadId: 1,
            seq: 1,
            reachedMs: 1000,
            events,
            snapshot: store.getState().sim.snapshot ?? (undefined as never),
            records,
            tableChanges: [],
            destinations: [],
            finished: false,
          },
        },
      ],
      outcomes: [],
    })
  return { store, asked, histories, details, frame }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('inspect slice', () => {
  it('fetches a record’s history on demand and asks again when a frame touches that record', async () => {
    const { store, asked, histories, frame } = setup()
    store.getState().openWhy(1)
    expect(store.getState().inspect.why).toEqual({ recordIndex: 1, history: undefined })
    histories[0]({ recordIndex: 1, fate: 'pending', steps: [] })
    await flush()
    expect(store.getState().inspect.why?.history?.fate).toBe('pending')

    frame([
      {
        type: 'fate',
        atMs: virtualMs(5),
        recordIndexes: [0],
        fate: 'processed',
        rule: 'poll.read',
      },
    ])
    expect(asked).toEqual(['why 1'])
    frame([
      {
        type: 'fate',
        atMs: virtualMs(6),
        recordIndexes: [1],
        fate: 'destination',
        rule: 'poll.read',
      },
    ])
    expect(asked).toEqual(['why 1', 'why 1'])
  })

  it('ignores an answer for a record the user has moved away from', async () => {
    const { store, histories } = setup()
    store.getState().openWhy(1)
    store.getState().openWhy(2)
    histories[0]({ recordIndex: 1, fate: 'processed', steps: [] })
    await flush()
    expect(store.getState().inspect.why).toEqual({ recordIndex: 2, history: undefined })
  })

  it('updates a record’s fate from the frame’s fate events', () => {
    const { store, frame } = setup()
    const view = {
      index: 0,
      shard: 0,
      createdAtMs: virtualMs(0),
      fate: 'pending' as const,
      record: {} as never,
    }
    frame(
      [
        {
          type: 'fate',
          atMs: virtualMs(5),
          recordIndexes: [0],
          fate: 'filtered',
          rule: 'filter.match',
        },
      ],
      [view],
    )
    expect(store.getState().sim.records.map((r) => r.fate)).toEqual(['filtered'])
  })

  it('refetches a running invocation’s details once it completes, and clears them on reset', async () => {
    const { store, asked, details, frame } = setup()
    store.getState().openInvocation(1)
    details[0]({ running: true, invocation: {} as never })
    await flush()
    frame([
      { type: 'invocationCompleted', atMs: virtualMs(20), invocationId: 1, outcome: 'success' },
    ])
    expect(asked).toEqual(['invocation 1', 'invocation 1'])
    store.getState().loadScenario(SCENARIO_PRESETS['poison-pill'])
    expect(store.getState().inspect).toEqual({ why: undefined, invocation: undefined })
  })
})
