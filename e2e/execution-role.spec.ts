import { seriousAxeFindings } from './fixtures/axe'
import { expect, test } from './fixtures/test'

// Issue 12, "Execution role": removing dynamodb:GetRecords stops processing with AWS's reason (docs/semantics.md D17).

const STREAM_ARN =
  'arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2026-01-01T00:00:00.000'
const STREAM_ACTIONS = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
]
const LOG_ACTIONS = ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents']
/** The AWSLambdaDynamoDBExecutionRole managed policy's statement, as AWS publishes it (v1). */
const MANAGED = { Effect: 'Allow', Action: [...STREAM_ACTIONS, ...LOG_ACTIONS], Resource: '*' }
const QUEUE = {
  Effect: 'Allow',
  Action: ['sqs:SendMessage'],
  Resource: 'arn:aws:sqs:us-east-1:123456789012:orders-dlq',
}
const REASON =
  `CreateEventSourceMapping failed: InvalidParameterValueException: Cannot access stream ${STREAM_ARN}. ` +
  'Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, and ListStreams Actions on your stream in IAM.'

test('D17: the policy is the managed one; without dynamodb:GetRecords the mapping is refused with AWS’s reason and nothing is invoked', async ({
  page,
  playback,
  scenario,
  role,
  results,
  narration,
}) => {
  await playback.open()
  await scenario.openTab('role')
  expect(await role.policyJson()).toEqual({ Version: '2012-10-17', Statement: [MANAGED, QUEUE] })
  await expect(role.action('dynamodb:GetRecords')).toBeChecked()
  // Copy policy puts exactly the JSON shown on the clipboard.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await role.copy.click()
  await expect(role.copyStatus).toHaveText('Copied.')
  const readClipboard = () =>
    (
      globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
    ).navigator.clipboard.readText()
  expect(await page.evaluate(readClipboard)).toBe(await role.policy.textContent())

  // Unticked before Play: the role CreateEventSourceMapping sees.
  await role.action('dynamodb:GetRecords').click()
  await expect(role.action('dynamodb:GetRecords')).not.toBeChecked()
  const without = MANAGED.Action.filter((a) => a !== 'dynamodb:GetRecords')
  expect(await role.policyJson()).toEqual({
    Version: '2012-10-17',
    Statement: [{ ...MANAGED, Action: without }, QUEUE],
  })

  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await expect(role.pipelineProblem).toHaveText(REASON)
  await expect(role.problem).toHaveText(REASON)
  await expect(narration.texts).toHaveText([
    `${REASON} The mapping was not created, so nothing is read.`,
  ])
  await expect(results.invocationCount).toHaveAttribute('data-count', '0')
  // The tab with its problem shown passes axe (WCAG 2.1 AA), as every other tab does (accessibility.spec).
  expect(await seriousAxeFindings(page)).toEqual([])

  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 1000 })
    await page.screenshot({
      path: test.info().outputPath(`execution-role-${width}.png`),
      fullPage: true,
    })
  }
})
