/** Provided by workerSourcePlugin.ts: the bundled sandbox worker as one classic script. */
declare module 'virtual:isolated-sandbox-worker' {
  const source: string
  export default source
}
