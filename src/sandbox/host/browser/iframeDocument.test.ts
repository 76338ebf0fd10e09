import { describe, expect, it } from 'vitest'
import { createIframeDocument, SANDBOX_CSP, SANDBOX_IFRAME_FLAGS } from './iframeDocument'

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? '', values]),
  )
}

describe('the sandbox iframe document', () => {
  it('keeps the iframe in an opaque origin: scripts only, never allow-same-origin', () => {
    expect(SANDBOX_IFRAME_FLAGS.split(' ')).toEqual(['allow-scripts'])
  })

  it('forbids every network fetch and admits scripts only inline, by eval and from blob:', () => {
    const csp = directives(SANDBOX_CSP)
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('connect-src')).toEqual(["'none'"])
    expect(csp.get('script-src')).toEqual(["'unsafe-inline'", "'unsafe-eval'", 'blob:'])
    expect(csp.get('worker-src')).toEqual(['blob:'])
    expect(SANDBOX_CSP).not.toMatch(/https?:|\*|'self'|data:/)
  })

  it('declares the CSP before its only script, so the script already runs under it', () => {
    const html = createIframeDocument()
    const meta = html.indexOf('http-equiv="Content-Security-Policy"')
    expect(meta).toBeGreaterThan(-1)
    expect(meta).toBeLessThan(html.indexOf('<script>'))
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).not.toMatch(/\bsrc=/)
  })
})
