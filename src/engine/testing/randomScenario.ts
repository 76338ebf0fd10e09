import fc from 'fast-check'
import { SQS_ARN, onFailure, returning, throwing } from './expectations'
import { scenarioFile } from './fixtures'
import type { ScriptedHandler } from './runScripted'

/**
 * Random scenarios and handler behaviours for the engine's property tests: a few keys, put/update/delete writes,
 * random mapping settings, and a handler drawn from a small language.
 */
export const KEYS = ['a', 'b', 'c', 'd', 'e'] as const

export interface RandomWrite {
  readonly atMs: number
  readonly op: 'put' | 'update' | 'delete'
  readonly key: string
  readonly v: number
  readonly color: 'red' | 'blue'
}

export type Behaviour =
  | { readonly kind: 'succeed' }
  | { readonly kind: 'failKey'; readonly key: string }
  | { readonly kind: 'failAttempts'; readonly attempts: number }
  | { readonly kind: 'partial'; readonly position: number }
  | { readonly kind: 'timeoutKey'; readonly key: string }

export interface RandomScenario {
  readonly writes: readonly RandomWrite[]
  readonly shards: number
  readonly parallelizationFactor: number
  readonly batchSize: number
  readonly windowSeconds: number
  readonly maximumRetryAttempts: number
  readonly maximumRecordAge: number
  readonly bisect: boolean
  readonly partial: boolean
  readonly filter: string | undefined
  /** An SQS on-failure destination, or none (records are then dropped). */
  readonly destination: boolean
  readonly behaviours: readonly Behaviour[]
  /** When set, the function starts with ReservedConcurrentExecutions 0 and an action lifts it at this time. */
  readonly throttledUntilMs: number | undefined
  /** An optional UpdateEventSourceMapping: disable then re-enable 3 s later, or a new ParallelizationFactor. */
  readonly update:
    { readonly atMs: number; readonly disable: boolean; readonly factor: number } | undefined
  readonly seed: number
}

export const FILTERS = [
  '{"eventName":["INSERT","MODIFY"]}',
  '{"dynamodb":{"NewImage":{"color":{"S":["blue"]}}}}',
  '{"dynamodb":{"Keys":{"pk":{"S":[{"anything-but":["a"]}]}}}}',
  '{"dynamodb":{"NewImage":{"v":{"N":["1","2"]}}}}',
]

const key = fc.constantFrom(...KEYS)

const write: fc.Arbitrary<RandomWrite> = fc.record({
  atMs: fc.integer({ min: 0, max: 80 }).map((n) => n * 100),
  op: fc.constantFrom('put', 'put', 'update', 'delete'),
  key,
  v: fc.integer({ min: 0, max: 3 }),
  color: fc.constantFrom('red', 'blue'),
})

const behaviour: fc.Arbitrary<Behaviour> = fc.oneof(
  fc.constant({ kind: 'succeed' as const }),
  key.map((k) => ({ kind: 'failKey' as const, key: k })),
  fc.integer({ min: 1, max: 3 }).map((attempts) => ({ kind: 'failAttempts' as const, attempts })),
  fc.integer({ min: 0, max: 5 }).map((position) => ({ kind: 'partial' as const, position })),
  key.map((k) => ({ kind: 'timeoutKey' as const, key: k })),
)

export const randomScenario: fc.Arbitrary<RandomScenario> = fc.record({
  writes: fc.array(write, { maxLength: 32 }),
  shards: fc.integer({ min: 1, max: 4 }),
  parallelizationFactor: fc.integer({ min: 1, max: 4 }),
  batchSize: fc.integer({ min: 1, max: 20 }),
  windowSeconds: fc.integer({ min: 0, max: 2 }),
  maximumRetryAttempts: fc.integer({ min: -1, max: 3 }),
  maximumRecordAge: fc.oneof(fc.constant(-1), fc.integer({ min: 60, max: 300 })),
  bisect: fc.boolean(),
  partial: fc.boolean(),
  filter: fc.option(fc.constantFrom(...FILTERS), { nil: undefined }),
  destination: fc.boolean(),
  behaviours: fc.array(behaviour, { minLength: 1, maxLength: 2 }),
  throttledUntilMs: fc.option(
    fc.integer({ min: 1, max: 20 }).map((s) => s * 500),
    { nil: undefined },
  ),
  update: fc.option(
    fc.record({
      atMs: fc.integer({ min: 1, max: 60 }).map((n) => n * 100),
      disable: fc.boolean(),
      factor: fc.integer({ min: 1, max: 4 }),
    }),
    { nil: undefined, freq: 3 },
  ),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
})

