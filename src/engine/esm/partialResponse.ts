/**
 * Reading a `ReportBatchItemFailures` response (docs/semantics.md A5, C2). Sequence numbers are compared as numbers.
 *
 * - success: no failures reported (`null`, `{}`, `[]`, `""`, `{"batchItemFailures": []}` or `null`).
 * - partial: checkpoint before the lowest failed record, retry from it (inclusive).
 * - failure: any malformed entry (empty or null identifier, a wrong key, a number, an identifier not in the
 *   batch) fails the whole batch.
 */
export type PartialVerdict =
  | { kind: 'success' }
  | { kind: 'partial'; failedFrom: number }
  | { kind: 'failure'; reason: string }

export function readBatchItemFailures(
  response: unknown,
  sequenceNumbers: readonly string[],
): PartialVerdict {
  if (response === null || typeof response !== 'object' || Array.isArray(response)) {
    return { kind: 'success' }
  }
  const failures = (response as Record<string, unknown>).batchItemFailures
  if (failures === undefined || failures === null) return { kind: 'success' }
  if (!Array.isArray(failures))
    return { kind: 'failure', reason: 'batchItemFailures is not a list' }
  if (failures.length === 0) return { kind: 'success' }
  let lowest: bigint | undefined
  for (const entry of failures) {
    const id: unknown =
      entry !== null && typeof entry === 'object'
        ? (entry as Record<string, unknown>).itemIdentifier
        : undefined
    if (typeof id !== 'string' || id === '' || !/^\d+$/.test(id)) {
      return { kind: 'failure', reason: `invalid itemIdentifier ${JSON.stringify(id ?? null)}` }
    }
    if (!sequenceNumbers.includes(id)) {
      return { kind: 'failure', reason: `itemIdentifier ${id} is not in the batch` }
    }
    const value = BigInt(id)
    if (lowest === undefined || value < lowest) lowest = value
  }
  const failedFrom = sequenceNumbers.findIndex((s) => BigInt(s) === lowest)
  return { kind: 'partial', failedFrom }
}
