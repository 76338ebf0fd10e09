// D20: an integer past 2^53 from the Console (Python's exact int, a BigInt here) gets the service's range error,
// quoting its digits (the first 100, as D19 bounds a quoted value), never 'Infinity' or '1e+21'.
import { describe, expect, it } from 'vitest'
import { validateMapping } from './index'
import { STREAM_ARN } from './testFixture'

const ctx = {
  streamArn: STREAM_ARN,
  region: 'us-east-1',
  accountId: '123456789012',
  functionName: 'fn',
}

describe('D20: exact integers', () => {
  it('D20: BatchSize 10^400 and MaximumRetryAttempts -10^30 are out of range, digit for digit', () => {
    const huge = 10n ** 400n
    const result = validateMapping(
      { StartingPosition: 'LATEST', BatchSize: huge, MaximumRetryAttempts: -(10n ** 30n) },
      ctx,
      'mapping',
    )
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'mapping.BatchSize',
        message: `ValidationException: 1 validation error detected: Value '1${'0'.repeat(99)}… (401 characters)' at 'batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000`,
      },
      {
        path: 'mapping.MaximumRetryAttempts',
        message: `ValidationException: 1 validation error detected: Value '-1${'0'.repeat(30)}' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value greater than or equal to -1`,
      },
    ])
  })
})
