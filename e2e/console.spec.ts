import { expect, test } from './fixtures/test'

const A = 'a06662b4-82f9-43df-b1e1-fe0a4615e92a'
const B = '1119d49c-7cb4-4ee5-9765-26ac6572658f'
const STREAM = 'arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2026-01-01T00:00:00.000'
const FUNCTION = 'arn:aws:lambda:us-east-1:123456789012:function:order-processor'

/** GetEventSourceMapping as the AWS CLI v2 prints it, members in the API model's order. */
function cliJson(uuid: string, fields: Record<string, unknown>): string {
  const mapping = {
    UUID: uuid,
    StartingPosition: 'LATEST',
    BatchSize: 100,
    MaximumBatchingWindowInSeconds: 0,
    ParallelizationFactor: 1,
    EventSourceArn: STREAM,
    FunctionArn: FUNCTION,
    LastModified: '',
    LastProcessingResult: 'No records processed',
    State: '',
    StateTransitionReason: 'User action',
    DestinationConfig: { OnFailure: {} },
    MaximumRecordAgeInSeconds: -1,
    BisectBatchOnFunctionError: false,
    MaximumRetryAttempts: -1,
    TumblingWindowInSeconds: 0,
    FunctionResponseTypes: [],
    EventSourceMappingArn: `arn:aws:lambda:us-east-1:123456789012:event-source-mapping:${uuid}`,
  }
  return JSON.stringify({ ...mapping, ...fields }, null, 4)
}

// docs/semantics.md D16: the console's create → get → update → delete round trip answers as AWS does, an update
// during Updating answers ResourceInUseException, and the settings panel follows.
test('D16: create → get → update → delete in the Console answer as the AWS CLI v2 prints, and the settings follow', async ({
  page,
  playback,
  scenario,
  cli,
}) => {
  await playback.open()
  await playback.stepToEvent(7)
  await cli.open()
  await expect(cli.region).toBeVisible()

  // The scenario's own mapping goes first (a second one for the same stream and function is refused).
  await cli.run(`aws lambda delete-event-source-mapping --uuid ${A}`)
  await expect(cli.answer(0)).toContainText('"State": "Deleting"')
  while ((await playback.simTimeMs()) < 2_000) await playback.stepOnce()
  await expect(playback.elapsed).toHaveAttribute('data-ms', '2000')
  const at = '2026-01-01T00:00:02+00:00'

  // Tab completes the command name; a backslash continues the command on the next line.
  await cli.command.click()
  await page.keyboard.type('aws lambda cre')
  await page.keyboard.press('Tab')
  await expect(cli.command).toHaveValue('aws lambda create-event-source-mapping ')
  await page.keyboard.type(`--function-name order-processor --starting-position LATEST \\`)
  await page.keyboard.press('Enter')
  await page.keyboard.type(`--event-source-arn ${STREAM}`)
  await page.keyboard.press('Enter')
  await expect(cli.answer(1)).toHaveText(cliJson(B, { LastModified: at, State: 'Creating' }))

  await cli.run(`aws lambda get-event-source-mapping --uuid ${B}`)
  await expect(cli.answer(2)).toHaveText(cliJson(B, { LastModified: at, State: 'Creating' }))
  while ((await playback.simTimeMs()) < 3_000) await playback.stepOnce()

  await cli.run(`aws lambda update-event-source-mapping --uuid ${B} --batch-size 50`)
  await expect(playback.elapsed).toHaveAttribute('data-ms', '3000')
  const updated = '2026-01-01T00:00:03+00:00'
  // The answer still shows the settings in effect: the update applies when Updating ends.
  await expect(cli.answer(3)).toHaveText(cliJson(B, { LastModified: updated, State: 'Updating' }))

  // ↑ recalls the last command; sent again during Updating it is refused.
  await cli.command.click()
  await page.keyboard.press('ArrowUp')
  await expect(cli.command).toHaveValue(
    `aws lambda update-event-source-mapping --uuid ${B} --batch-size 50`,
  )
  await page.keyboard.press('Enter')
  await expect(cli.answer(4)).toHaveText(
    'An error occurred (ResourceInUseException) when calling the UpdateEventSourceMapping operation: Cannot update the event source mapping because it is in use.',
  )

  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await cli.region.scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath(`console-${width}.png`) })
  }

  while ((await playback.simTimeMs()) < 4_000) await playback.stepOnce()
  await scenario.openTab('mapping')
  await expect(scenario.mappingField('BatchSize')).toHaveValue('50')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 50')

  await cli.open()
  await cli.run(`aws lambda delete-event-source-mapping --uuid ${B}`)
  await expect(playback.elapsed).toHaveAttribute('data-ms', '4000')
  await expect(cli.answer(5)).toHaveText(
    cliJson(B, { BatchSize: 50, LastModified: '2026-01-01T00:00:04+00:00', State: 'Deleting' }),
  )
})