function actionsOf(s: RandomScenario): Array<Record<string, unknown>> {
  const actions: Array<Record<string, unknown>> = []
  if (s.throttledUntilMs !== undefined) {
    actions.push({
      atMs: s.throttledUntilMs,
      PutFunctionConcurrency: { ReservedConcurrentExecutions: null },
    })
  }
  const u = s.update
  if (u !== undefined && u.disable) {
    actions.push({ atMs: u.atMs, UpdateEventSourceMapping: { Enabled: false } })
    actions.push({ atMs: u.atMs + 3_000, UpdateEventSourceMapping: { Enabled: true } })
  } else if (u !== undefined) {
    actions.push({ atMs: u.atMs, UpdateEventSourceMapping: { ParallelizationFactor: u.factor } })
  }
  return actions
}

function writeRequest(w: RandomWrite): Record<string, unknown> {
  const pk = { S: w.key }
  if (w.op === 'put')
    return { atMs: w.atMs, PutItem: { Item: { pk, v: { N: String(w.v) }, color: { S: w.color } } } }
  if (w.op === 'delete') return { atMs: w.atMs, DeleteItem: { Key: { pk } } }
  return {
    atMs: w.atMs,
    UpdateItem: {
      Key: { pk },
      UpdateExpression: 'SET v = :v',
      ExpressionAttributeValues: { ':v': { N: String(w.v) } },
    },
  }
}

export function scenarioOf(s: RandomScenario): Record<string, unknown> {
  return scenarioFile({
    seed: s.seed,
    durationSeconds: 30,
    table: { shards: s.shards },
    writes: s.writes.map(writeRequest),
    function: {
      Timeout: 1,
      ...(s.throttledUntilMs === undefined ? {} : { ReservedConcurrentExecutions: 0 }),
    },
    mapping: {
      ParallelizationFactor: s.parallelizationFactor,
      BatchSize: s.batchSize,
      MaximumBatchingWindowInSeconds: s.windowSeconds,
      MaximumRetryAttempts: s.maximumRetryAttempts,
      MaximumRecordAgeInSeconds: s.maximumRecordAge,
      BisectBatchOnFunctionError: s.bisect,
      FunctionResponseTypes: s.partial ? ['ReportBatchItemFailures'] : [],
      ...(s.filter === undefined ? {} : { FilterCriteria: { Filters: [{ Pattern: s.filter }] } }),
      ...(s.destination ? onFailure(SQS_ARN) : {}),
    },
    actions: actionsOf(s),
  })
}

/** The handler the behaviours describe: the first behaviour that fails the batch decides; otherwise success. */
export function handlerOf(s: RandomScenario): ScriptedHandler {
  const tries = new Map<string, number>()
  return (_request, records) => {
    const first = records[0]?.sequenceNumber ?? 'final'
    const attempt = (tries.get(first) ?? 0) + 1
    tries.set(first, attempt)
    const keys = records.map((r) => (r.keys.pk as { S: string }).S)
    for (const b of s.behaviours) {
      if (b.kind === 'failKey' && keys.includes(b.key)) return throwing('Error', `fail on ${b.key}`)
      if (b.kind === 'timeoutKey' && keys.includes(b.key)) return { kind: 'timeout', logs: [] }
      if (b.kind === 'failAttempts' && attempt <= b.attempts)
        return throwing('Error', `attempt ${attempt}`)
      if (b.kind === 'partial' && b.position < records.length) {
        return returning({
          batchItemFailures: [{ itemIdentifier: records[b.position].sequenceNumber }],
        })
      }
    }
    return returning(null)
  }
}

/** An independent model of the table: the eventName of the record each write makes, or null for a no-op. */
export function expectedRecords(s: RandomScenario): Array<'INSERT' | 'MODIFY' | 'REMOVE'> {
  const items = new Map<string, { v: number; color: string | undefined }>()
  const ordered = s.writes
    .map((w, i) => ({ w, i }))
    .sort((x, y) => x.w.atMs - y.w.atMs || x.i - y.i)
  const out: Array<'INSERT' | 'MODIFY' | 'REMOVE'> = []
  for (const { w } of ordered) {
    const old = items.get(w.key)
    if (w.op === 'delete') {
      if (old !== undefined) out.push('REMOVE')
      items.delete(w.key)
      continue
    }
    const next = w.op === 'put' ? { v: w.v, color: w.color } : { v: w.v, color: old?.color }
    if (old === undefined) out.push('INSERT')
    else if (old.v !== next.v || old.color !== next.color) out.push('MODIFY')
    items.set(w.key, next)
  }
  return out
}
