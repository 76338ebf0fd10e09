/**
 * Drives the isolated sandbox executor by hand: code, environment id, cold or warm, event, timeout;
 * shows the outcome as JSON, the live environments (iframes) and a Ping button whose handler
 * reports how late it ran, to show the page stays responsive while a handler spins.
 */
import { useState } from 'react'
import type { FormEvent, MouseEvent } from 'react'
import type { InvokeRequest } from '../engine/lambda/invocation'
import { createIsolatedExecutor } from '../runtime/isolatedSandbox'

const executor = createIsolatedExecutor()
let invocations = 0

function buildRequest(fields: {
  code: string
  environmentId: number
  coldStart: boolean
  event: unknown
  timeoutMs: number
}): InvokeRequest {
  invocations += 1
  return {
    ...fields,
    invocationId: invocations,
    requestId: `harness-req-${invocations}`,
    environmentSeed: 42,
    startEpochMs: Date.UTC(2026, 0, 1),
    durationMs: 20,
    functionName: 'harness-fn',
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:harness-fn',
    memoryLimitInMB: 128,
    logGroupName: '/aws/lambda/harness-fn',
    logStreamName: '2026/01/01/[$LATEST]harness',
    region: 'us-east-1',
    language: 'javascript',
  }
}

function countEnvironments(): number {
  return document.querySelectorAll('iframe[data-sandbox-environment]').length
}

export function SandboxHarness() {
  const [status, setStatus] = useState('idle')
  // Lets a test tell this invocation's outcome from the previous one's.
  const [completed, setCompleted] = useState(0)
  const [outcome, setOutcome] = useState('')
  const [environments, setEnvironments] = useState(0)
  const [ping, setPing] = useState('')

  async function handleInvoke(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    // Every field of this form is a text input: FormData gives strings.
    const text = (name: string) => form.get(name) as string
    const request = buildRequest({
      code: text('code'),
      environmentId: Number(text('environmentId')),
      coldStart: form.get('coldStart') === 'on',
      event: JSON.parse(text('event')) as unknown,
      timeoutMs: Number(text('timeoutMs')),
    })
    setStatus('running')
    setOutcome('')
    const result = await executor.invoke(request)
    setOutcome(JSON.stringify(result))
    setEnvironments(countEnvironments())
    setStatus('done')
    setCompleted((count) => count + 1)
  }

  function handlePing(event: MouseEvent<HTMLButtonElement>) {
    // event.timeStamp is when the browser took the click in; the gap is how long the page was busy.
    setPing(`${Math.round(performance.now() - event.timeStamp)} ms while ${status}`)
  }

  return (
    <main style={{ display: 'grid', gap: 8, padding: 8, maxWidth: 800 }}>
      <form onSubmit={(event) => void handleInvoke(event)} style={{ display: 'grid', gap: 4 }}>
        <label>
          Handler code
          <textarea name="code" rows={12} cols={80} defaultValue="" />
        </label>
        <label>
          Environment id
          <input name="environmentId" type="number" defaultValue={1} />
        </label>
        <label>
          <input name="coldStart" type="checkbox" defaultChecked />
          Cold start
        </label>
        <label>
          Event
          <input name="event" defaultValue="{}" />
        </label>
        <label>
          Timeout (ms)
          <input name="timeoutMs" type="number" defaultValue={3000} />
        </label>
        <button type="submit">Invoke</button>
      </form>
      <p>
        Status: <output data-testid="harness.status">{status}</output>
      </p>
      <p>
        Completed invocations: <output data-testid="harness.completed">{completed}</output>
      </p>
      <p>
        Live environments: <output data-testid="harness.environments">{environments}</output>
      </p>
      <pre data-testid="harness.outcome">{outcome}</pre>
      <button type="button" onClick={handlePing}>
        Ping
      </button>
      <p>
        Ping latency: <output data-testid="harness.ping">{ping}</output>
      </p>
    </main>
  )
}
