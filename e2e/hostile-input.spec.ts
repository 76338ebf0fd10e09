/**
 * docs/semantics.md D19: input from outside the app gets AWS's error and changes nothing. A handler whose
 * response nests 2,500 levels (a share link made outside the app) fails with the runtime's message in the
 * browser sandbox, where it used to throw in the page and end as a timeout; an item typed as DynamoDB JSON
 * names its malformed attribute.
 */
import { deflateRawSync } from 'node:zlib'
import { SCENARIO_PRESETS } from '../src/scenarios'
import { expectNoPageErrors } from './fixtures/noPageErrors'
import { expect, test } from './fixtures/test'

const DEEP_RESPONSE =
  "export const handler = async () => { let o = 'leaf'; for (let i = 0; i < 2500; i++) o = [o]; return o }"

/** The poison-pill preset (three writes, one batch) running `code`, as a link made outside the app. */
function linkRunning(name: string, code: string): string {
  const preset = SCENARIO_PRESETS['poison-pill']
  const scenario = {
    ...preset,
    name,
    function: { ...preset.function, code },
    mapping: { ...preset.mapping, BatchSize: 100, MaximumRetryAttempts: 0 },
  }
  return `/?e2e=1#s=${deflateRawSync(Buffer.from(JSON.stringify(scenario))).toString('base64url')}`
}

test.describe('hostile input (D19)', () => {
  expectNoPageErrors()

  test('D19: a response nested 2,500 levels fails with "Unable to stringify response body"', async ({
    page,
    gallery,
    playback,
    results,
    inspect,
  }) => {
    const name = 'Hostile: deep response'
    await page.goto(linkRunning(name, DEEP_RESPONSE))
    await expect(gallery.name).toHaveText(name)
    await playback.runToEnd.click()
    await expect(playback.status).toHaveText('finished')
    await expect(results.invocationCount).toHaveAttribute('data-count', '1')
    await inspect.openInvocation(0)
    await expect(inspect.detailsOutcome).toHaveText('error')
    await expect(inspect.detailsError).toHaveText(
      JSON.stringify(
        {
          errorType: 'Error',
          errorMessage: 'Unable to stringify response body',
          trace: ['Error: Unable to stringify response body'],
        },
        null,
        2,
      ),
    )
  })

  test('D19: an item typed as DynamoDB JSON names the attribute that is not DynamoDB JSON, and nothing is written', async ({
    page,
    playback,
    scenario,
  }) => {
    await playback.open()
    await scenario.openTab('table')
    const rows = await page.getByTestId(/^table\.row\.\d+$/).count()
    await page.getByTestId('table.add').click()
    await page.getByTestId('itemEditor.format.dynamodb').check()
    await scenario.itemText.click()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('{"pk": {"S": "order-9"}, "note": {"Text": "hi"}}')
    await page.keyboard.press('Tab')
    await scenario.itemSave.click()
    await expect(page.getByTestId('itemEditor.errors')).toHaveText(
      'item.PutItem.Item.note: ValidationException: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
    )
    await expect(scenario.itemText).toHaveValue('{"pk": {"S": "order-9"}, "note": {"Text": "hi"}}')
    await expect(page.getByTestId(/^table\.row\.\d+$/)).toHaveCount(rows)
  })
})
