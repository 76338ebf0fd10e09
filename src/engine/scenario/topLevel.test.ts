import { describe, expect, it } from 'vitest'
import { streamArnOf, validateScenario } from './index'
import { baseScenario, STREAM_ARN, withSection } from './testFixture'

function errorsOf(input: unknown) {
  const result = validateScenario(input)
  return result.ok ? [] : result.errors
}

describe('validateScenario: top level', () => {
  it('fills every default for a minimal scenario', () => {
    const result = validateScenario(baseScenario())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const s = result.scenario
    expect(s).toMatchObject({
      name: '',
      description: '',
      seed: 1,
      clockStartMs: Date.parse('2026-01-01T00:00:00.000Z'),
      region: 'us-east-1',
      accountId: '123456789012',
      durationMs: 300_000,
      mappingCreatedAtMs: 0,
      writes: { length: 0, series: [], singles: [] },
      actions: [],
    })
    expect(s.table).toEqual({
      tableName: 'Orders',
      keySchema: { hash: { name: 'pk', type: 'S' }, range: { name: 'sk', type: 'N' } },
      streamViewType: 'NEW_AND_OLD_IMAGES',
      shards: 1,
      ttlAttribute: undefined,
      items: [],
    })
    expect(s.fn).toEqual({
      functionName: 'stream-handler',
      runtime: 'nodejs22.x',
      timeoutMs: 3000,
      memorySizeMb: 128,
      reservedConcurrency: null,
      durationMs: 20,
      language: 'javascript',
      code: 'export const handler = async () => {}',
    })
    expect(s.mapping).toEqual({
      startingPosition: 'TRIM_HORIZON',
      enabled: true,
      settings: {
        batchSize: 100,
        batchWindowMs: 0,
        maximumRetryAttempts: -1,
        maximumRecordAgeMs: -1,
        bisectBatchOnFunctionError: false,
        parallelizationFactor: 1,
        reportBatchItemFailures: false,
        tumblingWindowMs: 0,
        filterPatterns: [],
        onFailure: undefined,
        eventCountMetrics: false,
      },
    })
  })

  it('format and version must be exact', () => {
    expect(errorsOf({ ...baseScenario(), format: 'other', version: 2 })).toEqual([
      {
        path: 'format',
        message: 'format must be "dynamodb-lambda-playground/scenario", got "other"',
      },
      { path: 'version', message: 'version must be 1, got 2' },
    ])
  })

  it('unknown top-level keys are errors (typos must not pass)', () => {
    expect(errorsOf({ ...baseScenario(), durationSecond: 10 })).toEqual([
      {
        path: 'durationSecond',
        message:
          'Unknown key "durationSecond" in the scenario, must be one of: format, version, name, description, seed, clock, region, accountId, durationSeconds, table, writes, function, mapping, mappingCreatedAtMs, actions, executionRole',
      },
    ])
  })

  it('reports every error, not just the first', () => {
    const errors = errorsOf({ ...baseScenario(), seed: -1, accountId: '12', durationSeconds: 0 })
    expect(errors.map((e) => e.path)).toEqual(['seed', 'accountId', 'durationSeconds'])
  })

  it('clock.start must be a valid ISO-8601 UTC instant', () => {
    expect(errorsOf(withSection('clock', { start: '2026-02-30T00:00:00Z' }))).toEqual([
      {
        path: 'clock.start',
        message:
          'clock.start must be an ISO-8601 UTC instant like "2026-01-01T00:00:00.000Z", got "2026-02-30T00:00:00Z"',
      },
    ])
    expect(errorsOf(withSection('clock', { start: '2026-01-01T00:00:00+01:00' }))[0].path).toBe(
      'clock.start',
    )
    const ok = validateScenario(withSection('clock', { start: '2025-06-30T12:34:56.789Z' }))
    expect(ok.ok && ok.scenario.clockStartMs).toBe(Date.parse('2025-06-30T12:34:56.789Z'))
  })

  it('mappingCreatedAtMs must be before the end of the run', () => {
    expect(errorsOf({ ...baseScenario(), durationSeconds: 10, mappingCreatedAtMs: 10000 })).toEqual(
      [
        {
          path: 'mappingCreatedAtMs',
          message: 'mappingCreatedAtMs (10000) must be less than durationSeconds × 1000 (10000)',
        },
      ],
    )
  })

  it('the stream ARN is labelled with clock.start', () => {
    expect(
      streamArnOf({
        region: 'us-east-1',
        accountId: '123456789012',
        clockStartMs: Date.parse('2026-01-01T00:00:00.000Z'),
        table: { tableName: 'Orders' },
      }),
    ).toBe(STREAM_ARN)
  })

  it('never throws on random JSON (a small fuzz)', () => {
    let state = 42
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const keys = [
      'format',
      'version',
      'table',
      'writes',
      'function',
      'mapping',
      'actions',
      'Items',
      'PutItem',
      'every',
      'S',
      'N',
      '__proto__',
    ]
    const value = (depth: number): unknown => {
      const r = next()
      if (depth > 3 || r < 0.2)
        return [null, true, 1.5, -1, 'x', '{{i}}', 0][Math.floor(next() * 7)]
      if (r < 0.5) return Array.from({ length: Math.floor(next() * 3) }, () => value(depth + 1))
      const o: Record<string, unknown> = {}
      for (let i = 0; i < 3; i++) o[keys[Math.floor(next() * keys.length)]] = value(depth + 1)
      return o
    }
    for (let i = 0; i < 500; i++) {
      const base = baseScenario()
      const key = Object.keys(base)[Math.floor(next() * Object.keys(base).length)]
      expect(() => validateScenario({ ...base, [key]: value(0) })).not.toThrow()
      expect(() => validateScenario(value(0))).not.toThrow()
    }
  })
})
