import { validateScenario } from '../scenario'
import type { NormalizedScenario } from '../model/scenario'

/** A small valid scenario file (docs/scenario-format.md §1) that tests change field by field. */
export function scenarioFile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const {
    table,
    mapping,
    function: fn,
    ...rest
  } = overrides as {
    table?: Record<string, unknown>
    mapping?: Record<string, unknown>
    function?: Record<string, unknown>
  }
  return {
    format: 'dynamodb-lambda-playground/scenario',
    version: 1,
    name: 'test',
    seed: 7,
    durationSeconds: 60,
    table: {
      TableName: 'Orders',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      ...table,
    },
    writes: [],
    function: {
      FunctionName: 'stream-handler',
      code: 'export const handler = async () => {}',
      ...fn,
    },
    mapping: { StartingPosition: 'TRIM_HORIZON', ...mapping },
    ...rest,
  }
}

/** Validates a scenario file for a test; a test scenario that does not validate is a bug in the test. */
export function normalized(file: Record<string, unknown>): NormalizedScenario {
  const result = validateScenario(file)
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'))
  return result.scenario
}

/** `count` PutItem writes of items `{pk: "<prefix><i>"}`, one every `intervalMs` from `atMs`. */
export function puts(
  count: number,
  options: { atMs?: number; intervalMs?: number; prefix?: string } = {},
) {
  const { atMs = 0, intervalMs = 0, prefix = 'k' } = options
  return Array.from({ length: count }, (_, i) => ({
    atMs: atMs + i * intervalMs,
    PutItem: { Item: { pk: { S: `${prefix}${i}` } } },
  }))
}
