import { describe, expect, it } from 'vitest'
import { attributeValueSizeBytes, itemSizeBytes } from './size'

describe('item size (CapacityUnitCalculations)', () => {
  it('reproduces the SizeBytes of the AWS-recorded stream records', () => {
    const keys = { my_partition_key: { S: 'hello world' } }
    const image = { my_partition_key: { S: 'hello world' }, binary_key: { B: 'Zm9vYmFy' } }
    expect(itemSizeBytes(keys) + itemSizeBytes(image)).toBe(70)
    expect(itemSizeBytes({ Username: { S: 'Fred' } })).toBe(12)
    expect(itemSizeBytes({ Id: { N: '101' } })).toBe(5)
    expect(itemSizeBytes({ Message: { S: 'New item!' }, Id: { N: '101' } })).toBe(21)
    expect(itemSizeBytes({ Message: { S: 'This item has changed' }, Id: { N: '101' } })).toBe(33)
  })

  it('sizes a number by its significant digits, ignoring sign and leading/trailing zeros', () => {
    expect(attributeValueSizeBytes({ N: '0' })).toBe(2)
    expect(attributeValueSizeBytes({ N: '-0012.3400' })).toBe(3)
    expect(attributeValueSizeBytes({ N: '1' + '0'.repeat(125) })).toBe(2)
    expect(attributeValueSizeBytes({ N: '1'.repeat(38) + '0'.repeat(88) })).toBe(20)
  })

  it('counts strings in UTF-8 bytes and binaries in decoded bytes', () => {
    expect(attributeValueSizeBytes({ S: 'é€😀' })).toBe(2 + 3 + 4)
    expect(attributeValueSizeBytes({ B: 'Yg==' })).toBe(1)
    expect(attributeValueSizeBytes({ B: '' })).toBe(0)
  })

  it('sizes lists and maps as 3 bytes plus 1 byte per element plus the elements', () => {
    expect(attributeValueSizeBytes({ L: [{ S: 'ab' }, { BOOL: true }] })).toBe(3 + 2 + 1 + 1 + 1)
    expect(attributeValueSizeBytes({ M: { ab: { NULL: true } } })).toBe(3 + 2 + 1 + 1)
    expect(attributeValueSizeBytes({ L: [] })).toBe(3)
  })

  it('sizes sets as the sum of their elements', () => {
    expect(attributeValueSizeBytes({ SS: ['ab', 'c'] })).toBe(3)
    expect(attributeValueSizeBytes({ NS: ['1', '100'] })).toBe(2 + 2)
    expect(attributeValueSizeBytes({ BS: ['Yg==', 'YWI='] })).toBe(3)
  })
})
