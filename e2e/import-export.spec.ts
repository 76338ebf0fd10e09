import { readFileSync } from 'node:fs'
import { validateScenario } from '../src/engine'
import { expect, test } from './fixtures/test'

const batchSizeZero =
  "mapping.BatchSize: ValidationException: 1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1"

test('export keeps the edited handler; a bad import shows why and changes nothing', async ({
  gallery,
  handler,
  playback,
}) => {
  await playback.open()
  await handler.showEditor()
  await handler.typeAtEnd('\n// edited before export')
  await expect(handler.lines).toContainText('edited before export')

  const { fileName, file } = await gallery.export()
  // An edited scenario does not pass for the preset it was edited from.
  expect(fileName).toBe('poison-pill-retried-twice-then-sent-to-sqs-edited.json')
  expect(file.name).toBe('Poison pill: retried twice, then sent to SQS (edited)')
  await expect(gallery.name).toHaveText('Poison pill: retried twice, then sent to SQS (edited)')
  expect(validateScenario(file)).toMatchObject({ ok: true })
  expect((file.function as { code: string }).code).toContain('// edited before export')

  const bad = JSON.parse(readFileSync('examples/bisect-poison-pill.json', 'utf8')) as Record<
    string,
    unknown
  >
  bad.mapping = { BatchSize: 0, StartingPosition: 'TRIM_HORIZON' }
  await gallery.import('bad.json', JSON.stringify(bad))
  await expect(gallery.importErrorLines).toHaveText([batchSizeZero])
  await expect(gallery.name).toHaveText(String(file.name))
  await expect(handler.lines).toContainText('edited before export')
  await gallery.dismissErrors.click()
  await expect(gallery.importErrors).toBeHidden()

  await gallery.import('notes.json', 'this is not JSON')
  await expect(gallery.importErrorLines).toHaveText([/^The file is not valid JSON: /])
  await expect(gallery.name).toHaveText(String(file.name))

  // The exported file is the work that is open: it imports back without asking, the edit in it.
  await gallery.import(fileName, JSON.stringify(file))
  await expect(gallery.importErrors).toBeHidden()
  await expect(gallery.select).toHaveValue('')
  await expect(handler.lines).toContainText('edited before export')
  await expect(gallery.confirm).toHaveCount(0)
})
