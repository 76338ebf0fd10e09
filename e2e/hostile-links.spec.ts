/**
 * Issue 9: a crafted share link cannot crash or freeze the page. Each link below is opened as a user
 * would: the first in a fresh tab, the others pasted into the address bar of the open app (only the
 * hash changes, which the app reads like a link it is opened with: src/app/main.tsx), and the last
 * one reloaded; the page shows a bounded message naming the failed stage, throws nothing, and still
 * answers a click within 100 ms.
 */
import { constants, deflateRawSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { boundText } from '../src/lib/boundText'
import { decodeSharePayload } from '../src/lib/shareLink'
import { DEFAULT_PRESET, SCENARIO_PRESETS } from '../src/scenarios'
import { validateScenarioJson } from '../src/store/scenarioFiles'
import { medianClickLatency, waitForIdle } from './fixtures/inputLatency'
import { expect, test } from './fixtures/test'

const PRESET = SCENARIO_PRESETS[DEFAULT_PRESET] as unknown as Record<string, unknown>
/** The error banner's own cut of a line (src/features/gallery/ErrorBanner.tsx). */
const BANNER_LINE_CHARS = 300
const BANNER_LINES = 20

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url')
const linkOfText = (text: string) => b64(deflateRawSync(Buffer.from(text, 'utf8'), { level: 9 }))
const linkOf = (json: unknown) => linkOfText(JSON.stringify(json))
const deep = (levels: number, open: string, close: string) =>
  `${open.repeat(levels)}1${close.repeat(levels)}`

/** `mib` MiB of "a" as full-flushed 1 MiB DEFLATE blocks: tiny to send, huge to inflate. */
function bomb(mib: number): string {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 'a'), {
    level: 9,
    finishFlush: constants.Z_FULL_FLUSH,
  })
  return b64(Buffer.concat([...Array<Buffer>(mib).fill(block), Buffer.from([3, 0])]))
}

function withTable(field: string, value: unknown): Record<string, unknown> {
  return { ...PRESET, table: { ...(PRESET.table as object), [field]: value } }
}
function withMapping(field: string, value: unknown): Record<string, unknown> {
  return { ...PRESET, mapping: { ...(PRESET.mapping as object), [field]: value } }
}

const valid = linkOf(PRESET)
const flipped = `${valid.slice(0, 40)}${valid[40] === 'A' ? 'B' : 'A'}${valid.slice(41)}`
// 20 MB: under the 32 MiB inflate limit, so these reach validation (a 50 MB one stops at inflate).
const huge = 'a'.repeat(20_000_000)

/** [what the link is, its payload after #s=]. */
const LINKS: readonly (readonly [string, string])[] = [
  ['a 1 GiB deflate bomb', bomb(1024)],
  ['a 40 MiB deflate bomb', bomb(40)],
  ['a truncated bomb', bomb(40).slice(0, 20_000)],
  ['no data', ''],
  ['characters outside base64url', 'abc!!!def'],
  ['a broken %-escape and quotes', '%E0%A4%A"<script>'],
  ['an impossible length', 'abcde'],
  ['random bytes', b64(Buffer.from('not a deflate stream at all, really'))],
  ['a truncated link', valid.slice(0, Math.floor(valid.length / 2))],
  ['a bit flip', flipped],
  ['bytes that are not UTF-8', b64(deflateRawSync(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22])))],
  ['text that is not JSON', linkOfText('{"format": ')],
  ['a JSON array', linkOfText('[]')],
  ['JSON null', linkOfText('null')],
  ['a 20 MB unknown key', linkOf({ ...PRESET, [huge]: 1 })],
  ['a 20 MB TableName', linkOf(withTable('TableName', huge))],
  [
    'a 20 MB filter pattern',
    linkOf(withMapping('FilterCriteria', { Filters: [{ Pattern: huge }] })),
  ],
  [
    'a 20 MB destination',
    linkOf(withMapping('DestinationConfig', { OnFailure: { Destination: huge } })),
  ],
  [
    'a 20 MB FunctionName',
    linkOf({ ...PRESET, function: { ...(PRESET.function as object), FunctionName: huge } }),
  ],
  ['100,000 nested arrays', linkOfText(deep(100_000, '[', ']'))],
  [
    '100,000 nested objects in the description',
    linkOfText(`{"description":${deep(100_000, '{"a":', '}')}}`),
  ],
  [
    '33 nested DynamoDB maps in an item',
    linkOfText(
      JSON.stringify(withTable('Items', ['<item>'])).replace(
        '"<item>"',
        `{"pk":{"S":"a"},"deep":${deep(33, '{"M":{"a":', '}}')}}`,
      ),
    ),
  ],
  [
    'a __proto__ key',
    linkOfText(JSON.stringify(PRESET).replace('{', '{"__proto__":{"polluted":1},')),
  ],
  [
    '10,000 unknown keys',
    linkOf(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))),
  ],
  ['a huge number', linkOfText('{"version": 1e999}')],
]

