/** The sim worker: a thin adapter, all logic in simHost.ts. */
import type { SimCommand, SimReport } from '../protocol/simProtocol'
import { createSimHost } from './simHost'

const scope = self as unknown as DedicatedWorkerGlobalScope
const host = createSimHost({ post: (report: SimReport) => scope.postMessage(report) })
scope.onmessage = (event: MessageEvent<SimCommand>) => host.handle(event.data)
