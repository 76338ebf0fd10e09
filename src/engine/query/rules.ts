import type { RuleId } from '../model/events'
import type { DocRuleId } from '../rules'

/**
 * The rules of docs/semantics.md behind each step the engine explains: the AWS rule first, then our decision
 * where AWS leaves a detail open. Their titles, firmness and sources are data (engine/rules).
 */
export const RULES: Record<RuleId, readonly DocRuleId[]> = {
  'write.noop': ['A1.3'],
  'write.rejected': ['A1.9'],
  'stream.startingPosition': ['A3.1'],
  'stream.retention': ['A1.5'],
  'poll.read': ['A2.1', 'D2'],
  'filter.match': ['A8.2', 'C17'],
  'batch.window': ['A2.2', 'D2'],
  'batch.size': ['A2.3'],
  'batch.payload': ['A2.2', 'D2'],
  'retry.backoff': ['C7'],
  'retry.exhausted': ['A4.3'],
  'retry.throttle': ['A4.2', 'D7'],
  'age.exceeded': ['A4.5', 'C11'],
  'bisect.split': ['A4.6', 'C1'],
  'partial.checkpoint': ['A5.2'],
  'success.checkpoint': ['A5.1'],
  'destination.delivered': ['A6.2'],
  'destination.none': ['A4.2', 'D12'],
  'window.final': ['A7.5', 'C8'],
  'role.denied': ['A6.1', 'D17'],
}
