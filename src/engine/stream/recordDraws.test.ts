import { describe, expect, it } from 'vitest'
import { createRng } from '../rng'
import { EventIdDraws, SequenceDraws } from './recordDraws'

describe('record draws made again when read (issue 13)', () => {
  it('past the first saved states too, any record draws what the rng drew for it in order', () => {
    const eventRng = createRng(9, 'eventId')
    const sequenceRng = createRng(9, 'sequence')
    const eventIds = new EventIdDraws(eventRng.state())
    const sequence = new SequenceDraws(sequenceRng.state())
    let sum = 0
    const want = Array.from({ length: 5000 }, () => {
      sum += sequenceRng.int(1, 4096)
      return [eventRng.hex(32), sum]
    })
    const order = [4999, 0, 4500, 4499, 64, 63, 4096, 1]
    expect(order.map((i) => [eventIds.eventId(i), sequence.offset(i)])).toEqual(
      order.map((i) => want[i]),
    )
  })
})
