/**
 * Keyboard of the WAI-ARIA tree view pattern, as a pure function: which node gets focus and which nodes
 * are collapsed after a key. Pure so that the tree's behaviour is tested without a browser.
 */
import type { BisectTree } from '../../store/bisectTrees'

export interface TreeFocus {
  readonly focused: number
  readonly collapsed: ReadonlySet<number>
}

/** Node indexes in the order they are shown: depth first, children of collapsed nodes left out. */
export function visibleNodes(tree: BisectTree, collapsed: ReadonlySet<number>): number[] {
  const out: number[] = []
  const visit = (n: number) => {
    out.push(n)
    if (!collapsed.has(n)) for (const child of tree.nodes[n].children) visit(child)
  }
  visit(0)
  return out
}

function parentOf(tree: BisectTree, n: number): number | undefined {
  const parent = tree.nodes.findIndex((node) => node.children.includes(n))
  return parent < 0 ? undefined : parent
}

/** The state after `key`, or undefined when the tree does not use that key. */
export function treeKey(tree: BisectTree, state: TreeFocus, key: string): TreeFocus | undefined {
  const { focused, collapsed } = state
  const shown = visibleNodes(tree, collapsed)
  const at = shown.indexOf(focused)
  const hasChildren = tree.nodes[focused].children.length > 0
  const move = (n: number | undefined) => (n === undefined ? state : { focused: n, collapsed })
  switch (key) {
    case 'ArrowDown':
      return move(shown[Math.min(shown.length - 1, at + 1)])
    case 'ArrowUp':
      return move(shown[Math.max(0, at - 1)])
    case 'Home':
      return move(shown[0])
    case 'End':
      return move(shown[shown.length - 1])
    case 'ArrowRight':
      if (!hasChildren) return state
      if (collapsed.has(focused)) return { focused, collapsed: without(collapsed, focused) }
      return move(tree.nodes[focused].children[0])
    case 'ArrowLeft':
      if (hasChildren && !collapsed.has(focused))
        return { focused, collapsed: new Set([...collapsed, focused]) }
      return move(parentOf(tree, focused))
    default:
      return undefined
  }
}

function without(set: ReadonlySet<number>, n: number): Set<number> {
  const copy = new Set(set)
  copy.delete(n)
  return copy
}
