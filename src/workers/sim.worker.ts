/** The sim worker: a thin adapter, all logic in simHost.ts (the simulation) and directSandbox.ts (its invocations). */
import type { DirectSandboxCommand, DirectSandboxReport } from '../protocol/directSandboxProtocol'
import type { SimCommand, SimReport } from '../protocol/simProtocol'
import { createDirectSandbox } from './directSandbox'
import { sparesFor } from './sandboxSpares'
import { createSimHost } from './simHost'

const scope = self as unknown as DedicatedWorkerGlobalScope
/** Outcomes settled within this many ms share one frame: the UI draws at most once per display frame. */
const OUTCOME_FRAME_MS = 16
const sandbox = createDirectSandbox({
  post: (report: DirectSandboxReport) => scope.postMessage(report),
  settle: (invocationId, outcome, ticket) =>
    host.handle({ type: 'settleInvocation', invocationId, outcome, ticket }),
  expects: (invocationId, ticket) => host.expects(invocationId, ticket),
  now: () => performance.now(),
})
const host = createSimHost({
  post(report: SimReport) {
    // Invocations run here, in the sandboxes' workers: the main thread never carries them.
    if (report.type === 'invocationRequested')
      return sandbox.invoke(report.loadId, report.request, report.ticket)
    scope.postMessage(report)
    // The sandboxes its start needs open now, not at the first invocation (sandboxSpares.ts).
    if (report.type === 'loaded') sandbox.prewarm(sparesFor(report.info.shards, report.mapping))
    // Not after a seek: removing iframes then would delay the seek's screen; the next frame frees them.
    if (report.type === 'frame') {
      sandbox.afterFrame((report.frame.snapshot.environments ?? []).map((e) => e.id))
    }
  },
  deferFrame: (flush) => setTimeout(flush, OUTCOME_FRAME_MS),
})
scope.onmessage = (event: MessageEvent<SimCommand | DirectSandboxCommand>) => {
  const command = event.data
  if (command.type === 'sandboxOpened') return sandbox.opened(command, event.ports)
  if (command.type === 'load') sandbox.load(command.loadId)
  host.handle(command)
}
