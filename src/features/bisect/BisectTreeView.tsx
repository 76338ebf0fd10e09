import { useRef, useState, type KeyboardEvent } from 'react'
import type { BisectTree } from '../../store'
import { describeNode, describeTree, isolatedNodes } from './bisectWords'
import { treeKey, type TreeFocus } from './treeKeys'

/** A node's look: split (failed and halved), succeeded, failed for good, or still going. */
function nodeKind(tree: BisectTree, n: number, isolated: ReadonlySet<number>): string {
  const node = tree.nodes[n]
  if (isolated.has(n)) return 'isolated'
  if (node.children.length > 0) return 'split'
  if (node.fate === 'processed') return 'ok'
  if (node.fate !== undefined) return 'failed'
  return node.attempts.length === 0 ? 'waiting' : 'running'
}

/**
 * One bisect as a WAI-ARIA tree view: arrow keys move and fold, one node is in the Tab order (roving
 * tabindex), every node expanded to start with.
 */
export function BisectTreeView(props: { tree: BisectTree; labels: ReadonlyMap<number, string> }) {
  const { tree, labels } = props
  const [state, setState] = useState<TreeFocus>({ focused: 0, collapsed: new Set() })
  const items = useRef(new Map<number, HTMLLIElement>())
  const isolated = new Set(isolatedNodes(tree))
  const id = `bisect.${tree.ordinal}`

  const onKeyDown = (event: KeyboardEvent) => {
    const next = treeKey(tree, state, event.key)
    if (next === undefined) return
    event.preventDefault()
    setState(next)
    items.current.get(next.focused)?.focus()
  }

  const renderNode = (n: number) => {
    const node = tree.nodes[n]
    const expanded = node.children.length > 0 ? !state.collapsed.has(n) : undefined
    const labelId = `${id}.node.${n}.label`
    return (
      <li
        key={n}
        role="treeitem"
        aria-level={node.level}
        aria-expanded={expanded}
        aria-labelledby={labelId}
        tabIndex={state.focused === n ? 0 : -1}
        data-testid={`${id}.node.${n}`}
        ref={(el) => {
          if (el) items.current.set(n, el)
          else items.current.delete(n)
        }}
        onFocus={(event) => {
          if (event.target === event.currentTarget) setState((s) => ({ ...s, focused: n }))
        }}
        className="bisect__item"
      >
        <span
          id={labelId}
          data-testid={labelId}
          className={`bisect__node bisect__node--${nodeKind(tree, n, isolated)}`}
        >
          {describeNode(tree, node, labels)}
        </span>
        {expanded && (
          <ul role="group" className="bisect__group">
            {node.children.map(renderNode)}
          </ul>
        )}
      </li>
    )
  }

  return (
    <ul
      role="tree"
      aria-label={describeTree(tree)}
      className="bisect__tree"
      data-testid={id}
      onKeyDown={onKeyDown}
    >
      {renderNode(0)}
    </ul>
  )
}
