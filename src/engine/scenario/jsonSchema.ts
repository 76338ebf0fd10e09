/**
 * The scenario file's JSON Schema (docs/scenario-format.md), built from the validator's own definitions: its key
 * lists, the parameter table and the constants the checks use, so the two cannot drift apart. The schema states
 * the shape (keys, types, enums, ranges, defaults); what only code can check (item sizes, expressions, filter
 * pattern contents, ARNs, rules across fields) stays with validateScenario, which is the authority.
 */
import { ACTION_KINDS, FUNCTION_CODE_KEYS, FUNCTION_CONFIGURATION_KEYS } from './actions'
import { DEFAULT_DURATION_MS, FUNCTION_KEYS, LANGUAGES } from './fn'
import { CREATE_KEYS, UPDATE_KEYS } from './mapping'
import { FUNCTION_PARAMETERS, MAPPING_PARAMETERS, type Parameter } from './parameters'
import { MAX_SHARDS, TABLE_KEYS } from './table'
import { VIEW_TYPES } from './tableStream'
import {
  ACCOUNT_PATTERN,
  DEFAULT_CLOCK_START,
  ISO_UTC,
  REGION_PATTERN,
  SCENARIO_FORMAT,
  TOP_INTEGERS,
  TOP_KEYS,
} from './topLevel'
import { REQUEST_KEYS, WRITE_OPS } from './writeRequest'
import { ROLE_KEYS } from './role'
import { ROLE_ACTIONS } from '../role/permissions'
import { ENTRY_KEYS, MAX_COUNT } from './writes'

type Schema = Record<string, unknown>

const OBJECT = { type: 'object' }
const STRING = { type: 'string' }

/** An object with exactly these keys, typed where `types` says, anything else refused (as the validator does). */
function closed(
  keys: readonly string[],
  types: Record<string, Schema> = {},
  required: string[] = [],
) {
  const properties = Object.fromEntries(keys.map((key) => [key, types[key] ?? {}]))
  return { type: 'object', properties, additionalProperties: false, required }
}

function parameterSchema(p: Parameter): Schema {
  switch (p.type) {
    case 'integer': {
      const range = { type: 'integer', minimum: p.min, maximum: p.max }
      const nullable = p.default === null ? { type: ['integer', 'null'] } : {}
      const base = { ...range, ...nullable, default: p.default }
      if (p.gap === undefined || p.special === undefined) return base
      // e.g. MaximumRecordAgeInSeconds: -1, or from 60 up.
      const { special, gap } = p
      return { ...base, anyOf: [{ const: special.value }, { minimum: gap.from }] }
    }
    case 'boolean':
      return { type: 'boolean', default: p.default }
    case 'enum':
      return { enum: p.options, ...(p.default === undefined ? {} : { default: p.default }) }
    case 'timestamp':
      return { type: ['number', 'string'] }
    case 'list':
      return { type: 'array', items: { enum: p.options }, maxItems: p.maxItems, default: p.default }
    case 'structure':
      return OBJECT
  }
}

function parameters(list: readonly Parameter[]): Record<string, Schema> {
  return Object.fromEntries(list.map((p) => [p.name, parameterSchema(p)]))
}

const mappingTypes = {
  ...parameters(MAPPING_PARAMETERS),
  EventSourceArn: STRING,
  FunctionName: STRING,
}

const writeRequests = Object.fromEntries(
  Object.entries(REQUEST_KEYS).map(([op, keys]) => [op, closed(keys)]),
)

const writeEntry = {
  ...closed(ENTRY_KEYS, {
    atMs: { type: 'integer', minimum: 0 },
    every: closed(
      ['intervalMs', 'count'],
      {
        intervalMs: { type: 'integer', minimum: 1 },
        count: { type: 'integer', minimum: 1, maximum: MAX_COUNT },
      },
      ['intervalMs', 'count'],
    ),
    ...writeRequests,
    put: OBJECT,
    delete: OBJECT,
  }),
  required: ['atMs'],
  // Exactly one request per entry.
  oneOf: WRITE_OPS.map((op) => ({ required: [op] })),
}

