import { expect, test } from './fixtures/test'

const mine = 'exports.handler = async () => "my own code"'

test('switching templates is one undoable edit: Ctrl+Z or Undo brings the user’s code back', async ({
  playback,
  handler,
  page,
}) => {
  await playback.open()
  await handler.showEditor()
  await handler.setCode(mine)
  await expect(handler.lines).toContainText('my own code')

  await handler.useTemplate('slow')
  await expect(handler.lines).toContainText('getRemainingTimeInMillis')
  await expect(handler.templateUndo).toBeVisible()

  await handler.lines.click()
  await page.keyboard.press('Control+z')
  await expect(handler.lines).toContainText('my own code')
  await expect(handler.lines).not.toContainText('getRemainingTimeInMillis')
  // The editor's undo is a real edit: the app's code follows it.
  await expect(handler.templateUndo).toBeHidden()

  await handler.useTemplate('idempotent')
  await expect(handler.lines).toContainText('const done = new Set()')
  await page.getByTestId('handler.templateUndo.undo').click()
  await expect(handler.lines).toContainText('my own code')

  // A template follows the language: TypeScript gets the typed handler.
  await handler.language('typescript').click()
  await handler.useTemplate('tumblingWindow')
  await expect(handler.lines).toContainText('DynamoDBTimeWindowHandler')
  await expect(handler.diagnostics).toHaveCount(0)
})
