/** The sim worker: a thin adapter, all logic in simHost.ts. */
import type { SimCommand, SimReport } from '../protocol/simProtocol'
import { createSimHost } from './simHost'

const scope = self as unknown as DedicatedWorkerGlobalScope
/** Outcomes settled within this many ms share one frame: the UI draws at most once per display frame. */
const OUTCOME_FRAME_MS = 16
const host = createSimHost({
  post: (report: SimReport) => scope.postMessage(report),
  deferFrame: (flush) => setTimeout(flush, OUTCOME_FRAME_MS),
})
scope.onmessage = (event: MessageEvent<SimCommand>) => host.handle(event.data)
