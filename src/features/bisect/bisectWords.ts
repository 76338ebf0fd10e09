/**
 * A bisect tree in words: each node's records, attempts and outcome, and the record isolated in the end
 * (docs/semantics.md A4.6). Pure; the tree calls it with the labels of the records the store holds.
 */
// Module paths, not the store's index: these words stay free of the browser (Node runs their tests).
import type { BisectNode, BisectTree } from '../../store/bisectTrees'
import { describeInvocationRecords, recordRange } from '../../store/invocationWords'

const DESTINATION_NAME = { sqs: 'SQS', sns: 'SNS', s3: 'S3' } as const

/** `attempt 1`, `attempts 1–3`, `not invoked yet`. */
export function describeAttempts(node: BisectNode): string {
  const { attempts } = node
  if (attempts.length === 0) return 'not invoked yet'
  const first = attempts[0].attempt
  const last = attempts[attempts.length - 1].attempt
  return first === last ? `attempt ${first}` : `attempts ${first}–${last}`
}

/** What became of the node's batch: `failed → split into #0–#1 and #2–#3`, `succeeded`, `sent to SQS`… */
export function describeOutcome(tree: BisectTree, node: BisectNode): string {
  if (node.children.length > 0) {
    const halves = node.children.map((c) => recordRange(tree.nodes[c].recordIndexes))
    return `failed → split into ${halves.join(' and ')}`
  }
  switch (node.fate) {
    case 'processed':
      return 'succeeded'
    case 'destination':
      return node.destination
        ? `failed → sent to ${DESTINATION_NAME[node.destination]}`
        : 'failed → sent to the failure destination'
    case 'dropped':
      return 'failed → discarded (no failure destination)'
    case 'expired':
      return 'expired before it succeeded'
    case 'filtered':
      return 'filtered out'
    case 'skipped':
      return 'skipped'
    case 'pending':
    case undefined:
      break
  }
  const last = node.attempts[node.attempts.length - 1]
  if (last === undefined) return 'waiting for its turn'
  if (last.outcome === 'running') return 'running'
  if (last.outcome === 'success') return 'succeeded'
  return last.outcome === 'timeout' ? 'timed out, retrying' : 'failed, retrying'
}

/** `#0–#3 · order-1, order-2, order-3 (+1) · attempt 1 · failed → split into #0–#1 and #2–#3` */
export function describeNode(
  tree: BisectTree,
  node: BisectNode,
  labels: ReadonlyMap<number, string>,
): string {
  return [
    describeInvocationRecords(node.recordIndexes, labels),
    describeAttempts(node),
    describeOutcome(tree, node),
  ].join(' · ')
}

const FAILED_FATES: ReadonlySet<BisectNode['fate']> = new Set(['destination', 'dropped', 'expired'])

/** Index of each one-record leaf that failed for good: what the bisect isolated. */
export function isolatedNodes(tree: BisectTree): number[] {
  return tree.nodes.flatMap((node, i) =>
    node.children.length === 0 && node.recordIndexes.length === 1 && FAILED_FATES.has(node.fate)
      ? [i]
      : [],
  )
}

/** `#2 (order-3) isolated → sent to SQS` */
export function describeIsolated(
  tree: BisectTree,
  index: number,
  labels: ReadonlyMap<number, string>,
): string {
  const node = tree.nodes[index]
  const record = node.recordIndexes[0]
  const label = labels.get(record)
  const outcome = describeOutcome(tree, node).replace(/^failed → /, '')
  return `#${record}${label === undefined ? '' : ` (${label})`} isolated → ${outcome}`
}

/** The tree's accessible name: `Bisect 1: batch #0–#3 of shard 0`. */
export function describeTree(tree: BisectTree): string {
  return `Bisect ${tree.ordinal}: batch ${recordRange(tree.nodes[0].recordIndexes)} of shard ${tree.shard}`
}
