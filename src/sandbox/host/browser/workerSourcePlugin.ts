/**
 * Vite plugin: `virtual:isolated-sandbox-worker` exports the sandbox worker (src/workers/isolatedSandbox.worker.ts
 * with handlerRuntime, SES, sucrase and zod) as ONE self-contained script string, in dev and in build.
 *
 * Why a string: the worker is started inside an opaque-origin iframe, which can neither load a URL of
 * the app's origin nor import modules (CSP `default-src 'none'`), so it must get the code itself and
 * run it from a `blob:` URL. Vite's `?worker&inline` hides the code inside a wrapper in build and is
 * ignored in dev (it serves unbundled modules), and `?worker&url` is unbundled in dev: neither works.
 * Runs in Node (vite.config.ts); imports nothing but types from the DOM side.
 */
import { rolldown } from 'rolldown'
import type { Plugin } from 'vite'

export const WORKER_SOURCE_MODULE = 'virtual:isolated-sandbox-worker'
const RESOLVED_ID = `\0${WORKER_SOURCE_MODULE}`
const ENTRY = 'src/workers/isolatedSandbox.worker.ts'

export function isolatedSandboxWorkerSource(): Plugin {
  let root = ''
  let minify = false
  return {
    name: 'isolated-sandbox-worker-source',
    configResolved(config) {
      root = config.root
      minify = config.command === 'build'
    },
    resolveId(id) {
      return id === WORKER_SOURCE_MODULE ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      const bundle = await rolldown({
        input: `${root}/${ENTRY}`,
        platform: 'browser',
        // Libraries check NODE_ENV; the worker has no `process`, so it must be replaced at build time.
        transform: { define: { 'process.env.NODE_ENV': JSON.stringify('production') } },
      })
      try {
        // SES (guestRealm.ts) refuses to start in sloppy mode, and a classic worker script is sloppy
        // unless it says otherwise.
        const { output } = await bundle.generate({ format: 'iife', minify, strict: true })
        const [chunk] = output
        // Rebuild when the worker or anything it imports changes (dev server, build --watch).
        for (const file of chunk.moduleIds) if (!file.startsWith('\0')) this.addWatchFile(file)
        return `export default ${JSON.stringify(chunk.code)}`
      } finally {
        await bundle.close()
      }
    },
  }
}
