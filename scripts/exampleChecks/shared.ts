import type { RunReport } from '../../src/engine'

/**
 * What docs/semantics.md says must happen in each example scenario. Each check names the rule and returns the
 * facts to compare: [what, actual, expected].
 */
export type Fact = [string, unknown, unknown]

type Message = {
  requestContext: { condition: string; approximateInvokeCount: number }
  responseContext?: { functionError: string | null; statusCode: number }
  DDBStreamBatchInfo: { batchSize: number; startSequenceNumber: string; endSequenceNumber: string }
}
export const msg = (report: RunReport, i: number) =>
  report.destinations[i]?.message as unknown as Message
export const dynamodbOf = (report: RunReport, inv: number) =>
  (report.invocations[inv].event as { Records: Array<{ dynamodb: Record<string, unknown> }> })
    .Records[0].dynamodb
export const fates = (report: RunReport) => report.records.map((r) => r.fate)
