// docs/semantics.md D18: the run's memory limit in the sim worker, with a small artificial limit.
import { describe, expect, it } from 'vitest'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import type { SimMemory, SimReport } from '../protocol/simProtocol'
import { createSimHost } from './simHost'
import { answeringAll } from './testing/answerAll'

const HOUR = 3_600_000
/** An artificial limit the run passes after about 90 minutes. */
const LIMIT = 113_800

/** One write a minute for three hours, a batch each. */
const SCENARIO = {
  format: 'dynamodb-lambda-playground/scenario',
  version: 1,
  name: 'memory',
  seed: 5,
  durationSeconds: 3 * 3600,
  table: {
    TableName: 'Orders',
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  },
  writes: [{ atMs: 0, every: { intervalMs: 60_000, count: 180 }, put: { pk: 'k{{i}}' } }],
  function: { FunctionName: 'f', code: 'export const handler = async () => {}' },
  mapping: { StartingPosition: 'TRIM_HORIZON', BatchSize: 1 },
}

/** A host with this limit that answers every invocation at once, as the sandbox would. */
function hostWith(memoryBudgetBytes?: number) {
  const reports: SimReport[] = []
  const host = createSimHost({ post: (r) => reports.push(r), memoryBudgetBytes })
  const send = answeringAll(host, reports, () => ({
    kind: 'returned',
    response: null,
    waitedMs: 0,
    logs: [],
  }))
  send({ type: 'load', version: SIM_PROTOCOL_VERSION, loadId: 1, scenario: SCENARIO })
  const frames = () => reports.flatMap((r) => (r.type === 'frame' ? [r.frame] : []))
  const memory = (): SimMemory | undefined => frames().at(-1)?.memory
  const advance = (simTimeMs: number) => send({ type: 'advanceTo', simTimeMs })
  const last = <T extends SimReport['type']>(type: T) =>
    reports.filter((r): r is Extract<SimReport, { type: T }> => r.type === type).at(-1)
  return { send, advance, memory, frames, last }
}

describe('the run memory limit (D18)', () => {
  it('every frame carries the record count and the estimate; far from the limit nothing is said', () => {
    const run = hostWith()
    run.advance(30 * 60_000)
    expect(run.memory()).toEqual({
      records: 31,
      estimateBytes: 37_950,
      budgetBytes: 180 * 1024 * 1024,
      level: 'ok',
      discardedBeforeMs: null,
      wouldDiscardBeforeMs: 0,
      stopped: false,
    })
  })

  it('warns from 80 %, then discards the history older than an hour and keeps the report whole', () => {
    const limited = hostWith(LIMIT)
    limited.advance(72 * 60_000)
    expect(limited.memory()).toMatchObject({ estimateBytes: 90_660, level: 'ok' })
    limited.advance(74 * 60_000)
    expect(limited.memory()).toMatchObject({
      estimateBytes: 93_170,
      level: 'warning',
      wouldDiscardBeforeMs: 14 * 60_000,
    })
    limited.advance(92 * 60_000)
    // It went over at 01:30:00.050: the history before an hour earlier went.
    expect(limited.memory()).toMatchObject({
      records: 93,
      estimateBytes: 99_040,
      discardedBeforeMs: 30 * 60_000 + 50,
      stopped: false,
    })
    const whole = hostWith()
    whole.advance(92 * 60_000)
    whole.send({ type: 'report', requestId: 1 })
    limited.send({ type: 'report', requestId: 1 })
    expect(JSON.stringify(limited.last('runReport')?.report)).toBe(
      JSON.stringify(whole.last('runReport')?.report),
    )
  })

  it("a discarded record's history starts with the note, and its fate is its own", () => {
    const limited = hostWith(LIMIT)
    limited.advance(92 * 60_000)
    limited.send({ type: 'explainRecord', requestId: 7, recordIndex: 0 })
    const history = limited.last('recordExplained')?.history
    expect(history?.fate).toBe('processed')
    expect(history?.steps[0]).toEqual({
      atMs: 30 * 60_000 + 50,
      what: 'history before 00:30:00 discarded to stay within memory',
      rule: undefined,
      cites: ['D18'],
    })
  })

  it('holds the run where it is when discarding the history older than an hour is not enough', () => {
    const limited = hostWith(LIMIT)
    limited.advance(115 * 60_000)
    expect(limited.memory()).toMatchObject({ stopped: true, discardedBeforeMs: 3_240_030 })
    expect(limited.frames().at(-1)?.reachedMs).toBe(6_840_030)
    limited.advance(2 * HOUR)
    expect(limited.frames().at(-1)?.reachedMs).toBe(6_840_030)
  })
})