const roleSchema = closed(ROLE_KEYS, {
  removed: { type: 'array', items: { enum: ROLE_ACTIONS }, uniqueItems: true, default: [] },
})

const action = {
  ...closed(['atMs', ...ACTION_KINDS], {
    atMs: { type: 'integer', minimum: 0 },
    UpdateEventSourceMapping: closed(UPDATE_KEYS, mappingTypes),
    CreateEventSourceMapping: closed(CREATE_KEYS, mappingTypes, ['StartingPosition']),
    DeleteEventSourceMapping: closed([], {}),
    PutFunctionConcurrency: closed(
      ['ReservedConcurrentExecutions'],
      parameters(FUNCTION_PARAMETERS),
      ['ReservedConcurrentExecutions'],
    ),
    UpdateFunctionCode: closed(
      FUNCTION_CODE_KEYS,
      { code: STRING, language: { enum: LANGUAGES } },
      ['code'],
    ),
    UpdateFunctionConfiguration: closed(
      FUNCTION_CONFIGURATION_KEYS,
      parameters(FUNCTION_PARAMETERS.filter((p) => FUNCTION_CONFIGURATION_KEYS.includes(p.name))),
    ),
    UpdateExecutionRole: roleSchema,
  }),
  required: ['atMs'],
  oneOf: ACTION_KINDS.map((kind) => ({ required: [kind] })),
}

const topIntegers = Object.fromEntries(
  Object.entries(TOP_INTEGERS).map(([key, { default: value, min }]) => [
    key,
    { type: 'integer', minimum: min, default: value },
  ]),
)

export function scenarioJsonSchema(): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'DynamoDB Streams → Lambda playground scenario (version 1)',
    description:
      'Generated from the validator (src/engine/scenario); docs/scenario-format.md describes every field.',
    ...closed(
      TOP_KEYS,
      {
        format: { const: SCENARIO_FORMAT },
        version: { const: 1 },
        name: { ...STRING, default: '' },
        description: { ...STRING, default: '' },
        ...topIntegers,
        clock: closed(['start'], {
          start: { ...STRING, pattern: ISO_UTC.source, default: DEFAULT_CLOCK_START },
        }),
        region: { ...STRING, pattern: REGION_PATTERN.source },
        accountId: { ...STRING, pattern: ACCOUNT_PATTERN.source },
        table: closed(
          TABLE_KEYS,
          {
            TableName: STRING,
            KeySchema: { type: 'array', minItems: 1, maxItems: 2 },
            AttributeDefinitions: { type: 'array' },
            StreamSpecification: {
              ...OBJECT,
              properties: {
                StreamEnabled: { type: 'boolean' },
                StreamViewType: { enum: VIEW_TYPES },
              },
            },
            TimeToLiveSpecification: OBJECT,
            shards: { type: 'integer', minimum: 1, maximum: MAX_SHARDS, default: 1 },
            Items: { type: 'array', items: OBJECT },
          },
          ['TableName', 'KeySchema', 'AttributeDefinitions'],
        ),
        writes: { type: 'array', items: writeEntry },
        function: closed(
          FUNCTION_KEYS,
          {
            ...parameters(FUNCTION_PARAMETERS),
            FunctionName: STRING,
            durationMs: { type: 'integer', minimum: 0, default: DEFAULT_DURATION_MS },
            language: { enum: LANGUAGES, default: LANGUAGES[0] },
            code: STRING,
          },
          ['FunctionName', 'code'],
        ),
        mapping: closed(CREATE_KEYS, mappingTypes, ['StartingPosition']),
        actions: { type: 'array', items: action },
        executionRole: roleSchema,
      },
      ['format', 'version', 'table', 'function', 'mapping'],
    ),
  }
}
