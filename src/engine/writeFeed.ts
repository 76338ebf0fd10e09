import type { VirtualMs } from './clock'
import { before, Phase, type EventQueue } from './eventQueue'
import type { ScheduledWrite, WriteSchedule } from './model/scenario'
import { writeCursor } from './scenario/writeSchedule'

/** The scenario write that runs next, with the insertion number it took from the event queue. */
export interface HeldWrite {
  readonly write: ScheduledWrite
  readonly seq: number
}

/** Where a feed stands: its cursor's position and the write it holds (a `save()`). */
export interface FeedPosition {
  readonly cursor: readonly number[]
  readonly held: HeldWrite | undefined
}

/**
 * The scenario's writes, fed to the run one at a time (issue 13). The next one waits beside the event queue,
 * not in it: a million writes made a million queue entries and tasks. It takes its insertion number from the
 * queue when it is read, exactly when it used to be pushed, so the (time, phase, insertion) order is unchanged.
 */
export class WriteFeed {
  private readonly cursor
  // The held write and its insertion number, as two fields: no object per write.
  private held: ScheduledWrite | undefined
  private heldSeq: number

  constructor(
    schedule: WriteSchedule,
    private readonly queue: EventQueue<unknown>,
    from?: FeedPosition,
  ) {
    this.cursor = writeCursor(schedule, from?.cursor)
    this.held = from?.held?.write
    this.heldSeq = from?.held?.seq ?? 0
  }

  /** Reads the next write from the cursor, once the one held has run (or at the start). */
  feed(): void {
    this.held = this.cursor.next()
    if (this.held !== undefined) this.heldSeq = this.queue.takeSeq()
  }

  /** The held write if it runs before the queue's next event, else undefined. */
  due(): ScheduledWrite | undefined {
    const { held } = this
    if (held === undefined) return undefined
    const top = this.queue.peek()
    return top === undefined || before(held.atMs, Phase.write, this.heldSeq, top) ? held : undefined
  }

  /** When the held write is due, if there is one. */
  nextAtMs(): VirtualMs | undefined {
    return this.held?.atMs
  }

  position(): FeedPosition {
    const { held } = this
    return { cursor: this.cursor.position(), held: held && { write: held, seq: this.heldSeq } }
  }
}
