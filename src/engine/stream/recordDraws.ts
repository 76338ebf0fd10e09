import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus'
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { hexWord } from '../rng'

type Generator = ReturnType<typeof xoroshiro128plusFromState>

/** Records between two saved generator states: a read away from the last one steps at most this many. */
const PER_CHECKPOINT = 64
const FIRST_CHECKPOINTS = 64

/**
 * What a stream record draws from its own random stream, made again when read instead of stored (issue 13):
 * record i makes the i-th draws of the stream, so they are a function of the stream's first state. A walk keeps
 * the generator's state every 64 records (as they are first walked past) and the sum of the records' draws before
 * each, and the position of its last read, so reading records in order steps once per record. The draws never
 * change, so copies of a store share one walk.
 */
class DrawWalk {
  private gen: Generator
  /** The record whose draws `gen` makes next, and the sum of the values of the records before it. */
  private at = 0
  private sum = 0
  private states: Int32Array
  private sums: Float64Array
  private known = 1

  constructor(
    start: readonly number[],
    /** Makes one record's draws; returns what it adds to the running sum. */
    private readonly draw: (gen: Generator) => number,
  ) {
    this.gen = xoroshiro128plusFromState(start)
    this.states = new Int32Array(FIRST_CHECKPOINTS * 4)
    this.states.set(start)
    this.sums = new Float64Array(FIRST_CHECKPOINTS)
  }

  /** Places the walk before record `i`'s draws; returns the sum of the values of the records before it. */
  seek(i: number): number {
    const checkpoint = Math.min(Math.floor(i / PER_CHECKPOINT), this.known - 1)
    if (this.at > i || this.at < checkpoint * PER_CHECKPOINT) {
      const at = checkpoint * 4
      this.gen = xoroshiro128plusFromState(Array.from(this.states.subarray(at, at + 4)))
      this.at = checkpoint * PER_CHECKPOINT
      this.sum = this.sums[checkpoint]
    }
    while (this.at < i) this.next()
    return this.sum
  }

  /** Makes the draws of the record the walk is before; returns its value. */
  next(): number {
    const value = this.draw(this.gen)
    this.sum += value
    this.at++
    if (this.at === this.known * PER_CHECKPOINT) this.keep()
    return value
  }

  private keep(): void {
    if (this.known * 4 === this.states.length) {
      const states = new Int32Array(this.states.length * 2)
      states.set(this.states)
      this.states = states
      const sums = new Float64Array(this.sums.length * 2)
      sums.set(this.sums)
      this.sums = sums
    }
    this.states.set(this.gen.getState(), this.known * 4)
    this.sums[this.known] = this.sum
    this.known++
  }
}

/** Every record's eventID: the 128 bits of four 32-bit words, each as `Rng.word` draws it (rng.ts). */
export class EventIdDraws {
  private readonly words = new Uint32Array(4)
  private readonly walk: DrawWalk

  constructor(start: readonly number[]) {
    const { words } = this
    this.walk = new DrawWalk(start, (gen) => {
      words[0] = gen.next()
      words[1] = gen.next()
      words[2] = gen.next()
      words[3] = gen.next()
      return 0
    })
  }

  eventId(i: number): string {
    this.walk.seek(i)
    this.walk.next()
    const { words } = this
    return hexWord(words[0]) + hexWord(words[1]) + hexWord(words[2]) + hexWord(words[3])
  }
}

/** Every record's sequence number step (1 to 4,096 above the one before, `Rng.int(1, 4096)`) and their sums. */
export class SequenceDraws {
  private readonly walk: DrawWalk

  constructor(start: readonly number[]) {
    this.walk = new DrawWalk(start, (gen) => uniformInt(gen, 1, 4096))
  }

  /** Record `i`'s sequence number minus the stream's base: the sum of the steps of records 0 to i. */
  offset(i: number): number {
    return this.walk.seek(i + 1)
  }
}
