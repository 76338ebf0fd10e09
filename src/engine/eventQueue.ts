/**
 * The discrete-event queue: a binary heap ordered by (time, phase, seq). `seq` is an insertion counter, so
 * events of the same time and phase run in the order they were scheduled, and a run is reproducible.
 */
import type { VirtualMs } from './clock'

/**
 * What happens first within one virtual millisecond (docs/scenario-format.md: "the mapping's creation and actions,
 * then writes (in file order), then polls and invocation starts"). Completions come before polls so that a lane
 * freed at t can poll at t.
 */
export const Phase = { control: 0, write: 1, completion: 2, poll: 3 } as const
export type Phase = (typeof Phase)[keyof typeof Phase]

export interface QueuedEvent<T> {
  readonly atMs: VirtualMs
  readonly phase: Phase
  readonly seq: number
  readonly payload: T
}

export interface EventQueue<T> {
  push(atMs: VirtualMs, phase: Phase, payload: T): QueuedEvent<T>
  peek(): QueuedEvent<T> | undefined
  pop(): QueuedEvent<T> | undefined
  readonly size: number
  /** An independent copy with the same order and insertion counter (a timeline snapshot); payloads are shared. */
  clone(): EventQueue<T>

  /** An insertion number for an event held outside the heap (the next scenario write: writeFeed.ts). */
  takeSeq(): number
}

/** Whether an event at (atMs, phase, seq) runs before `b`. */
export function before(atMs: number, phase: Phase, seq: number, b: QueuedEvent<unknown>): boolean {
  if (atMs !== b.atMs) return atMs < b.atMs
  if (phase !== b.phase) return phase < b.phase
  return seq < b.seq
}

function runsBefore<T>(a: QueuedEvent<T>, b: QueuedEvent<T>): boolean {
  return before(a.atMs, a.phase, a.seq, b)
}

export function createEventQueue<T>(
  from: { heap: readonly QueuedEvent<T>[]; seq: number } = { heap: [], seq: 0 },
): EventQueue<T> {
  const heap: QueuedEvent<T>[] = [...from.heap]
  let seq = from.seq

  function up(index: number): void {
    const item = heap[index]
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (!runsBefore(item, heap[parent])) break
      heap[index] = heap[parent]
      index = parent
    }
    heap[index] = item
  }

  function down(index: number): void {
    const item = heap[index]
    const half = heap.length >> 1
    while (index < half) {
      let child = 2 * index + 1
      const right = child + 1
      if (right < heap.length && runsBefore(heap[right], heap[child])) child = right
      if (!runsBefore(heap[child], item)) break
      heap[index] = heap[child]
      index = child
    }
    heap[index] = item
  }

  return {
    push(atMs, phase, payload) {
      const event = { atMs, phase, seq: seq++, payload }
      heap.push(event)
      up(heap.length - 1)
      return event
    },
    peek: () => heap[0],
    pop() {
      const top = heap[0]
      const last = heap.pop()
      if (heap.length > 0 && last !== undefined) {
        heap[0] = last
        down(0)
      }
      return top
    },
    get size() {
      return heap.length
    },
    clone: () => createEventQueue({ heap, seq }),
    takeSeq: () => seq++,
  }
}
