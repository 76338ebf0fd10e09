/**
 * An in-memory DynamoDB table with DynamoDB's write semantics (PutItem, UpdateItem, DeleteItem,
 * condition and update expressions, TTL) and DynamoDB's ValidationException messages.
 */
export { createTable } from './table'
export type { ApplyOptions, Table, TableConfig } from './table'
export { checkItem, checkWrite } from './validation'
export { checkAttributeMap } from './attributeValues'
export { attributeValueSizeBytes, itemSizeBytes, MAX_ITEM_SIZE_BYTES } from './size'
export { isStoredForm, itemsEqual } from './values'
export { attributeOf, setAttribute } from './attributeMap'
