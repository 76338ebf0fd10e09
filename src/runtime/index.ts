/** The runtime's public door: the store receives a Runtime; the app builds the browser one. */
export type { Runtime, RuntimeBatch, OutcomeNote } from './types'
export { createBrowserRuntime } from './browserRuntime'
