import { describe, expect, it } from 'vitest'
import {
  addDecimal,
  canonicalNumber,
  decimalOf,
  formatDecimal,
  parseDecimal,
  subtractDecimal,
} from './decimal'

const add = (a: string, b: string) => formatDecimal(addDecimal(decimalOf(a), decimalOf(b)))
const sub = (a: string, b: string) => formatDecimal(subtractDecimal(decimalOf(a), decimalOf(b)))
const error = (text: string) => {
  const parsed = parseDecimal(text)
  return parsed.ok ? undefined : parsed.message
}

describe('DynamoDB numbers', () => {
  it('adds exactly, without float rounding', () => {
    expect(add('0.1', '0.2')).toBe('0.3')
    expect(add('12345678901234567890123456789012345678', '1')).toBe(
      '12345678901234567890123456789012345679',
    )
    expect(sub('1', '1.5')).toBe('-0.5')
    expect(sub('5', '5')).toBe('0')
  })

  it('stores numbers in canonical form (as GetItem returns them)', () => {
    expect(canonicalNumber('-0015.789e6')).toBe('-15789000')
    expect(canonicalNumber('0001.000e-3')).toBe('0.001')
    expect(canonicalNumber('1.0')).toBe('1')
    expect(canonicalNumber('-0')).toBe('0')
  })

  it('rejects what DynamoDB cannot convert or store, with its messages', () => {
    expect(error('')).toBe('The parameter cannot be converted to a numeric value')
    expect(error('b')).toBe('The parameter cannot be converted to a numeric value: b')
    expect(error('123456789012345678901234567890123456789')).toBe(
      'Attempting to store more than 38 significant digits in a Number',
    )
    expect(error('1e126')).toBe(
      'Number overflow. Attempting to store a number with magnitude larger than supported range',
    )
    expect(error('-1e-131')).toBe(
      'Number underflow. Attempting to store a number with magnitude smaller than supported range',
    )
    expect(error('9.9999999999999999999999999999999999999e125')).toBeUndefined()
    expect(error('1e-130')).toBeUndefined()
  })
})
