/**
 * The sim worker's JavaScript heap, read over the Chrome DevTools Protocol: Playwright opens CDP sessions on
 * pages only, so the worker's target is attached through the page's session (non-flattened) and its
 * `Runtime.getHeapUsage` goes in a `Target.sendMessageToTarget` envelope. A worker has its own V8 isolate:
 * the page's `performance.memory` does not count it, and `measureUserAgentSpecificMemory` needs cross-origin
 * isolation, which the app does not have.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import type { CDPSession, Page } from '@playwright/test'

export interface WorkerMemory {
  /** Bytes of the worker's JavaScript heap in use, after a garbage collection when `collect` was asked. */
  usedBytes(collect?: boolean): Promise<number>
  /** Writes a heap snapshot of the worker (open it in DevTools' Memory tab). */
  heapSnapshot(file: string): Promise<void>
  /** Any other CDP command to the worker (workerProfile.ts profiles it). */
  send(method: string, params?: object): Promise<Record<string, unknown>>
  close(): Promise<void>
}

interface TargetInfo {
  targetId: string
  type: string
  url: string
}

export async function attachSimWorker(page: Page): Promise<WorkerMemory> {
  const cdp = await page.context().newCDPSession(page)
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }
  const worker = targetInfos.find((t) => t.type === 'worker' && /sim\.worker/.test(t.url))
  if (worker === undefined)
    throw new Error(`no sim worker among ${targetInfos.map((t) => t.url).join(', ')}`)
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  })
  return workerSession(cdp, sessionId)
}

function workerSession(cdp: CDPSession, sessionId: string): WorkerMemory {
  let nextId = 1
  const pending = new Map<number, (result: Record<string, unknown>) => void>()
  /** The open snapshot file while a snapshot is taken: chunks go straight to it (it passes 512 MB). */
  let snapshotFd: number | undefined
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return
    const message = JSON.parse(event.message) as {
      id?: number
      method?: string
      params?: { chunk: string }
      result?: Record<string, unknown>
      error?: { message: string }
    }
    if (message.method === 'HeapProfiler.addHeapSnapshotChunk' && snapshotFd !== undefined)
      writeSync(snapshotFd, message.params?.chunk ?? '')
    if (message.id === undefined) return
    const resolve = pending.get(message.id)
    pending.delete(message.id)
    if (message.error) throw new Error(`worker CDP: ${message.error.message}`)
    resolve?.(message.result ?? {})
  })
  const send = (method: string, params: object = {}) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const id = nextId++
      pending.set(id, resolve)
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      })
    })
  return {
    async usedBytes(collect = false) {
      if (collect) await send('HeapProfiler.collectGarbage')
      const { usedSize } = (await send('Runtime.getHeapUsage')) as { usedSize: number }
      return usedSize
    },
    async heapSnapshot(file) {
      snapshotFd = openSync(file, 'w')
      await send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
      closeSync(snapshotFd)
      snapshotFd = undefined
    },
    send,
    close: () => cdp.detach(),
  }
}
