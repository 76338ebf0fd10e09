import { describe, expect, it } from 'vitest'
import { foldBisects, EMPTY_BISECTS } from '../../store/bisectTrees'
import { BISECT_EVENTS } from '../../store/testing/bisectEvents'
import { describeIsolated, describeNode, describeTree, isolatedNodes } from './bisectWords'

const labels = new Map([
  [0, 'order-1'],
  [1, 'order-2'],
  [2, 'order-3'],
  [3, 'order-4'],
])

describe('bisect tree words (docs/semantics.md A4.6)', () => {
  it('labels every node with its records, keys, attempts and outcome', () => {
    const tree = foldBisects(EMPTY_BISECTS, BISECT_EVENTS).trees[0]
    expect(describeTree(tree)).toBe('Bisect 1: batch #0–#3 of shard 0')
    expect(tree.nodes.map((node) => describeNode(tree, node, labels))).toEqual([
      '#0–#3 · order-1, order-2, order-3 (+1) · attempt 1 · failed → split into #0–#1 and #2–#3',
      '#0–#1 · order-1, order-2 · attempt 1 · succeeded',
      '#2–#3 · order-3, order-4 · attempt 1 · failed → split into #2 and #3',
      '#2 · order-3 · attempts 1–3 · failed → sent to SQS',
      '#3 · order-4 · attempt 1 · succeeded',
    ])
  })

  it('names the record the bisect isolated and where it went', () => {
    const tree = foldBisects(EMPTY_BISECTS, BISECT_EVENTS).trees[0]
    expect(isolatedNodes(tree)).toEqual([3])
    expect(describeIsolated(tree, 3, labels)).toBe('#2 (order-3) isolated → sent to SQS')
  })

  it('says what a half is doing while the bisect goes on', () => {
    const tree = foldBisects(EMPTY_BISECTS, BISECT_EVENTS.slice(0, 12)).trees[0]
    expect(tree.nodes.map((node) => describeNode(tree, node, new Map()))).toEqual([
      '#0–#3 · #0, #1, #2 (+1) · attempt 1 · failed → split into #0–#1 and #2–#3',
      '#0–#1 · #0, #1 · attempt 1 · succeeded',
      '#2–#3 · #2, #3 · attempt 1 · failed → split into #2 and #3',
      '#2 · #2 · attempt 1 · failed, retrying',
      '#3 · #3 · not invoked yet · waiting for its turn',
    ])
    expect(isolatedNodes(tree)).toEqual([])
  })
})
