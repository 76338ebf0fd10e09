import { describe, expect, it } from 'vitest'
import { policyDocument, roleActionsFor } from './policy'

/** The AWSLambdaDynamoDBExecutionRole managed policy, version v1, as AWS publishes it. */
const MANAGED = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: [
        'dynamodb:DescribeStream',
        'dynamodb:GetRecords',
        'dynamodb:GetShardIterator',
        'dynamodb:ListStreams',
        'logs:CreateLogGroup',
        'logs:CreateLogStream',
        'logs:PutLogEvents',
      ],
      Resource: '*',
    },
  ],
}

describe('D17: the policy the Execution role tab shows', () => {
  it('D17: nothing removed and no destination: exactly the managed policy', () => {
    expect(policyDocument([], undefined)).toEqual(MANAGED)
  })

  it('D17: a removed action leaves the statement; the destination gets its own statement on its ARN', () => {
    const queue = { kind: 'sqs' as const, arn: 'arn:aws:sqs:us-east-1:123456789012:dlq' }
    expect(policyDocument(['dynamodb:GetRecords', 'sqs:SendMessage'], queue).Statement).toEqual([
      {
        ...MANAGED.Statement[0],
        Action: MANAGED.Statement[0].Action.filter((a) => a !== 'dynamodb:GetRecords'),
      },
    ])
    const bucket = { kind: 's3' as const, arn: 'arn:aws:s3:::failures' }
    expect(policyDocument([], bucket).Statement.slice(1)).toEqual([
      { Effect: 'Allow', Action: ['s3:PutObject'], Resource: 'arn:aws:s3:::failures/*' },
      { Effect: 'Allow', Action: ['s3:ListBucket'], Resource: 'arn:aws:s3:::failures' },
    ])
    expect(roleActionsFor(bucket).slice(-2)).toEqual(['s3:PutObject', 's3:ListBucket'])
  })
})
