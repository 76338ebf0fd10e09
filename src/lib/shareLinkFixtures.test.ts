/**
 * Old links keep working (docs/scenario-format.md §5): links of today's `#s=` format, frozen in
 * __fixtures__/share-links-v1 and never regenerated, must open exactly the scenario each was made from.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateScenario } from '../engine'
import { decodeShareHash } from './shareLink'

const DIR = new URL('./__fixtures__/share-links-v1/', import.meta.url)
const links = readdirSync(DIR).filter((name) => name.endsWith('.txt'))

function read(name: string): string {
  return readFileSync(new URL(name, DIR), 'utf8')
}

describe('frozen share links (format #s=, scenario version 1)', () => {
  it('holds the app links of every example and preset, and links made by other tools', () => {
    expect(links.length).toBe(20)
    expect(links.filter((name) => name.split('.').length > 2).sort()).toEqual([
      'filters.zlib-level1.txt',
      'record-age.base64-padded.txt',
      'retries-to-sqs.percent-escaped.txt',
      'timeout.zlib-default.txt',
    ])
  })

  it.each(links)('%s opens its frozen scenario, which is still valid', (name) => {
    const scenario = JSON.parse(read(`${name.split('.')[0]}.json`)) as unknown
    const decoded = decodeShareHash(read(name).trim())
    expect(decoded).toEqual({ ok: true, json: scenario })
    expect(validateScenario(scenario)).toMatchObject({ ok: true })
  })
})
