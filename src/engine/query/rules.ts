import type { RuleId } from '../model/events'

const DOC = 'https://docs.aws.amazon.com/lambda/latest/dg'

/** Where each rule comes from (docs/semantics.md); "our decision" marks what AWS does not document. */
export const RULES: Record<RuleId, string> = {
  'write.noop':
    'AWS documented: no stream record for a write that changes nothing (DynamoDB Streams guide)',
  'write.rejected':
    'AWS documented: DynamoDB rejects the write (ValidationException / ConditionalCheckFailedException)',
  'stream.startingPosition': `AWS documented: LATEST reads only records after the mapping was created (${DOC}/with-ddb.html)`,
  'stream.retention':
    'AWS documented: stream records are kept 24 hours; we trim at exactly 24 h (our decision)',
  'poll.read': `AWS documented: Lambda polls each shard 4 times per second (${DOC}/with-ddb.html)`,
  'filter.match': `AWS documented: records that match no filter are dropped and checkpointed (${DOC}/invocation-eventfiltering.html)`,
  'batch.window': `AWS documented: the batching window (${DOC}/invocation-eventsourcemapping.html)`,
  'batch.size': `AWS documented: BatchSize (${DOC}/services-ddb-params.html)`,
  'batch.payload': `AWS documented: 6 MB invocation payload limit (${DOC}/gettingstarted-limits.html)`,
  'retry.backoff':
    'Our decision: retries after 1 s, 2 s, 4 s … capped at 60 s (AWS does not document the spacing)',
  'retry.exhausted': `Observed on AWS: MaximumRetryAttempts N gives N+1 invocations (${DOC}/services-dynamodb-errors.html)`,
  'retry.throttle': `AWS documented: throttles do not count against MaximumRetryAttempts (${DOC}/services-dynamodb-errors.html)`,
  'age.exceeded': `Observed on AWS: records older than MaximumRecordAgeInSeconds are not sent (${DOC}/services-dynamodb-errors.html)`,
  'bisect.split':
    'AWS documented: split in two, no retry spent; the split point ceil(n/2) and the fresh attempt count are our decision',
  'partial.checkpoint': `AWS documented: checkpoint before the lowest failed sequence number (${DOC}/services-ddb-batchfailurereporting.html)`,
  'success.checkpoint': `AWS documented: a successful batch moves the checkpoint past its records (${DOC}/with-ddb.html)`,
  'destination.delivered': `Observed on AWS: the invocation record sent to the on-failure destination (${DOC}/services-dynamodb-errors.html)`,
  'destination.none': `AWS documented: without a destination, discarded records are dropped (${DOC}/services-dynamodb-errors.html)`,
  'window.final': `AWS documented: a final invocation at the end of a tumbling window (${DOC}/services-ddb-windows.html); its timing is our decision`,
}
