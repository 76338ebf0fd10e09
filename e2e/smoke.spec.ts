import { expect, test } from './fixtures/test'

test('the built page loads offline and says what it is', async ({ app, page, offsiteRequests }) => {
  await app.open()

  await expect(page).toHaveTitle('DynamoDB Streams → Lambda playground')
  await expect(app.title).toHaveText('DynamoDB Streams → Lambda playground')
  await expect(app.ready).toBeVisible()
  expect(offsiteRequests).toEqual([])
})
