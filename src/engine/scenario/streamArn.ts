/** Where the scenario's stream lives, as AWS names it. */
export interface StreamArnParts {
  readonly region: string
  readonly accountId: string
  readonly clockStartMs: number
  readonly table: { readonly tableName: string }
}

/**
 * The stream ARN: `arn:aws:dynamodb:<region>:<account>:table/<TableName>/stream/<label>`, where the label is
 * `clock.start` written as `YYYY-MM-DDTHH:MM:SS.mmm` (no zone), the way AWS stream labels look.
 * Takes a NormalizedScenario or anything with the same fields.
 */
export function streamArnOf(parts: StreamArnParts): string {
  const label = new Date(parts.clockStartMs).toISOString().slice(0, 23)
  return `arn:aws:dynamodb:${parts.region}:${parts.accountId}:table/${parts.table.tableName}/stream/${label}`
}
