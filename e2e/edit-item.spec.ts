import { expect, test } from './fixtures/test'

test('editing an item during a run writes it at the current virtual time and shows the MODIFY record', async ({
  playback,
  scenario,
}) => {
  await playback.open()
  await expect(scenario.row(0)).toContainText('"order-1"')
  // Once the run has started an edit is a timed write (before it, it changes the starting table).
  await playback.step.click()
  await expect(playback.eventCount).not.toHaveAttribute('data-count', '0')

  await scenario.editRow(0)
  await expect(scenario.itemText).toHaveValue(/"status": "new"/)
  await scenario.itemText.fill('{ "pk": "order-1", "status": "cancelled", "total": 42 }')
  await scenario.itemSave.click()

  await expect(scenario.lastWrite).toHaveText('PutItem made a MODIFY record (#0)')
  await expect(scenario.row(0)).toContainText('"cancelled"')

  // The same item again changes nothing: DynamoDB writes no stream record for a no-op.
  await scenario.editRow(0)
  await scenario.itemSave.click()
  await expect(scenario.lastWrite).toHaveText('PutItem changed nothing: no stream record')

  // A DynamoDB error shows inline and writes nothing.
  await scenario.editRow(0)
  await scenario.itemText.fill('{ "status": "no key" }')
  await scenario.itemSave.click()
  await expect(scenario.page.getByTestId('itemEditor.errors')).toContainText(
    'ValidationException: One or more parameter values were invalid: Missing the key pk in the item',
  )
})
