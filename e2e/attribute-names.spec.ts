import { expect, test } from './fixtures/test'

// Typed key by key into the "Add item" form: attribute names that are also properties of every JS object.
const ADDED = '{"pk":"order-9","__proto__":"p","constructor":"c"}'
const ADDED_SHOWN = '{"pk":{"S":"order-9"},"__proto__":{"S":"p"},"constructor":{"S":"c"}}'
// The record's NewImage as the invocation's event shows it (JSON.parse keeps `__proto__` as a key).
const NEW_IMAGE = `"NewImage": ${JSON.stringify(JSON.parse(ADDED_SHOWN), null, 2).replaceAll('\n', '\n        ')}`

test('attribute names are data: __proto__ and constructor stay in the table row and in the INSERT record (issue 9)', async ({
  playback,
  scenario,
  inspect,
}) => {
  await playback.open()
  // Once the run has started an added item is a timed write, which makes a stream record.
  await playback.step.click()
  await expect(playback.eventCount).not.toHaveAttribute('data-count', '0')
  await scenario.addItem(ADDED)
  await expect(scenario.lastWrite).toHaveText('PutItem made an INSERT record (#0)')
  await expect(scenario.rowItem(3)).toHaveText(ADDED_SHOWN)

  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  // The INSERT record (#0) went in the first batch: its event carries both attributes.
  await inspect.openInvocation(0)
  await expect(inspect.detailsEvent).toContainText(NEW_IMAGE)
})
