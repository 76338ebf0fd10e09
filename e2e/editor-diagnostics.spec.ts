import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { convertHandlerLanguage, handlerTemplate } from '../src/scenarios'
import type { Handler } from './fixtures/pages/Handler'
import { expect, test } from './fixtures/test'

/**
 * Issue 8: built-in scenarios show no type error or warning, in JavaScript (checked like a checkJs
 * project) and after switching to TypeScript (strict): the toggle turns the JSDoc type into a TS type.
 * An empty Problems list proves nothing until the checker has run, so each check first types an
 * unknown name at the end of the code, sees its error, and deletes it again with Backspace.
 * Every built-in handler is type-checked with the editor's options in src/features/editor/handlerTypeCheck.test.ts;
 * here a preset and an example prove the same holds in the browser's Monaco.
 */
function exampleCode(id: string): string {
  const file = JSON.parse(readFileSync(`examples/${id}.json`, 'utf8')) as {
    function: { code: string }
  }
  return file.function.code
}

async function expectCleanCheck(page: Page, handler: Handler, code: string): Promise<void> {
  await handler.showEditor()
  await handler.lines.click()
  await page.keyboard.press('Control+End')
  // Code ends with a newline: the unknown name lands on the last, empty line.
  await page.keyboard.type('zz ')
  await expect(handler.diagnostics).toHaveText([
    `error line ${code.split('\n').length}, column 1: Cannot find name 'zz'.`,
  ])
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace')
  await expect(handler.diagnostics).toHaveCount(0)
}

const SCENARIOS = [
  {
    name: 'Poison pill: retried twice, then sent to SQS',
    code: handlerTemplate('poisonPill', 'javascript'),
  },
  ...[{ id: 'bisect-poison-pill', name: 'Poison pill isolated by bisect' }].map((example) => ({
    name: example.name,
    code: exampleCode(example.id),
  })),
]

for (const scenario of SCENARIOS) {
  test(`"${scenario.name}" has no diagnostics in JavaScript, nor in TypeScript after the toggle`, async ({
    page,
    playback,
    gallery,
    handler,
  }) => {
    await playback.open()
    await gallery.pick(scenario.name)
    await expect(gallery.name).toHaveText(scenario.name)
    for (const language of ['javascript', 'typescript'] as const) {
      await handler.language(language).click()
      await expect(handler.language(language)).toHaveAttribute('aria-pressed', 'true')
      await expectCleanCheck(page, handler, convertHandlerLanguage(scenario.code, language))
    }
  })
}

// Several problems on one line read apart by their column: `}}}` typed at the end used to list the same
// "error line 13: …" three times.
test('each problem names its line and column: three stray braces are three distinct problems', async ({
  page,
  playback,
  gallery,
  handler,
}) => {
  await playback.open()
  await gallery.pick(SCENARIOS[0].name)
  await expect(gallery.name).toHaveText(SCENARIOS[0].name)
  await handler.showEditor()
  await handler.lines.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('}}}')
  const line = SCENARIOS[0].code.split('\n').length
  await expect(handler.diagnostics).toHaveText(
    [1, 2, 3].map(
      (column) => `error line ${line}, column ${column}: Declaration or statement expected.`,
    ),
  )
})
