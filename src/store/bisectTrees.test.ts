import { describe, expect, it } from 'vitest'
import { EMPTY_BISECTS, foldBisects, MAX_BISECT_TREES } from './bisectTrees'
import { BISECT_EVENTS, PARTIAL_EVENTS } from './testing/bisectEvents'

/** Each node as `records: attempts → fate/destination`, children indented: the tree at a glance. */
function outline(events = BISECT_EVENTS, perFrame = events.length): string[] {
  let state = EMPTY_BISECTS
  for (let i = 0; i < events.length; i += perFrame)
    state = foldBisects(state, events.slice(i, i + perFrame))
  return state.trees.flatMap((tree) =>
    tree.nodes.map(
      (node) =>
        `${'  '.repeat(node.level - 1)}${node.recordIndexes.join(',')}: ` +
        `${node.attempts.map((a) => `${a.attempt}${a.outcome}`).join(' ')} → ` +
        `${node.fate ?? '-'}${node.destination ? `/${node.destination}` : ''}` +
        `${node.children.length > 0 ? ` [${node.children.join(',')}]` : ''}`,
    ),
  )
}

describe('foldBisects (docs/semantics.md A4.6)', () => {
  it('builds the bisect example as a tree: root, halves, the isolated record sent to SQS', () => {
    expect(outline()).toEqual([
      '0,1,2,3: 1error → - [1,2]',
      '  0,1: 1success → processed',
      '  2,3: 1error → - [3,4]',
      '    2: 1error 2error 3error → destination/sqs',
      '    3: 1success → processed',
    ])
  })

  it('grows the same tree when events arrive one per frame', () => {
    expect(outline(BISECT_EVENTS, 1)).toEqual(outline(BISECT_EVENTS))
  })

  it('shows a half while it runs, and the tree is done only once every leaf settled', () => {
    const upToSecondSplit = BISECT_EVENTS.slice(0, 10)
    const state = foldBisects(EMPTY_BISECTS, upToSecondSplit)
    expect(state.trees).toHaveLength(1)
    expect(state.trees[0].done).toBe(false)
    expect(state.trees[0].nodes[3].attempts).toEqual([
      { invocationId: 4, attempt: 1, outcome: 'running' },
    ])
    expect(foldBisects(EMPTY_BISECTS, BISECT_EVENTS).trees[0].done).toBe(true)
  })

  it('makes no tree when nothing splits (partial batch responses)', () => {
    expect(foldBisects(EMPTY_BISECTS, PARTIAL_EVENTS).trees).toEqual([])
  })

  it('returns the same state for a frame without invocations', () => {
    const state = foldBisects(EMPTY_BISECTS, BISECT_EVENTS)
    expect(foldBisects(state, [])).toBe(state)
  })

  it('keeps one tree per failed root batch, the newest ones only', () => {
    let state = EMPTY_BISECTS
    for (let i = 0; i < MAX_BISECT_TREES + 2; i++) {
      // The same journal on record indexes of its own, 4 further along each time.
      state = foldBisects(
        state,
        BISECT_EVENTS.map((e) => shift(e, i * 4, i * 10)),
      )
    }
    expect(state.treeCount).toBe(MAX_BISECT_TREES + 2)
    expect(state.trees.map((t) => t.ordinal)).toEqual(
      Array.from({ length: MAX_BISECT_TREES }, (_, i) => i + 3),
    )
    expect(state.trees[0].nodes[0].recordIndexes).toEqual([8, 9, 10, 11])
  })
})

function shift<E extends (typeof BISECT_EVENTS)[number]>(e: E, by: number, ids: number): E {
  const moved = { ...e } as Record<string, unknown>
  if ('recordIndexes' in e) moved.recordIndexes = e.recordIndexes.map((i) => i + by)
  if ('halves' in e) moved.halves = e.halves.map((h) => h.map((i) => i + by))
  if ('invocationId' in e) moved.invocationId = e.invocationId + ids
  return moved as E
}
