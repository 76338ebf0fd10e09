import { describe, expect, it } from 'vitest'
import { virtualMs } from '../clock'
import { createSimulation } from '../index'
import { normalized, scenarioFile } from '../testing/fixtures'
import { buildTestInvocation, summarizeTestInvocation } from './testInvocation'

/** One starting item and one put a second in, with a 3-second timeout. */
function scenario() {
  return normalized(
    scenarioFile({
      table: { Items: [{ pk: { S: 'order-1' }, status: { S: 'new' } }] },
      writes: [{ atMs: 1000, put: { pk: 'order-4', status: 'new' } }],
      function: { Timeout: 3 },
    }),
  )
}

describe('the Test button’s invocation', () => {
  it('carries one INSERT record shaped exactly as the engine delivers records', () => {
    const s = scenario()
    const sim = createSimulation(s)
    sim.runUntil(virtualMs(1_000))
    const delivered = sim.records().find((r) => r.record.eventName === 'INSERT')?.record
    const [item] = sim.tableItems()
    const request = buildTestInvocation(s, {
      item,
      atMs: virtualMs(1_000),
      invocationId: -1,
      environmentId: -1,
      coldStart: true,
    })
    const [record] = (request.event as { Records: Record<string, unknown>[] }).Records
    expect(Object.keys(record)).toEqual(Object.keys(delivered ?? {}))
    const dynamodb = record.dynamodb as Record<string, unknown>
    expect(Object.keys(dynamodb)).toEqual(Object.keys(delivered?.dynamodb ?? {}))
    expect(record).toMatchObject({
      eventName: 'INSERT',
      eventSourceARN: delivered?.eventSourceARN,
      dynamodb: { Keys: { pk: item.pk }, NewImage: item, ApproximateCreationDateTime: 1767225601 },
    })
    expect(request).toMatchObject({ code: s.fn.code, timeoutMs: 3_000, coldStart: true })
  })

  it('reports an await past the timeout as Sandbox.Timedout, with the log lines', () => {
    const s = scenario()
    const [item] = s.table.items
    const request = buildTestInvocation(s, {
      item,
      atMs: virtualMs(0),
      invocationId: -1,
      environmentId: -1,
      coldStart: false,
    })
    const result = summarizeTestInvocation(request, {
      kind: 'returned',
      response: 1,
      waitedMs: 5_000,
      logs: ['x\tINFO\twaiting'],
    })
    expect(result.status).toBe('timedOut')
    expect(result.durationMs).toBe(3_000)
    expect(result.logs.slice(1, 3)).toEqual([
      'x\tINFO\twaiting',
      `${request.requestId} Task timed out after 3.00 seconds`,
    ])
    expect(result.logs[4]).toMatch(/Status: timeout$/)
  })
})
