import { describe, expect, it } from 'vitest'
import { SCENARIO_PRESETS } from '../scenarios'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import type { MappingInEffect, SimEvent } from '../engine'
import type { SimCommand, SimReport } from '../protocol/simProtocol'
import { createSimHost } from './simHost'

describe('simHost: the execution role changed during a run (docs/semantics.md D17)', () => {
  it('D17: dynamodb:GetRecords removed once the mapping is Enabled: no invocation, and the mapping says why', () => {
    const reports: SimReport[] = []
    const host = createSimHost({ post: (r) => reports.push(r) })
    const handle = (command: SimCommand) => host.handle(command)
    const scenario = SCENARIO_PRESETS['poison-pill']
    handle({ type: 'load', version: SIM_PROTOCOL_VERSION, loadId: 1, scenario })
    const frames = () => reports.flatMap((r) => (r.type === 'frame' ? [r.frame] : []))
    const events = (): SimEvent[] => frames().flatMap((f) => f.events)
    // The mapping is Enabled at 1 s, when the writes land: remove the permission just before.
    while (!events().some((e) => e.type === 'mappingState')) handle({ type: 'step' })
    handle({ type: 'updateExecutionRole', removed: ['dynamodb:GetRecords'] })
    handle({ type: 'advanceTo', simTimeMs: 10_000 })
    expect(reports.some((r) => r.type === 'invocationRequested')).toBe(false)
    expect(events().filter((e) => e.type === 'roleChanged')).toEqual([
      { type: 'roleChanged', atMs: 0, removed: ['dynamodb:GetRecords'], live: true },
    ])
    const mapping = frames()
      .flatMap((f) => (f.mapping ? [f.mapping] : []))
      .at(-1) as MappingInEffect
    expect(mapping.state).toBe('Enabled')
    expect(mapping.description.LastProcessingResult).toBe(
      'PROBLEM: Cannot access stream arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2026-01-01T00:00:00.000. Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, and ListStreams Actions on your stream in IAM.',
    )
  })
})
