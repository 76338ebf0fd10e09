import './virtualList.css'
import { useRef, useState } from 'react'
import type { Key, ReactNode } from 'react'
import { plural } from '../lib/plural'
import { useFollowTail } from './useFollowTail'

/**
 * A fixed-row-height windowed list: only the rows in view (plus a margin) are in the DOM, so 10,000 rows
 * cost as much as 30. Small and ours: no package needed for fixed heights. With `follow`, it stays on the
 * newest rows until the user scrolls up, then says how many are below and offers "Jump to latest".
 */
export function VirtualList<T>(props: {
  items: readonly T[]
  rowHeight: number
  height: number
  label: string
  testId?: string
  follow?: boolean
  /**
   * What identifies an item's row, when items can shift (a list that keeps only the newest): a row keeps its
   * DOM while it stays in view instead of being rewritten with its neighbour's item. The index by default.
   */
  rowKey?: (item: T, index: number) => Key
  renderRow: (item: T, index: number) => ReactNode
}) {
  const { items, rowHeight, height, renderRow, rowKey } = props
  const ref = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const contentHeight = items.length * rowHeight
  const tail = useFollowTail(ref, items.length, props.follow === true, contentHeight)
  const viewHeight = Math.min(height, Math.max(rowHeight, contentHeight))
  // Following, the rows are those at the bottom at once: no second render when the scroll event comes back.
  const following = props.follow === true && tail.following
  const top = following ? Math.max(0, contentHeight - viewHeight) : scrollTop
  // Rows kept beyond the view for a smooth scroll; following, the rows change every frame and nothing
  // scrolls, so only a couple.
  const overscan = following ? 2 : 8
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan)
  const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + overscan)
  const rows: ReactNode[] = []
  for (let i = first; i < last; i++) {
    rows.push(
      <div
        key={rowKey ? rowKey(items[i], i) : i}
        role="listitem"
        className="vlist__row"
        style={{ top: i * rowHeight, height: rowHeight }}
      >
        {renderRow(items[i], i)}
      </div>,
    )
  }
  // Rows not wholly in view below the bottom edge (1 px of slack for fractional scroll positions).
  const below = Math.max(0, items.length - Math.floor((top + viewHeight + 1) / rowHeight))
  return (
    <>
      <div
        ref={ref}
        className="vlist"
        role="list"
        aria-label={props.label}
        data-testid={props.testId}
        tabIndex={0}
        style={{ height: viewHeight }}
        onScroll={(e) => {
          const el = e.currentTarget
          // Our own scroll to the bottom changes nothing drawn: only a scroll elsewhere re-renders.
          if (props.follow && tail.onScroll(el)) return
          setScrollTop(el.scrollTop)
        }}
      >
        <div className="vlist__spacer" style={{ height: items.length * rowHeight }}>
          {rows}
        </div>
      </div>
      {props.follow && !tail.following && below > 0 && (
        <div className="vlist__tail">
          <span data-testid={props.testId && `${props.testId}.below`}>
            {plural(below, 'newer row')} below
          </span>
          <button
            type="button"
            className="button button--small"
            data-testid={props.testId && `${props.testId}.jump`}
            aria-label={`Jump to latest ${props.label}`}
            onClick={tail.jumpToLatest}
          >
            Jump to latest
          </button>
        </div>
      )}
    </>
  )
}
