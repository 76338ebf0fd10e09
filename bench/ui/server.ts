/** A `vite preview` of dist/ on a free port, started and stopped by the benchmark itself. */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer at ${url} within 30 s`)
}

export interface Preview {
  readonly url: string
  stop(): void
}

export async function startPreview(): Promise<Preview> {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  )
  const url = `http://127.0.0.1:${port}`
  try {
    await waitUntilServing(url, child)
  } catch (error) {
    child.kill()
    throw error
  }
  return { url, stop: () => child.kill() }
}
