/** The benchmark scenarios of issue 3, as scenario files (docs/scenario-format.md §1). */

const TABLE = {
  TableName: 'Bench',
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
}

/** One poison record with default settings: retried until it leaves the stream 24 h later. */
export const poisonPillDay = {
  format: 'dynamodb-lambda-playground/scenario',
  version: 1,
  name: 'Poison pill with default settings, one day',
  durationSeconds: 86_400 + 600,
  table: TABLE,
  writes: [{ atMs: 1000, put: { pk: 'poison', note: 'always fails' } }],
  function: {
    FunctionName: 'poisoned',
    code: "export const handler = async () => { throw new Error('poison') }\n",
  },
  mapping: { StartingPosition: 'TRIM_HORIZON' },
}

/** A succeeding mapping, BatchSize 1,000, fed 1,000,000 records at one per millisecond. */
export const millionRecords = {
  format: 'dynamodb-lambda-playground/scenario',
  version: 1,
  name: 'One million records, BatchSize 1000',
  durationSeconds: 1_010,
  table: TABLE,
  writes: Array.from({ length: 10 }, (_, block) => ({
    atMs: 1000 + block * 100_000,
    every: { intervalMs: 1, count: 100_000 },
    put: { pk: `item-${block}-{{i}}`, value: '{{i}}' },
  })),
  function: {
    FunctionName: 'fast',
    code: 'export const handler = async (event) => ({ batchItemFailures: [] })\n',
  },
  mapping: { StartingPosition: 'TRIM_HORIZON', BatchSize: 1000, MaximumBatchingWindowInSeconds: 1 },
}

/**
 * The same million records already in the stream when the mapping is created: timing the run after creation
 * measures the event source mapping alone (poll, batch, invoke, checkpoint), apart from the table writes.
 */
export const millionBacklog = {
  ...millionRecords,
  name: 'A backlog of one million records, BatchSize 1000',
  durationSeconds: 1_400,
  mappingCreatedAtMs: 1_002_000,
}

/** The million-record run without its writes: its peak memory is the baseline of bytes per record (issue 13). */
export const emptyRun = {
  ...millionRecords,
  name: 'The million-record run without writes',
  writes: [],
}

export const BENCH_SCENARIOS = { poisonPillDay, millionRecords, millionBacklog, emptyRun }
export type BenchName = keyof typeof BENCH_SCENARIOS
