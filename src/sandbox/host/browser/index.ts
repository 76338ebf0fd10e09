/** Public door of the isolated sandbox: the browser's HandlerExecutor (iframe + worker per environment). */
export { createIsolatedExecutor } from './createIsolatedExecutor'
export type { IsolatedExecutorOptions } from './environmentExecutor'
