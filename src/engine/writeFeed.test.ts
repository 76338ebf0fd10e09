// The scenario's next write waits beside the event queue (issue 13) and still runs in (time, phase, insertion) order.
import { describe, expect, it } from 'vitest'
import { virtualMs } from './clock'
import { createEventQueue, Phase } from './eventQueue'
import type { ScheduledWrite } from './model/scenario'
import { WriteFeed } from './writeFeed'

const write = (index: number, atMs: number): ScheduledWrite => ({
  index,
  path: `writes[${index}]`,
  atMs: virtualMs(atMs),
  write: { op: 'DeleteItem', request: { Key: { pk: { S: `k${index}` } } } },
})

/** Runs the queue and the feed to the end: the labels in the order they run. */
function runOrder(queue: ReturnType<typeof createEventQueue<string>>, feed: WriteFeed): string[] {
  const order: string[] = []
  for (;;) {
    const held = feed.due()
    if (held !== undefined) {
      order.push(`write ${held.index}`)
      feed.feed()
      continue
    }
    const next = queue.pop()
    if (next === undefined) return order
    order.push(next.payload)
  }
}

describe('the write feed (issue 13)', () => {
  it('runs its write among queued events of the same time by phase, then by when each was scheduled', () => {
    const queue = createEventQueue<string>()
    const feed = new WriteFeed(
      { length: 2, series: [], singles: [write(0, 5), write(1, 5)] },
      queue,
    )
    queue.push(virtualMs(5), Phase.write, 'sweep scheduled before')
    feed.feed()
    queue.push(virtualMs(5), Phase.write, 'sweep scheduled after')
    queue.push(virtualMs(5), Phase.poll, 'poll')
    queue.push(virtualMs(5), Phase.control, 'action')
    queue.push(virtualMs(4), Phase.poll, 'earlier poll')
    expect(runOrder(queue, feed)).toEqual([
      'earlier poll',
      'action',
      'sweep scheduled before',
      'write 0',
      'sweep scheduled after',
      'write 1',
      'poll',
    ])
  })

  it('carries on from its position with the write it held', () => {
    const schedule = { length: 3, series: [], singles: [write(0, 1), write(1, 2), write(2, 3)] }
    const queue = createEventQueue<string>()
    const feed = new WriteFeed(schedule, queue)
    feed.feed()
    feed.feed()
    const copiedQueue = queue.clone()
    const copy = new WriteFeed(schedule, copiedQueue, feed.position())
    expect([copy.nextAtMs(), runOrder(copiedQueue, copy)]).toEqual([2, ['write 1', 'write 2']])
  })
})
