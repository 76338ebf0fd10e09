import { streamLabel } from './clock'
import type { NormalizedScenario } from './model/scenario'

/** The run's stream and function ARNs (the stream label is the clock start: our decision). */
export function arnsOf(scenario: NormalizedScenario): { streamArn: string; functionArn: string } {
  const { region, accountId, table, fn, clockStartMs } = scenario
  return {
    streamArn: `arn:aws:dynamodb:${region}:${accountId}:table/${table.tableName}/stream/${streamLabel(clockStartMs)}`,
    functionArn: `arn:aws:lambda:${region}:${accountId}:function:${fn.functionName}`,
  }
}
