import { expect, test } from './fixtures/test'
import { blockOffsiteRequests } from './fixtures/pages/offsiteGuard'

/**
 * The Handler panel's editor is Monaco from the app's own bundle, with the real aws-lambda typings:
 * a wrong field of DynamoDBStreamEvent is a type error, IntelliSense offers the right one, and no
 * request ever leaves the page's origin (each one would be routed, aborted and counted).
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
  playback,
  handler,
}) => {
  const blocked = await blockOffsiteRequests(page, baseURL)
  await playback.open()
  await handler.showEditor()

  await handler.language('typescript').click()
  await expect(handler.language('typescript')).toHaveAttribute('aria-pressed', 'true')
  // The unchanged poison-pill template follows in TypeScript, typed, with no diagnostics.
  await expect(handler.lines).toContainText('DynamoDBStreamHandler')
  await handler.setCode(code)
  await expect(handler.lines).toContainText('DynamoDBStreamEvent')
  // The first TypeScript check starts a cold worker (the compiler, lib.d.ts, the aws-lambda typings) while the
  // JavaScript one, started with the editor, still runs: 17 s measured on the shared 2-core machine at load 29.
  await expect(handler.diagnostics).toContainText(
    [
      "error line 4, column 21: Property 'records' does not exist on type 'DynamoDBStreamEvent'. Did you mean 'Records'?",
    ],
    { timeout: 45_000 },
  )

  await handler.pasteAtEnd('\nexport const count = (e: DynamoDBStreamEvent) => e')
  await handler.typeAtEnd('.Rec')
  // Every keystroke lands (a controlled-value race once dropped some), and IntelliSense knows the type.
  await expect(handler.lines).toContainText('(e: DynamoDBStreamEvent) => e.Rec')
  await expect(handler.suggestions.getByText('Records', { exact: true })).toBeVisible()

  expect(blocked).toEqual([])
})
