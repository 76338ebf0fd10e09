/**
 * The execution role's policy document as the Execution role tab shows it (docs/semantics.md D17): the
 * AWSLambdaDynamoDBExecutionRole statement with the actions still granted, then the destination's own.
 */
import { DESTINATION_ACTIONS, MANAGED_ACTIONS } from '../../engine'
import type { MappingSettings, RoleAction } from '../../engine'

type OnFailure = MappingSettings['onFailure']

interface Statement {
  readonly Effect: 'Allow'
  readonly Action: readonly RoleAction[]
  readonly Resource: string
}

export interface PolicyDocument {
  readonly Version: '2012-10-17'
  readonly Statement: readonly Statement[]
}

/** The actions the tab lists: the managed policy's, then the configured destination's. */
export function roleActionsFor(onFailure: OnFailure): readonly RoleAction[] {
  return [...MANAGED_ACTIONS, ...(onFailure ? DESTINATION_ACTIONS[onFailure.kind] : [])]
}

/** The policy granting every listed action not in `removed`; a statement left with no action is left out. */
export function policyDocument(
  removed: readonly RoleAction[],
  onFailure: OnFailure,
): PolicyDocument {
  const granted = (actions: readonly RoleAction[]) => actions.filter((a) => !removed.includes(a))
  const statements: Statement[] = [
    { Effect: 'Allow', Action: granted(MANAGED_ACTIONS), Resource: '*' },
  ]
  if (onFailure?.kind === 's3') {
    // PutObject applies to the bucket's objects, ListBucket to the bucket itself.
    statements.push({
      Effect: 'Allow',
      Action: granted(['s3:PutObject']),
      Resource: `${onFailure.arn}/*`,
    })
    statements.push({
      Effect: 'Allow',
      Action: granted(['s3:ListBucket']),
      Resource: onFailure.arn,
    })
  } else if (onFailure) {
    statements.push({
      Effect: 'Allow',
      Action: granted(DESTINATION_ACTIONS[onFailure.kind]),
      Resource: onFailure.arn,
    })
  }
  return { Version: '2012-10-17', Statement: statements.filter((s) => s.Action.length > 0) }
}
