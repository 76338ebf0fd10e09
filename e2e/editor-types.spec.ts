import { expect, test } from './fixtures/test'
import { EditorHarness } from './fixtures/pages/EditorHarness'
import { blockOffsiteRequests } from './fixtures/pages/offsiteGuard'

/**
 * The handler editor is Monaco from the app's own bundle, with the real aws-lambda typings: a wrong
 * field of DynamoDBStreamEvent is a type error, IntelliSense offers the right one, and no request
 * ever leaves the page's origin (each one would be routed, aborted and counted).
 */
const code = `import type { DynamoDBStreamEvent, DynamoDBBatchResponse } from 'aws-lambda'

export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  console.log(event.records.length)
  return { batchItemFailures: [] }
}
`

test('the editor loads offline and flags a wrong field of DynamoDBStreamEvent', async ({
  page,
  baseURL,
}) => {
  const blocked = await blockOffsiteRequests(page, baseURL)
  const editor = new EditorHarness(page)

  await editor.open(code)
  await expect(editor.ready).toBeAttached()
  await expect(editor.lines).toContainText('DynamoDBStreamEvent')
  await expect(editor.diagnostics).toContainText([
    "error line 4: Property 'records' does not exist on type 'DynamoDBStreamEvent'. Did you mean 'Records'?",
  ])

  await editor.appendAndType('\nexport const count = (e: DynamoDBStreamEvent) => e', '.Rec')
  // Every keystroke lands (a controlled-value race once dropped some), and IntelliSense knows the type.
  await expect(editor.lines).toContainText('(e: DynamoDBStreamEvent) => e.Rec')
  await expect(editor.suggestions.getByText('Records', { exact: true })).toBeVisible()

  expect(blocked).toEqual([])
})
