/**
 * The `srcdoc` of the iframe that hosts one sandbox worker. The iframe is `sandbox="allow-scripts"`
 * without `allow-same-origin`, so its origin is opaque: no access to the app's storage, cookies or
 * DOM. The CSP forbids every fetch (connect, img, font…); the blob: worker inherits it. These are the
 * outer wall: inside the worker the handler runs in a SES compartment (src/sandbox/guest/guestRealm.ts).
 * 'unsafe-eval' is needed because the compartment's `evaluate` compiles the handler with the realm's
 * `Function` (in Chromium it also admits WebAssembly, which the compartment does not endow).
 * 'unsafe-inline' admits the bootstrap below, the document's only content.
 * Pure strings: no DOM access, unit-tested in Node.
 */

export const SANDBOX_CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:; " +
  "connect-src 'none'; form-action 'none'; base-uri 'none'"

/** `sandbox` attribute of the iframe: scripts only; above all, never `allow-same-origin`. */
export const SANDBOX_IFRAME_FLAGS = 'allow-scripts'

/**
 * Runs in the iframe. Waits for the parent's single setup message carrying the worker's source
 * and two ports: the worker's (handed on untouched) and a control port, on which the iframe
 * reports worker errors and answers pings. The app kills the worker by removing the iframe. Written as ES2017 source text because it
 * is inlined, not bundled.
 */
const BOOTSTRAP = `(() => {
  let started = false
  addEventListener('message', (event) => {
    if (started || event.source !== parent) return
    const data = event.data
    const [workerPort, control] = event.ports
    if (!data || typeof data.source !== 'string' || !workerPort || !control) return
    started = true
    // The iframe's thread answers while the worker's is busy; only a dead process stays silent.
    control.onmessage = (ping) => {
      if (ping.data && ping.data.type === 'ping') control.postMessage({ type: 'pong' })
    }
    const url = URL.createObjectURL(new Blob([data.source], { type: 'text/javascript' }))
    let worker
    try {
      worker = new Worker(url, { name: 'lambda-sandbox' })
    } catch (error) {
      control.postMessage({ type: 'workerError', message: String(error && error.message) })
      return
    }
    worker.onerror = (event) => {
      control.postMessage({ type: 'workerError', message: String(event.message) })
    }
    worker.postMessage(null, [workerPort])
  })
})()`

export function createIframeDocument(): string {
  return [
    '<!doctype html>',
    '<html><head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${SANDBOX_CSP}">`,
    `<script>${BOOTSTRAP}</script>`,
    '</head><body></body></html>',
  ].join('\n')
}
