import { describe, expect, it } from 'vitest'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { runScripted, succeed } from '../testing/runScripted'
import { SQS_ARN, onFailure, poison } from '../testing/expectations'

function starts(file: Record<string, unknown>, handler = succeed) {
  const { sim } = runScripted(normalized(file), handler)
  return sim
    .journal()
    .flatMap((e) =>
      e.type === 'invocationStarted'
        ? [[e.recordIndexes.length, e.batchReason, e.environmentId, e.attempt]]
        : [],
    )
}

describe('why a batch left the mapping, and which environment ran it (pipeline view, A2.2, D3)', () => {
  it('A2.2: BatchSize reached, then the batching window ended for the rest', () => {
    const file = scenarioFile({
      writes: puts(5),
      mapping: { BatchSize: 3, MaximumBatchingWindowInSeconds: 1 },
    })
    expect(starts(file)).toEqual([
      [3, 'batchSize', 1, 1],
      [2, 'window', 1, 1],
    ])
  })

  it('A2.2: with no batching window a batch leaves at the first poll; bisect halves say they are halves', () => {
    const file = scenarioFile({
      writes: puts(2, { prefix: 'bad' }),
      mapping: { BisectBatchOnFunctionError: true, MaximumRetryAttempts: 0, ...onFailure(SQS_ARN) },
    })
    expect(starts(file, poison('bad1'))).toEqual([
      [2, 'noWindow', 1, 1],
      [1, 'split', 1, 1],
      [1, 'split', 1, 1],
    ])
  })
})