/** What the banner must show for a payload: the stage and the lines the app derives, as cut on screen. */
function expected(payload: string): { stage: string; lines: string[] } {
  const decoded = decodeSharePayload(payload)
  if (!decoded.ok) return { stage: decoded.stage, lines: [decoded.message] }
  const parsed = validateScenarioJson(decoded.json)
  if (parsed.ok) throw new Error('this link is valid')
  const lines = parsed.errors.slice(0, BANNER_LINES).map((l) => boundText(l, BANNER_LINE_CHARS))
  if (parsed.errors.length > BANNER_LINES)
    lines.push(`… and ${parsed.errors.length - BANNER_LINES} more`)
  return { stage: 'validate', lines }
}

/** Opens `payload` the way a user opens a link: the address bar, then the page loads it. */
async function openLink(page: Page, payload: string): Promise<void> {
  await page.goto('about:blank')
  await pasteLink(page, payload)
}

/** Pastes `payload` into the address bar of the open app: a fresh load from a blank tab, else a hash change. */
async function pasteLink(page: Page, payload: string): Promise<void> {
  await page.goto(`/?e2e=1#s=${payload}`)
}

test(
  'nasty links show a bounded message naming the stage, throw nothing and stay responsive',
  { tag: '@times-input' },
  async ({ page, gallery }) => {
    test.setTimeout(120_000)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const expectTheMessage = async (what: string, payload: string) => {
      const want = expected(payload)
      await expect(gallery.shareError, what).toHaveAttribute('data-stage', want.stage)
      await expect(gallery.shareErrorTitle, what).toBeVisible()
      await gallery.shareErrorDetails.click()
      await expect(gallery.shareErrorLines, what).toHaveText(want.lines)
    }
    await page.goto('about:blank')
    for (const [what, payload] of LINKS) {
      await pasteLink(page, payload)
      await expectTheMessage(what, payload)
      await waitForIdle(page)
      expect(await medianClickLatency(page), what).toBeLessThan(100)
      // Dismissed, so the next link's message is its own, not this one left standing.
      await gallery.shareErrorDismiss.click()
      await expect(gallery.shareError, what).toHaveCount(0)
    }
    // A bad link stays in the address bar: a reload reads it again and says the same.
    const [what, payload] = LINKS[LINKS.length - 1]
    await page.reload()
    await expectTheMessage(`${what}, reloaded`, payload)
    expect(errors).toEqual([])
  },
)

// Times nothing: runs with the other specs, two browsers side by side.
test('a bomb fails at "inflate" with the limit, and a 20 MB key is quoted cut', async ({
  page,
  gallery,
}) => {
  await openLink(page, bomb(1024))
  await gallery.shareErrorDetails.click()
  await expect(gallery.shareErrorDetails).toHaveText(
    'Details: its data could not be inflated (inflate)',
  )
  await expect(gallery.shareErrorLines).toHaveText([
    "The link's data inflates to more than 32 MiB (33,554,432 bytes), the most a link may hold.",
  ])

  // Dismissed first: the next message opens with its details closed, like the first one.
  await gallery.shareErrorDismiss.click()
  await pasteLink(page, linkOf({ ...PRESET, [huge]: 1 }))
  await gallery.shareErrorDetails.click()
  // The key is quoted as its first 100 characters and its length; the banner cuts the line at 300.
  const path = `${'a'.repeat(200)}… (20,000,000 characters)`
  const key = `${'a'.repeat(100)}… (20,000,000 characters)`
  const keys =
    'format, version, name, description, seed, clock, region, accountId, durationSeconds, table, writes, function, mapping, mappingCreatedAtMs, actions, executionRole'
  const line = `${path}: Unknown key "${key}" in the scenario, must be one of: ${keys}`
  await expect(gallery.shareErrorLines).toHaveText([boundText(line, BANNER_LINE_CHARS)])
  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: test.info().outputPath(`huge-key-banner-${width}.png`) })
  }
})

test(
  'a 5 MB scenario name opens, shown cut in the header',
  { tag: '@times-input' },
  async ({ page, gallery, handler }) => {
    await openLink(page, linkOf({ ...PRESET, name: 'N'.repeat(5_000_000) }))
    await expect(gallery.name).toHaveText(`${'N'.repeat(100)}… (5,000,000 characters)`)
    for (const width of [1440, 768]) {
      await page.setViewportSize({ width, height: 900 })
      await page.screenshot({ path: test.info().outputPath(`huge-name-header-${width}.png`) })
    }
    await handler.showEditor()
    // Two copies of 5 MB (the file and its baseline) are more than localStorage holds: once saving has
    // been tried and reported, the page is idle again.
    await expect(gallery.storageNotice).toBeVisible()
    await waitForIdle(page)
    expect(await medianClickLatency(page)).toBeLessThan(100)
  },
)
