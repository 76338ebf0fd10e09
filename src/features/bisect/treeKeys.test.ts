import { describe, expect, it } from 'vitest'
import { EMPTY_BISECTS, foldBisects } from '../../store/bisectTrees'
import { BISECT_EVENTS } from '../../store/testing/bisectEvents'
import { treeKey, visibleNodes, type TreeFocus } from './treeKeys'

const tree = foldBisects(EMPTY_BISECTS, BISECT_EVENTS).trees[0]

function press(keys: string[], start: TreeFocus = { focused: 0, collapsed: new Set() }) {
  return keys.reduce((state, key) => treeKey(tree, state, key) ?? state, start)
}

describe('bisect tree keys (WAI-ARIA tree view pattern)', () => {
  it('shows nodes depth first: root, left half, right half and its halves', () => {
    expect(visibleNodes(tree, new Set())).toEqual([0, 1, 2, 3, 4])
    expect(visibleNodes(tree, new Set([2]))).toEqual([0, 1, 2])
  })

  it('moves down, up, to the ends, and stops at the edges', () => {
    expect(press(['ArrowDown', 'ArrowDown', 'ArrowDown']).focused).toBe(3)
    expect(press(['End', 'ArrowDown']).focused).toBe(4)
    expect(press(['End', 'Home', 'ArrowUp']).focused).toBe(0)
  })

  it('Left folds an open node, then goes to the parent; Right opens, then goes to the first child', () => {
    const folded = press(['End', 'ArrowLeft', 'ArrowLeft'])
    expect(folded.focused).toBe(2)
    expect([...folded.collapsed]).toEqual([2])
    expect(press(['ArrowDown'], folded).focused).toBe(2)
    const opened = press(['ArrowRight'], folded)
    expect([...opened.collapsed]).toEqual([])
    expect(press(['ArrowRight'], opened).focused).toBe(3)
  })

  it('leaves other keys to the page', () => {
    expect(treeKey(tree, { focused: 0, collapsed: new Set() }, 'a')).toBeUndefined()
  })
})
