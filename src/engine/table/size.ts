import type { AttributeValue, Item } from '../model/dynamo'
import { decimalOf, significantDigits } from './decimal'
import { utf8Length } from '../../lib/utf8'
import { base64Length } from './values'

/** DynamoDB's item size limit, attribute names included (400 KB). */
export const MAX_ITEM_SIZE_BYTES = 409_600

function numberSize(text: string): number {
  return Math.ceil(significantDigits(decimalOf(text)) / 2) + 1
}

/**
 * Size of one attribute value, per
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html
 */
export function attributeValueSizeBytes(value: AttributeValue): number {
  if ('S' in value) return utf8Length(value.S)
  if ('N' in value) return numberSize(value.N)
  if ('B' in value) return base64Length(value.B)
  if ('BOOL' in value || 'NULL' in value) return 1
  if ('SS' in value) return value.SS.reduce((sum, x) => sum + utf8Length(x), 0)
  if ('NS' in value) return value.NS.reduce((sum, x) => sum + numberSize(x), 0)
  if ('BS' in value) return value.BS.reduce((sum, x) => sum + base64Length(x), 0)
  if ('L' in value) {
    return value.L.reduce((sum, x) => sum + attributeValueSizeBytes(x) + 1, 3)
  }
  return Object.entries(value.M).reduce(
    (sum, [name, x]) => sum + utf8Length(name) + attributeValueSizeBytes(x) + 1,
    3,
  )
}

export function itemSizeBytes(item: Item): number {
  let size = 0
  // Object.keys rather than Object.entries: no pair arrays for the three items sized per stream record.
  for (const name of Object.keys(item))
    size += utf8Length(name) + attributeValueSizeBytes(item[name])
  return size
}
