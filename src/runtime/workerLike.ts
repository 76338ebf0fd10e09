/**
 * The part of a Worker the runtime uses; tests pass fakes. Typed without DOM types so the runtime's
 * unit tests compile under the Node tsconfig.
 */
export interface WorkerLike {
  /** `transfer`: objects moved, not copied (MessagePorts). */
  postMessage(message: unknown, transfer?: readonly unknown[]): void
  terminate(): void
  onmessage: ((event: { readonly data: unknown }) => void) | null
  onerror: ((event: { readonly message?: string }) => void) | null
}
