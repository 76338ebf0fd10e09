import { describe, expect, it } from 'vitest'
import { validateScenario } from '../scenario'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { fail, runScripted, succeed } from '../testing/runScripted'
import { S3_ARN, SNS_ARN, SQS_ARN, STREAM_ARN, onFailure } from '../testing/expectations'

const ACCESS =
  `Cannot access stream ${STREAM_ARN}. Please ensure the role can perform the GetRecords, ` +
  'GetShardIterator, DescribeStream, and ListStreams Actions on your stream in IAM.'

/** Invocation start times of a run. */
const starts = (report: ReturnType<typeof runScripted>['report']) =>
  report.invocations.map((inv) => inv.startMs)

const metric = (report: ReturnType<typeof runScripted>['report'], name: string) =>
  (report.metrics as Record<string, [number, number][]>)[name] ?? []

describe('D17: the execution role', () => {
  it('D17: a scenario without executionRole normalizes exactly as before (no key added)', () => {
    expect('executionRole' in normalized(scenarioFile())).toBe(false)
  })

  it('D17: executionRole and UpdateExecutionRole are validated with bounded messages', () => {
    const bad = validateScenario(
      scenarioFile({
        executionRole: { removed: ['dynamodb:GetRecords', 'iam:PassRole'], extra: 1 },
        actions: [{ atMs: 0, UpdateExecutionRole: { removed: 'dynamodb:GetRecords' } }],
      }),
    )
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.errors.map((e) => e.path)).toEqual([
      'actions[0].UpdateExecutionRole.removed',
      'executionRole.extra',
      'executionRole.removed[1]',
    ])
    expect(bad.errors[2].message).toMatch(/^"iam:PassRole" is not an action the simulator models/)
  })

  it('D17: without dynamodb:GetRecords CreateEventSourceMapping is refused with AWS’s message; nothing is read', () => {
    const file = scenarioFile({
      writes: puts(3, { atMs: 2_000 }),
      executionRole: { removed: ['dynamodb:GetRecords'] },
    })
    const { report, sim } = runScripted(normalized(file), succeed)
    expect(report.invocations).toEqual([])
    expect(report.mappingCreateError).toBe(`InvalidParameterValueException: ${ACCESS}`)
    expect(report.records.map((r) => r.fate)).toEqual(['pending', 'pending', 'pending'])
    expect(sim.mappingInEffect().createError).toBe(`InvalidParameterValueException: ${ACCESS}`)
    expect(sim.journal().filter((e) => e.type === 'permissionDenied')).toEqual([
      {
        type: 'permissionDenied',
        atMs: 0,
        step: 'create',
        recordIndexes: [],
        missing: ['dynamodb:GetRecords'],
        message: `InvalidParameterValueException: ${ACCESS}`,
      },
    ])
  })

  it('D17: without the destination’s permission the create is refused with AWS’s message', () => {
    const cases: [string, string, string][] = [
      [SQS_ARN, 'sqs:SendMessage', 'SendMessage on SQS'],
      [SNS_ARN, 'sns:Publish', 'Publish on SNS'],
      [S3_ARN, 's3:ListBucket', 'ListBucket on S3'],
    ]
    for (const [arn, action, call] of cases) {
      const file = scenarioFile({ mapping: onFailure(arn), executionRole: { removed: [action] } })
      const { report } = runScripted(normalized(file), succeed)
      expect(report.mappingCreateError).toBe(
        `InvalidParameterValueException: The provided execution role does not have permissions to call ${call}`,
      )
    }
  })

  it('D17: dynamodb:GetRecords removed mid-run: no invocation after, LastProcessingResult says why; restored: it resumes', () => {
    const file = scenarioFile({
      writes: [...puts(1, { atMs: 1_500 }), ...puts(2, { atMs: 5_000, prefix: 'late' })],
      actions: [
        { atMs: 3_000, UpdateExecutionRole: { removed: ['dynamodb:GetRecords'] } },
        { atMs: 20_000, UpdateExecutionRole: { removed: [] } },
      ],
    })
    const cut = scenarioFile({ ...file, actions: [(file.actions as unknown[])[0]] })
    const stopped = runScripted(normalized(cut), succeed)
    expect(starts(stopped.report)).toEqual([1_500])
    expect(stopped.report.mapping.LastProcessingResult).toBe(`PROBLEM: ${ACCESS}`)
    expect(stopped.report.mapping.State).toBe('Enabled')
    expect(stopped.report.records.map((r) => r.fate)).toEqual(['processed', 'pending', 'pending'])

    const resumed = runScripted(normalized(file), succeed)
    // The two records wait 15 s, then go out together at the instant the permission comes back.
    expect(starts(resumed.report)).toEqual([1_500, 20_000])
    expect(resumed.report.invocations[1].recordIndexes).toEqual([1, 2])
    expect(resumed.report.mapping.LastProcessingResult).toBe('OK')
    expect(metric(resumed.report, 'IteratorAge')).toEqual([
      [1_000, 0],
      [20_000, 15_000],
    ])
    const denied = resumed.sim.journal().filter((e) => e.type === 'permissionDenied')
    expect(denied.map((e) => [e.atMs, e.step])).toEqual([[3_000, 'read']])
  })

  it('D17: a failure record the role may not send is dropped: DestinationDeliveryFailures, no message', () => {
    const file = scenarioFile({
      writes: puts(1, { atMs: 1_500 }),
      mapping: {
        BatchSize: 1,
        MaximumRetryAttempts: 0,
        MetricsConfig: { Metrics: ['EventCount'] },
        ...onFailure(SQS_ARN),
      },
      actions: [{ atMs: 1_000, UpdateExecutionRole: { removed: ['sqs:SendMessage'] } }],
    })
    const { report, sim } = runScripted(normalized(file), fail)
    expect(report.destinations).toEqual([])
    expect(report.records.map((r) => r.fate)).toEqual(['dropped'])
    expect(metric(report, 'DestinationDeliveryFailures')).toEqual([[1_000, 1]])
    expect(metric(report, 'DroppedEventCount')).toEqual([[1_000, 1]])
    const denied = sim.journal().find((e) => e.type === 'permissionDenied')
    expect(denied).toEqual({
      type: 'permissionDenied',
      atMs: 1_520,
      step: 'destination',
      kind: 'sqs',
      recordIndexes: [0],
      missing: ['sqs:SendMessage'],
      message: 'The provided execution role does not have permissions to call SendMessage on SQS',
    })
  })
})
