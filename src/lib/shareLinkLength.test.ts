/** Every built-in scenario fits in a link that chat and issue trackers keep whole (docs/scenario-format.md §5). */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SCENARIO_PRESETS } from '../scenarios'
import { encodeShareHash, LINK_LIMIT } from './shareLink'

/** Room left for the app's own address before the fragment (`https://<host>/<path>/`). */
const ADDRESS_ALLOWANCE = 100

const EXAMPLES = new URL('../../examples/', import.meta.url)
const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'))
const builtIn: [string, unknown][] = [
  ...examples.map((name): [string, unknown] => [
    `examples/${name}`,
    JSON.parse(readFileSync(new URL(name, EXAMPLES), 'utf8')),
  ]),
  ...Object.entries(SCENARIO_PRESETS).map(([id, file]): [string, unknown] => [
    `preset ${id}`,
    file,
  ]),
]

describe('built-in scenarios make short links', () => {
  it('finds every example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(14)
  })

  it.each(builtIn)(`%s: the link is at most ${LINK_LIMIT} characters`, (_, file) => {
    const fragment = encodeShareHash(file)
    expect(fragment.length + ADDRESS_ALLOWANCE).toBeLessThanOrEqual(LINK_LIMIT)
  })
})
