import type { InvocationOutcome } from '../../engine'
import type { SimCommand, SimReport } from '../../protocol/simProtocol'
import type { SimHost } from '../simHost'

/**
 * A `send` for tests: handles a command, then answers every invocation the host hands out (including those the
 * answers lead to) with `outcomeOf`, as a sandbox that answers at once would. `onAnswer` sees each answer first.
 */
export function answeringAll(
  host: SimHost,
  reports: readonly SimReport[],
  outcomeOf: (invocationId: number) => InvocationOutcome,
  onAnswer?: (invocationId: number, outcome: InvocationOutcome) => void,
): (command: SimCommand) => void {
  let answered = 0
  return (command) => {
    host.handle(command)
    for (;;) {
      const requests = reports.flatMap((r) => (r.type === 'invocationRequested' ? [r] : []))
      if (answered === requests.length) return
      const { invocationId } = requests[answered++].request
      const outcome = outcomeOf(invocationId)
      onAnswer?.(invocationId, outcome)
      host.handle({ type: 'settleInvocation', invocationId, outcome })
    }
  }
}
