import { expect, test } from './fixtures/test'

/**
 * Issue 8: the handler editor keeps every key it is given. Real keystrokes (spaces, arrows, Home/End,
 * Enter, Tab, Backspace) reach Monaco, never the playback shortcuts (Space = play, → = step), and
 * the text is compared exactly: as drawn, and as Export saves it.
 */
test('typing in the editor keeps spaces and arrows and never starts playback', async ({
  page,
  playback,
  handler,
  gallery,
}) => {
  await playback.open()
  await handler.showEditor()
  await handler.clearWithKeys()
  await expect(handler.input).toBeFocused()
  await expect.poll(() => handler.code()).toBe('')

  await page.keyboard.type('const a = 1')
  await page.keyboard.press('Enter')
  await page.keyboard.type('let b = a + 2')
  await expect.poll(() => handler.code()).toBe('const a = 1\nlet b = a + 2')
  // ↑ from the end of a longer line lands at the end of the shorter one.
  await page.keyboard.press('ArrowUp')
  await page.keyboard.type(';')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
  await page.keyboard.type(';')
  // Home, then → four times: after "let ", which Backspace removes character by character.
  await page.keyboard.press('Home')
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace')
  await page.keyboard.type('const ')
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.type('4')
  await expect.poll(() => handler.code()).toBe('const a = 1;\nconst b = a + 42;')

  // Space and → did not reach the playback shortcuts.
  await expect(playback.status).toHaveText('idle')
  await expect(playback.elapsed).toHaveText('00:00:00.000')
  const { file } = await gallery.export()
  expect((file.function as { code: string }).code).toBe('const a = 1;\nconst b = a + 42;')
})

test('Tab indents; Escape then Tab leaves the editor, Shift+Tab goes back (no keyboard trap)', async ({
  page,
  playback,
  handler,
}) => {
  await playback.open()
  await handler.showEditor()
  await expect(handler.keys).toHaveText(
    'Tab indents · Esc then Tab moves focus out · Ctrl+M makes Tab move focus',
  )
  await handler.clearWithKeys()
  await page.keyboard.type('if (a) {')
  // Monaco closes the brace and indents the new line by itself.
  await page.keyboard.press('Enter')
  await page.keyboard.type('x()')
  await page.keyboard.press('Home')
  await page.keyboard.press('Tab')
  await expect.poll(() => handler.code()).toBe('if (a) {\n    x()\n}')
  await expect(handler.input).toBeFocused()

  // Escape with no widget open: the next Tab moves focus to what follows the editor.
  await page.keyboard.press('Escape')
  await expect(handler.keys).toHaveText('Tab moves focus · Ctrl+M makes Tab indent')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('list', { name: 'Invocations' })).toBeFocused()
  await expect(handler.keys).toHaveText(
    'Tab indents · Esc then Tab moves focus out · Ctrl+M makes Tab move focus',
  )
  await page.keyboard.press('Shift+Tab')
  await expect(handler.input).toBeFocused()

  // Shift+Tab after Escape goes back to the control before the editor.
  await page.keyboard.press('Escape')
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('button', { name: 'Test' })).toBeFocused()

  // Any other key after Escape cancels the way out: Tab indents again.
  await handler.input.focus()
  await page.keyboard.press('Escape')
  await page.keyboard.press('End')
  await page.keyboard.press('Tab')
  await expect(handler.input).toBeFocused()
  await expect.poll(() => handler.code()).toBe('if (a) {\n    x() \n}')
  await expect(playback.status).toHaveText('idle')
})

test('Ctrl+M switches Tab between indenting and moving focus, and the footer says which', async ({
  page,
  playback,
  handler,
}) => {
  await playback.open()
  await handler.showEditor()
  await handler.clearWithKeys()
  await page.keyboard.press('Control+M')
  await expect(handler.keys).toHaveText('Tab moves focus · Ctrl+M makes Tab indent')
  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await handler.keys.scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath(`editor-footer-${width}.png`) })
  }
  await page.keyboard.press('Tab')
  await expect(page.getByRole('list', { name: 'Invocations' })).toBeFocused()
  await expect.poll(() => handler.code()).toBe('')

  await handler.input.focus()
  await page.keyboard.press('Control+M')
  await expect(handler.keys).toHaveText(
    'Tab indents · Esc then Tab moves focus out · Ctrl+M makes Tab move focus',
  )
  await page.keyboard.press('Tab')
  await page.keyboard.type('y')
  await expect(handler.input).toBeFocused()
  await expect.poll(() => handler.code()).toBe('  y')
})

test('Escape that closes the suggestions does not open the way out: the next Tab still indents', async ({
  page,
  playback,
  handler,
}) => {
  await playback.open()
  await handler.showEditor()
  await handler.clearWithKeys()
  await page.keyboard.type('con')
  await expect(handler.suggestions.getByText('console', { exact: true })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(handler.suggestions).toHaveCount(0)
  await expect(handler.keys).toHaveText(
    'Tab indents · Esc then Tab moves focus out · Ctrl+M makes Tab move focus',
  )
  await page.keyboard.press('Tab')
  await expect(handler.input).toBeFocused()
  await expect.poll(() => handler.code()).toBe('con ')
})
