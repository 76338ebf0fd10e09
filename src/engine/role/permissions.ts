/**
 * The function's execution role, as far as the event source mapping needs it (docs/semantics.md D17): the
 * actions of the AWSLambdaDynamoDBExecutionRole managed policy and the on-failure destination's own. A scenario
 * names only what it removes; everything else is allowed.
 */
/** The on-failure destination kinds (model/scenario's OnFailureKind; restated so the model can import this file). */
type OnFailureKind = 'sqs' | 'sns' | 's3'

/** What Lambda calls on the stream: the four actions AWS's CreateEventSourceMapping check names. */
export const STREAM_ACTIONS = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
] as const

/** CloudWatch Logs: the rest of the managed policy. */
export const LOG_ACTIONS = [
  'logs:CreateLogGroup',
  'logs:CreateLogStream',
  'logs:PutLogEvents',
] as const

/** The managed policy's actions, in its own order. */
export const MANAGED_ACTIONS = [...STREAM_ACTIONS, ...LOG_ACTIONS] as const

/** What each kind of on-failure destination needs (docs/semantics.md A6.1). */
export const DESTINATION_ACTIONS: Record<OnFailureKind, readonly RoleAction[]> = {
  sqs: ['sqs:SendMessage'],
  sns: ['sns:Publish'],
  s3: ['s3:PutObject', 's3:ListBucket'],
}

export const ROLE_ACTIONS = [
  ...MANAGED_ACTIONS,
  'sqs:SendMessage',
  'sns:Publish',
  's3:PutObject',
  's3:ListBucket',
] as const

export type RoleAction = (typeof ROLE_ACTIONS)[number]

/** The role as a scenario states it: the actions taken away (none = every action above is allowed). */
export interface ExecutionRole {
  readonly removed: readonly RoleAction[]
}

export function isRoleAction(value: unknown): value is RoleAction {
  return (ROLE_ACTIONS as readonly unknown[]).includes(value)
}

/** The stream actions the role lacks, in AWS's order. */
export function missingStreamActions(removed: readonly RoleAction[]): RoleAction[] {
  return STREAM_ACTIONS.filter((action) => removed.includes(action))
}

/** The destination's actions the role lacks (none when there is no destination). */
export function missingDestinationActions(
  removed: readonly RoleAction[],
  kind: OnFailureKind | undefined,
): RoleAction[] {
  return kind === undefined ? [] : DESTINATION_ACTIONS[kind].filter((a) => removed.includes(a))
}

/** AWS's answer to CreateEventSourceMapping when the role cannot read the stream (observed; D17). */
export function cannotAccessStream(streamArn: string): string {
  return `Cannot access stream ${streamArn}. Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, and ListStreams Actions on your stream in IAM.`
}

const SERVICE_NAMES: Record<OnFailureKind, string> = { sqs: 'SQS', sns: 'SNS', s3: 'S3' }

/** AWS's answer when the role cannot use the destination (observed for SQS and SNS; S3 by analogy: D17). */
export function cannotCallDestination(kind: OnFailureKind, action: RoleAction): string {
  const call = action.slice(action.indexOf(':') + 1)
  return `The provided execution role does not have permissions to call ${call} on ${SERVICE_NAMES[kind]}`
}
