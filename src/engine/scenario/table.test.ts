import { describe, expect, it } from 'vitest'
import { validateScenario } from './index'
import { baseScenario, STREAM_ARN } from './testFixture'

function tableErrors(patch: Record<string, unknown>) {
  const base = baseScenario()
  const result = validateScenario({ ...base, table: { ...(base.table as object), ...patch } })
  return result.ok ? [] : result.errors
}

describe('table section', () => {
  it('TableName follows DynamoDB rules and messages', () => {
    expect(tableErrors({ TableName: 'ab' })).toContainEqual({
      path: 'table.TableName',
      message:
        "ValidationException: 1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
    })
    expect(tableErrors({ TableName: 'a;' })).toContainEqual({
      path: 'table.TableName',
      message:
        "ValidationException: 2 validation errors detected: Value 'a;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'a;' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
    })
    expect(tableErrors({ TableName: undefined })[0]).toEqual({
      path: 'table.TableName',
      message:
        "ValidationException: The parameter 'TableName' is required but was not present in the request",
    })
  })

  it('KeySchema must agree with AttributeDefinitions (CreateTable messages)', () => {
    expect(tableErrors({ KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }] })).toEqual([
      {
        path: 'table.AttributeDefinitions',
        message:
          'ValidationException: One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions',
      },
    ])
    expect(
      tableErrors({
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      }),
    ).toEqual([
      {
        path: 'table.AttributeDefinitions',
        message:
          'ValidationException: One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [id], AttributeDefinitions: [pk]',
      },
    ])
    expect(
      tableErrors({
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'RANGE' },
          { AttributeName: 'sk', KeyType: 'HASH' },
        ],
      }),
    ).toEqual([
      {
        path: 'table.KeySchema',
        message:
          'ValidationException: Invalid KeySchema: The first KeySchemaElement is not a HASH key type',
      },
    ])
  })

  it('KeyType and AttributeType are enums', () => {
    const errors = tableErrors({
      KeySchema: [{ AttributeName: 'pk', KeyType: 'INVALID' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'X' }],
    })
    expect(errors.slice(0, 2)).toEqual([
      {
        path: 'table.KeySchema[0].KeyType',
        message:
          "ValidationException: 1 validation error detected: Value 'INVALID' at 'keySchema.1.member.keyType' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]",
      },
      {
        path: 'table.AttributeDefinitions[0].AttributeType',
        message:
          "ValidationException: 1 validation error detected: Value 'X' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]",
      },
    ])
  })

  it('a disabled stream means the mapping cannot be created', () => {
    expect(tableErrors({ StreamSpecification: { StreamEnabled: false } })).toEqual([
      {
        path: 'mapping',
        message: `InvalidParameterValueException: Stream not found: ${STREAM_ARN}`,
      },
    ])
    expect(tableErrors({ StreamSpecification: { StreamEnabled: true } })).toContainEqual({
      path: 'table.StreamSpecification',
      message:
        'ValidationException: One or more parameter values were invalid: Table is being created with a stream enabled, UpdateViewType is required',
    })
    expect(
      tableErrors({ StreamSpecification: { StreamEnabled: true, StreamViewType: 'new_image' } }),
    ).toContainEqual({
      path: 'table.StreamSpecification.StreamViewType',
      message:
        "ValidationException: 1 validation error detected: Value 'new_image' at 'streamSpecification.streamViewType' failed to satisfy constraint: Member must satisfy enum value set: [OLD_IMAGE, KEYS_ONLY, NEW_AND_OLD_IMAGES, NEW_IMAGE]",
    })
  })

  it('shards is an integer 1..64 (our own limit), TTL and plain-JSON Items are normalised', () => {
    expect(tableErrors({ shards: 65 })).toEqual([
      {
        path: 'table.shards',
        message:
          'shards must be an integer from 1 to 64 (a limit of this simulator; DynamoDB chooses shard counts itself), got 65',
      },
    ])
    const base = baseScenario()
    const result = validateScenario({
      ...base,
      table: {
        ...(base.table as object),
        shards: 4,
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        Items: [
          { pk: 'a', sk: 1, tags: ['x'] },
          { pk: { S: 'b' }, sk: { N: '2' } },
        ],
      },
    })
    expect(result.ok && result.scenario.table).toMatchObject({
      shards: 4,
      ttlAttribute: 'expiresAt',
      items: [
        { pk: { S: 'a' }, sk: { N: '1' }, tags: { L: [{ S: 'x' }] } },
        { pk: { S: 'b' }, sk: { N: '2' } },
      ],
    })
  })

  it('unknown table keys are botocore-style errors', () => {
    expect(tableErrors({ BillingMod: 'PAY_PER_REQUEST' })).toEqual([
      {
        path: 'table.BillingMod',
        message:
          'Parameter validation failed: Unknown parameter in input: "BillingMod", must be one of: TableName, KeySchema, AttributeDefinitions, StreamSpecification, TimeToLiveSpecification, shards, Items',
      },
    ])
  })
})
