import { epochMsOf, isoMs, isoSeconds, type EpochMs } from '../clock'
import { emit, epochMs, type World } from '../world'
import { settleRecords } from './checkpoint'
import { destinationDenial } from '../role/roleRules'

export type FailureCondition = 'RetryAttemptsExhausted' | 'RecordAgeExceeded'

export interface FailureInput {
  readonly shard: number
  readonly recordIndexes: readonly number[]
  readonly condition: FailureCondition
  readonly approximateInvokeCount: number
  readonly requestId: string | undefined
  /** 'Unhandled' for thrown errors and timeouts, null when the function returned normally (partial response). */
  readonly functionError: 'Unhandled' | null
}

/** SNS drops a message over 256 KB (docs/semantics.md A6.1). */
const SNS_MAX_BYTES = 262_144

/**
 * Discards records that ran out of retries or age and, when an on-failure destination is set, delivers the
 * invocation record (docs/semantics.md A6: exact shape; `RecordAgeExceeded` has no responseContext).
 */
export function discardRecords(world: World, input: FailureInput): void {
  const records = input.recordIndexes
  const destination = world.mapping.settings.onFailure
  const count = records.length
  const rule = input.condition === 'RecordAgeExceeded' ? 'age.exceeded' : 'retry.exhausted'
  if (destination === undefined) {
    settleRecords(world, input.shard, input.recordIndexes, 'dropped', rule)
    world.metrics.record('DroppedEventCount', world.nowMs, count)
    return
  }
  // The role may not call the destination: the delivery fails and the records are dropped (docs/semantics.md D17).
  const denial = destinationDenial(world)
  if (denial !== undefined) {
    world.metrics.record('DestinationDeliveryFailures', world.nowMs, 1)
    world.metrics.record('DroppedEventCount', world.nowMs, count)
    settleRecords(world, input.shard, input.recordIndexes, 'dropped', rule)
    emit(world, {
      type: 'permissionDenied',
      atMs: world.nowMs,
      step: 'destination',
      kind: destination.kind,
      recordIndexes: [...input.recordIndexes],
      ...denial,
    })
    return
  }
  const message = invocationRecord(world, input, records)
  const atEpoch = epochMs(world, world.nowMs)
  const rng = world.rng.destination
  let sns: Record<string, unknown> | null = null
  let s3Key: string | null = null
  let body: Record<string, unknown> = message
  if (destination.kind === 'sns') {
    sns = snsEnvelope(world, destination.arn, JSON.stringify(message), rng.uuid(), atEpoch)
    if ((sns.Message as string).length > SNS_MAX_BYTES) {
      world.metrics.record('DestinationDeliveryFailures', world.nowMs, 1)
      world.metrics.record('DroppedEventCount', world.nowMs, count)
      settleRecords(world, input.shard, input.recordIndexes, 'dropped', rule)
      return
    }
  } else if (destination.kind === 's3') {
    const ts = (message.timestamp as string).slice(0, 19)
    const day = ts.slice(0, 10).replaceAll('-', '/')
    const shardId = world.shards[input.shard].shardId
    s3Key = `aws/lambda/${world.esmUuid}/${shardId}/${day}/${ts.replaceAll(':', '.')}-${rng.uuid()}`
    // Observed on AWS: `payload` is an object holding the records as delivered (docs/semantics.md C3).
    body = { ...message, payload: { Records: records.map((i) => world.records.delivered(i)) } }
  }
  world.destinations.push({
    atMs: world.nowMs,
    kind: destination.kind,
    target: destination.arn,
    message: body,
    sns,
    s3Key,
  })
  world.metrics.record('OnFailureDestinationDeliveredEventCount', world.nowMs, count)
  settleRecords(world, input.shard, input.recordIndexes, 'destination', rule)
  emit(world, {
    type: 'destinationDelivered',
    atMs: world.nowMs,
    kind: destination.kind,
    destinationIndex: world.destinations.length - 1,
  })
}

function invocationRecord(
  world: World,
  input: FailureInput,
  records: readonly number[],
): Record<string, unknown> {
  const first = records[0]
  const last = records[records.length - 1]
  const requestId = input.requestId ?? world.rng.destination.uuid()
  return {
    requestContext: {
      requestId,
      functionArn: world.functionArn,
      condition: input.condition,
      approximateInvokeCount: input.approximateInvokeCount,
    },
    ...(input.condition === 'RecordAgeExceeded'
      ? {}
      : {
          responseContext: {
            statusCode: 200,
            executedVersion: '$LATEST',
            functionError: input.functionError,
          },
        }),
    version: '1.0',
    timestamp: isoMs(epochMs(world, world.nowMs)),
    DDBStreamBatchInfo: {
      shardId: world.shards[input.shard].shardId,
      startSequenceNumber: world.records.sequenceNumber(first),
      endSequenceNumber: world.records.sequenceNumber(last),
      approximateArrivalOfFirstRecord: isoSeconds(
        epochMsOf(world.records.creationSeconds(first) * 1000),
      ),
      approximateArrivalOfLastRecord: isoSeconds(
        epochMsOf(world.records.creationSeconds(last) * 1000),
      ),
      batchSize: records.length,
      streamArn: world.streamArn,
    },
  }
}

/** A standard SNS `Notification` as an HTTP/SQS subscriber receives it (no Subject: none was observed). */
function snsEnvelope(
  world: World,
  topicArn: string,
  message: string,
  messageId: string,
  atEpochMs: EpochMs,
): Record<string, unknown> {
  const region = topicArn.split(':')[3] ?? world.scenario.region
  return {
    Type: 'Notification',
    MessageId: messageId,
    TopicArn: topicArn,
    Message: message,
    Timestamp: isoMs(atEpochMs),
    SignatureVersion: '1',
    Signature: `SIMULATED-${world.rng.destination.hex(32)}`,
    SigningCertURL: `https://sns.${region}.amazonaws.com/SimpleNotificationService-simulated.pem`,
    UnsubscribeURL: `https://sns.${region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${topicArn}:${world.rng.destination.uuid()}`,
  }
}
