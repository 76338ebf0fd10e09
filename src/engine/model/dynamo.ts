/**
 * DynamoDB JSON, as the DynamoDB API and DynamoDB Streams write it.
 * Binary values (`B`, `BS`) are base64 strings, as they appear in stream records.
 */
export type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { L: AttributeValue[] }
  | { M: Record<string, AttributeValue> }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }

/** An item (or a key) in DynamoDB JSON. Attribute order is kept as written. */
export type Item = Record<string, AttributeValue>

export type KeyAttributeType = 'S' | 'N' | 'B'

export interface KeyAttribute {
  readonly name: string
  readonly type: KeyAttributeType
}

/** The table's primary key: a partition (HASH) key and an optional sort (RANGE) key. */
export interface KeySchema {
  readonly hash: KeyAttribute
  readonly range?: KeyAttribute
}

export type StreamViewType = 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES'

/** A DynamoDB error as the API returns it: `__type` short name and message. */
export interface DynamoError {
  readonly code: 'ValidationException' | 'ConditionalCheckFailedException'
  readonly message: string
}

export interface PutItemRequest {
  Item: Item
  ConditionExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  ExpressionAttributeValues?: Item
}

export interface UpdateItemRequest {
  Key: Item
  UpdateExpression?: string
  ConditionExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  ExpressionAttributeValues?: Item
}

export interface DeleteItemRequest {
  Key: Item
  ConditionExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  ExpressionAttributeValues?: Item
}

/** One write, already normalised to DynamoDB JSON. */
export type WriteRequest =
  | { op: 'PutItem'; request: PutItemRequest }
  | { op: 'UpdateItem'; request: UpdateItemRequest }
  | { op: 'DeleteItem'; request: DeleteItemRequest }

/**
 * What a write did to the table. `changed` is false for a write that leaves the item as it was
 * (DynamoDB writes no stream record then).
 */
export type WriteOutcome =
  | { ok: true; oldItem: Item | undefined; newItem: Item | undefined; changed: boolean }
  | { ok: false; error: DynamoError }
