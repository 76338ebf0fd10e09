import { describe, expect, it } from 'vitest'
import { validateScenario } from '../scenario'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { fail, runScripted } from '../testing/runScripted'
import {
  FUNCTION_ARN,
  S3_ARN,
  SEQUENCE_NUMBER,
  SHARD_ID,
  SNS_ARN,
  SQS_ARN,
  STREAM_ARN,
  UUID_V4,
  anyString,
  checkpoints,
  fates,
  onFailure,
  poison,
  starts,
  matching,
} from '../testing/expectations'

/** One record written at 1 500 ms, BatchSize 1, MaximumRetryAttempts 1, a handler that throws. */
function failOnce(destination: string) {
  const file = scenarioFile({
    writes: puts(1, { atMs: 1_500 }),
    mapping: { BatchSize: 1, MaximumRetryAttempts: 1, ...onFailure(destination) },
  })
  return runScripted(normalized(file), fail)
}

/** The invocation record of docs/semantics.md A6.2 for `failOnce`: read at the 1 500 poll; the second try runs 2 520–2 540. */
function expectedRecord(report: ReturnType<typeof failOnce>['report']) {
  const seq = report.records[0].sequenceNumber
  return {
    requestContext: {
      requestId: report.invocations[1].requestId,
      functionArn: FUNCTION_ARN,
      condition: 'RetryAttemptsExhausted',
      approximateInvokeCount: 2,
    },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    version: '1.0',
    timestamp: '2026-01-01T00:00:02.540Z',
    DDBStreamBatchInfo: {
      shardId: report.records[0].shardId,
      startSequenceNumber: seq,
      endSequenceNumber: seq,
      approximateArrivalOfFirstRecord: '2026-01-01T00:00:01Z',
      approximateArrivalOfLastRecord: '2026-01-01T00:00:01Z',
      batchSize: 1,
      streamArn: STREAM_ARN,
    },
  }
}

