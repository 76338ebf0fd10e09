/**
 * The engine's event journals of two examples (examples/bisect-poison-pill.json and
 * examples/partial-batch-response.json), without the events the folds ignore: fixtures for their tests.
 */
import type { SimEvent } from '../../engine'

/** An event with plain numbers for its times (virtual ms are numbers branded for the type checker). */
type Loose = { type: SimEvent['type']; atMs: number } & Record<string, unknown>

const at = (events: Loose[]): SimEvent[] => events as unknown as SimEvent[]

const started = (
  atMs: number,
  invocationId: number,
  recordIndexes: number[],
  attempt: number,
): Loose => ({
  type: 'invocationStarted',
  atMs,
  invocationId,
  shard: 0,
  lane: 0,
  recordIndexes,
  attempt,
  coldStart: invocationId === 1,
})
const completed = (
  atMs: number,
  invocationId: number,
  outcome: 'success' | 'error' | 'partial',
): Loose => ({
  type: 'invocationCompleted',
  atMs,
  invocationId,
  outcome,
})
const retry = (atMs: number, retryAtMs: number, recordIndexes: number[]): Loose => ({
  type: 'retryScheduled',
  atMs,
  shard: 0,
  lane: 0,
  retryAtMs,
  recordIndexes,
  rule: 'retry.backoff',
})

/** [0–3] fails, splits; [0,1] succeeds; [2,3] fails, splits; [2] fails 3 times → SQS; [3] succeeds. */
export const BISECT_EVENTS: SimEvent[] = at([
  started(2000, 1, [0, 1, 2, 3], 1),
  completed(2020, 1, 'error'),
  {
    type: 'batchSplit',
    atMs: 2020,
    shard: 0,
    lane: 0,
    halves: [
      [0, 1],
      [2, 3],
    ],
  },
  started(2020, 2, [0, 1], 1),
  completed(2040, 2, 'success'),
  {
    type: 'fate',
    atMs: 2040,
    recordIndexes: [0, 1],
    fate: 'processed',
    rule: 'success.checkpoint',
  },
  started(2040, 3, [2, 3], 1),
  completed(2060, 3, 'error'),
  { type: 'batchSplit', atMs: 2060, shard: 0, lane: 0, halves: [[2], [3]] },
  started(2060, 4, [2], 1),
  completed(2080, 4, 'error'),
  retry(2080, 3080, [2]),
  started(3080, 5, [2], 2),
  completed(3100, 5, 'error'),
  retry(3100, 5100, [2]),
  started(5100, 6, [2], 3),
  completed(5120, 6, 'error'),
  { type: 'fate', atMs: 5120, recordIndexes: [2], fate: 'destination', rule: 'retry.exhausted' },
  { type: 'destinationDelivered', atMs: 5120, kind: 'sqs', destinationIndex: 0 },
  started(5120, 7, [3], 1),
  completed(5140, 7, 'success'),
  { type: 'fate', atMs: 5140, recordIndexes: [3], fate: 'processed', rule: 'success.checkpoint' },
])

/** [0–2] answers "#2 failed" 4 times: #0, #1 processed, the shard resumes at #2, which goes to SQS. */
export const PARTIAL_EVENTS: SimEvent[] = at([
  started(2000, 1, [0, 1, 2], 1),
  completed(2020, 1, 'partial'),
  {
    type: 'fate',
    atMs: 2020,
    recordIndexes: [0, 1],
    fate: 'processed',
    rule: 'partial.checkpoint',
  },
  retry(2020, 3020, [2]),
  started(3020, 2, [2], 2),
  completed(3040, 2, 'partial'),
  retry(3040, 5040, [2]),
  started(5040, 3, [2], 3),
  completed(5060, 3, 'partial'),
  retry(5060, 9060, [2]),
  started(9060, 4, [2], 4),
  completed(9080, 4, 'partial'),
  { type: 'fate', atMs: 9080, recordIndexes: [2], fate: 'destination', rule: 'retry.exhausted' },
  { type: 'destinationDelivered', atMs: 9080, kind: 'sqs', destinationIndex: 0 },
])
