/**
 * Opens the opaque-origin iframe that hosts one sandbox worker and hands back the app's ends of its
 * two ports. The iframe gets the worker's source with the ports in ONE message, after it has loaded;
 * until then messages posted on the ports wait in their queues. DOM only.
 */
import { createIframeDocument, SANDBOX_IFRAME_FLAGS } from './iframeDocument'
import type { SandboxTransport } from './isolatedEnvironment'
import { createPortTransport } from './portTransport'
import type { SandboxPorts } from './portTransport'

/** One sandbox iframe: the app's ends of its ports (transferable) and its kill switch. */
export interface SandboxFrame {
  readonly ports: SandboxPorts
  /** Removes the iframe, which terminates its worker. Idempotent. */
  readonly remove: () => void
  /** Names the environment it serves (a spare, opened with none, once one claims it). */
  readonly serve: (environmentId: number) => void
}

/** `environmentId` null: a spare, opened before an environment needs it (src/workers/sandboxSpares.ts). */
export function createSandboxFrame(
  source: string,
  environmentId: number | null,
  container: HTMLElement = document.body,
): SandboxFrame {
  const toWorker = new MessageChannel()
  const control = new MessageChannel()
  const iframe = document.createElement('iframe')
  iframe.setAttribute('sandbox', SANDBOX_IFRAME_FLAGS)
  const serve = (id: number | null) => {
    iframe.title = `Lambda execution environment ${id ?? '(spare)'}`
    iframe.dataset.sandboxEnvironment = String(id ?? '')
  }
  serve(environmentId)
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
  return {
    ports: { worker: toWorker.port1, control: control.port1 },
    // Discarding the iframe's document terminates the workers it owns (HTML: a worker dies with its
    // last owner), so removing the iframe is the kill switch.
    remove: () => iframe.remove(),
    serve,
  }
}

/** A sandbox iframe driven from this thread (the Test button). */
export function openSandboxFrame(
  source: string,
  environmentId: number,
  container: HTMLElement = document.body,
): SandboxTransport {
  const { ports, remove } = createSandboxFrame(source, environmentId, container)
  return createPortTransport(ports, remove)
}