describe('on-failure destinations', () => {
  it('A6.1: SQS, SNS and S3 destinations are accepted; OnSuccess is rejected; an empty destination means none', () => {
    for (const arn of [SQS_ARN, SNS_ARN, S3_ARN]) {
      expect(validateScenario(scenarioFile({ mapping: onFailure(arn) })).ok).toBe(true)
    }
    const onSuccess = validateScenario(
      scenarioFile({ mapping: { DestinationConfig: { OnSuccess: { Destination: SQS_ARN } } } }),
    )
    expect(onSuccess.ok ? [] : onSuccess.errors).toEqual([
      {
        path: 'mapping.DestinationConfig.OnSuccess',
        message:
          'InvalidParameterValueException: Unsupported DestinationConfig parameter for given event source mapping type.',
      },
    ])
    const file = scenarioFile({
      writes: puts(1),
      mapping: { MaximumRetryAttempts: 0, ...onFailure('') },
    })
    const { report } = runScripted(normalized(file), fail)
    expect(report.destinations).toEqual([])
    expect(fates(report)).toEqual(['dropped'])
    expect(report.mapping.DestinationConfig).toEqual({ OnFailure: {} })
  })

  it('A6.2: the SQS message body is the exact invocation record (RetryAttemptsExhausted, functionError Unhandled)', () => {
    const { report } = failOnce(SQS_ARN)
    expect(starts(report)).toEqual([
      [1_500, [0], 1],
      [2_520, [0], 2],
    ])
    expect(report.destinations).toEqual([
      {
        atMs: 2_540,
        kind: 'sqs',
        target: SQS_ARN,
        message: expectedRecord(report),
        sns: null,
        s3Key: null,
      },
    ])
    const info = report.destinations[0].message.DDBStreamBatchInfo as Record<string, string>
    expect(info.shardId).toMatch(SHARD_ID)
    expect(info.startSequenceNumber).toMatch(SEQUENCE_NUMBER)
    expect(Object.keys(report.destinations[0].message)).toEqual([
      'requestContext',
      'responseContext',
      'version',
      'timestamp',
      'DDBStreamBatchInfo',
    ])
  })

  it('A6.2: the SNS destination gets a standard Notification whose Message is the record as a string, with no Subject', () => {
    const { report } = failOnce(SNS_ARN)
    const [delivery] = report.destinations
    const sns = delivery.sns as Record<string, string>
    expect(delivery).toMatchObject({
      atMs: 2_540,
      kind: 'sns',
      target: SNS_ARN,
      message: expectedRecord(report),
      s3Key: null,
    })
    expect(sns).toEqual({
      Type: 'Notification',
      MessageId: matching(UUID_V4),
      TopicArn: SNS_ARN,
      Message: JSON.stringify(expectedRecord(report)),
      Timestamp: '2026-01-01T00:00:02.540Z',
      SignatureVersion: '1',
      Signature: anyString(),
      SigningCertURL: matching(/^https:\/\/sns\.us-east-1\.amazonaws\.com\//),
      UnsubscribeURL: matching(
        /^https:\/\/sns\.us-east-1\.amazonaws\.com\/\?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:stream-failures:/,
      ),
    })
    expect(JSON.parse(sns.Message)).toEqual(delivery.message)
    expect('Subject' in sns).toBe(false)
  })

  it('A6.3: the S3 object key is aws/lambda/<ESM UUID>/<shardId>/YYYY/MM/DD/<timestamp>-<uuid> and the body adds payload', () => {
    const { report } = failOnce(S3_ARN)
    const [delivery] = report.destinations
    const shardId = report.records[0].shardId
    const prefix = `aws/lambda/${report.mapping.UUID as string}/${shardId}/2026/01/01/2026-01-01T00.00.02-`
    expect(delivery.s3Key?.startsWith(prefix)).toBe(true)
    expect(delivery.s3Key?.slice(prefix.length)).toMatch(UUID_V4)
    expect(delivery).toMatchObject({ atMs: 2_540, kind: 's3', target: S3_ARN, sns: null })
    expect(delivery.message).toEqual({
      ...expectedRecord(report),
      payload: { Records: (report.invocations[1].event as { Records: unknown[] }).Records },
    })
    expect((delivery.message.payload as { Records: unknown[] }).Records).toEqual(
      (report.invocations[0].event as { Records: unknown[] }).Records,
    )
  })

  it("A6.4: functionArn is the unqualified function ARN and requestId is the last invocation's UUID", () => {
    const { report } = failOnce(SQS_ARN)
    const context = report.destinations[0].message.requestContext as Record<string, unknown>
    expect(context.functionArn).toBe(
      'arn:aws:lambda:us-east-1:123456789012:function:stream-handler',
    )
    expect(context.requestId).toBe(report.invocations[1].requestId)
    expect(context.requestId).toMatch(UUID_V4)
    expect(report.invocations[0].requestId).not.toBe(report.invocations[1].requestId)
  })

  it('A6.5: after delivery the discarded records count as checkpointed and the shard continues', () => {
    const file = scenarioFile({
      writes: [...puts(2, { prefix: 'bad' }), ...puts(1, { atMs: 1_500, prefix: 'good' })],
      mapping: { BatchSize: 2, MaximumRetryAttempts: 0, ...onFailure(SQS_ARN) },
    })
    const { sim, report } = runScripted(normalized(file), poison('bad0'))
    expect(starts(report)).toEqual([
      [1_000, [0, 1], 1],
      [1_520, [2], 1],
    ])
    expect(fates(report)).toEqual(['destination', 'destination', 'processed'])
    expect(checkpoints(sim.journal(), report)).toEqual([
      [1_020, 1],
      [1_540, 2],
    ])
    expect(
      report.destinations.map(
        (d) => (d.message.DDBStreamBatchInfo as { batchSize: number }).batchSize,
      ),
    ).toEqual([2])
  })
})
