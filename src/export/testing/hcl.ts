import { createRequire } from 'node:module'

/**
 * HashiCorp's HCL parser (hcl/v2 compiled to WebAssembly, in @cdktn/hcl2json), loaded without its typings:
 * they pull in the DOM library (`/// <reference lib="dom" />`), which would retype Node's globals in every test.
 */
export const parseHcl = (
  createRequire(import.meta.url)('@cdktn/hcl2json') as {
    parse: (fileName: string, text: string) => Promise<unknown>
  }
).parse
