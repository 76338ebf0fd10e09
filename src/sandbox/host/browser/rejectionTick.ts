/**
 * The browser sandbox worker's `macrotask()` (handlerRuntime's host), which also reports the handler's unhandled
 * promise rejections (docs/semantics.md D20) in the order Node would.
 *
 * Node reports rejections nobody handled right after the microtasks drain, before the next macrotask, so the
 * runtime sees them at its next step. A worker fires `unhandledrejection` from a task queued when the microtasks
 * drain, in no fixed order with a MessageChannel message. So each step first rejects a promise of its own, the
 * marker: the worker notifies about every promise rejected in one drain in one task, in order, and the marker is
 * the first of them. When the marker's event arrives, one more MessageChannel message lets the rest of that task's
 * events fire, and then the step is over, with every rejection of the drain reported.
 *
 * A browser that never fires the event for the marker (within a second, the first time) gets plain steps.
 */
interface RejectionEventLike {
  readonly reason: unknown
  preventDefault(): void
}

export interface RejectionTickScope {
  addEventListener(type: 'unhandledrejection', listener: (event: RejectionEventLike) => void): void
  setTimeout(callback: () => void, ms: number): unknown
}

/** Real milliseconds to wait, once, for the first marker before assuming the event never comes. */
const FIRST_MARKER_MS = 1_000

export function createRejectionTick(
  scope: RejectionTickScope,
  onUnhandledRejection: (reason: unknown) => void,
): () => Promise<void> {
  // Captured before any user code runs, so the handler cannot swap what the runtime relies on.
  const channel = new MessageChannel()
  const waiting: Array<() => void> = []
  channel.port1.onmessage = () => waiting.shift()?.()
  const tick = channel.port2.postMessage.bind(channel.port2)
  const reject = Promise.reject.bind(Promise)
  const marker = Object.freeze({ marker: 'rejection tick' })
  let markerSeen = false
  let markerWorks = true
  let markersPending = 0

  scope.addEventListener('unhandledrejection', (event) => {
    // The worker would also print it to the console as "Uncaught (in promise)".
    event.preventDefault()
    if (event.reason !== marker) {
      onUnhandledRejection(event.reason)
      return
    }
    markerSeen = true
    if (markersPending > 0) {
      markersPending--
      tick(null)
    }
  })

  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve)
      if (!markerWorks) {
        tick(null)
        return
      }
      markersPending++
      void reject(marker)
      if (markerSeen) return
      scope.setTimeout(() => {
        if (markerSeen || markersPending === 0) return
        markerWorks = false
        for (; markersPending > 0; markersPending--) tick(null)
      }, FIRST_MARKER_MS)
    })
}
