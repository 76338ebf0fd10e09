/** Public door of the isolated sandbox: the browser's HandlerExecutor (iframe + worker per environment). */
export { createIsolatedExecutor, createSandboxFrameHost } from './createIsolatedExecutor'
export type { SandboxFrameHost } from './createIsolatedExecutor'
export type { IsolatedExecutorOptions } from './environmentExecutor'
export type { SandboxPorts } from './portTransport'
