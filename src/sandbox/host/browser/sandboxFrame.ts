/**
 * Opens the opaque-origin iframe that hosts one sandbox worker and hands back the app's ends of its
 * two ports. The iframe gets the worker's source with the ports in ONE message, after it has loaded;
 * until then messages posted on the ports wait in their queues. DOM only.
 */
import { createIframeDocument, SANDBOX_IFRAME_FLAGS } from './iframeDocument'
import type { SandboxTransport } from './isolatedEnvironment'

export function openSandboxFrame(
  source: string,
  environmentId: number,
  container: HTMLElement = document.body,
): SandboxTransport {
  const toWorker = new MessageChannel()
  const control = new MessageChannel()
  const iframe = document.createElement('iframe')
  iframe.setAttribute('sandbox', SANDBOX_IFRAME_FLAGS)
  iframe.title = `Lambda execution environment ${environmentId}`
  iframe.dataset.sandboxEnvironment = String(environmentId)
  iframe.tabIndex = -1
  iframe.setAttribute('aria-hidden', 'true')
  iframe.style.display = 'none'
  iframe.addEventListener(
    'load',
    () => {
      // '*': the iframe's origin is opaque ("null"), so no other target origin matches it.
      iframe.contentWindow?.postMessage({ source }, '*', [toWorker.port2, control.port2])
    },
    { once: true },
  )
  iframe.srcdoc = createIframeDocument()
  container.append(iframe)

  let destroyed = false
  function destroy(): void {
    if (destroyed) return
    destroyed = true
    // Discarding the iframe's document terminates the workers it owns (HTML: a worker dies with its
    // last owner), so removing the iframe is the kill switch.
    toWorker.port1.close()
    control.port1.close()
    iframe.remove()
  }

  return {
    send: (message) => toWorker.port1.postMessage(message),
    sendControl: (message) => control.port1.postMessage(message),
    onWorkerMessage(listener) {
      toWorker.port1.onmessage = (event: MessageEvent<unknown>) => listener(event.data)
      toWorker.port1.onmessageerror = () => listener(undefined)
    },
    onControlMessage(listener) {
      control.port1.onmessage = (event: MessageEvent<unknown>) => listener(event.data)
      control.port1.onmessageerror = () => listener(undefined)
    },
    destroy,
  }
}
