import type { EpochMs } from '../clock'
import { createRng } from '../rng'
import { EventIdDraws, SequenceDraws } from './recordDraws'
import type { StreamContext } from './recordStore'

/** The draws of seed 5's eventId and sequence streams. */
export const drawsOfSeed5 = () => ({
  eventIds: new EventIdDraws(createRng(5, 'eventId').state()),
  sequence: new SequenceDraws(createRng(5, 'sequence').state()),
})

/** A one-shard NEW_AND_OLD_IMAGES stream keyed by `pk`, for the record store's and the journal's tests. */
export const STREAM_CONTEXT = {
  region: 'us-east-1',
  streamArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/T/stream/x',
  clockStartMs: 1_700_000_000_000 as EpochMs,
  keySchema: { hash: { name: 'pk', type: 'S' as const } },
  streamViewType: 'NEW_AND_OLD_IMAGES' as const,
  shards: 1,
  ...drawsOfSeed5(),
} satisfies StreamContext
