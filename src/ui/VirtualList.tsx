import './virtualList.css'
import { useRef, useState } from 'react'
import type { ReactNode } from 'react'
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
  renderRow: (item: T, index: number) => ReactNode
}) {
  const { items, rowHeight, height, renderRow } = props
  const ref = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const tail = useFollowTail(ref, items.length, props.follow === true)
  const viewHeight = Math.min(height, Math.max(rowHeight, items.length * rowHeight))
  const overscan = 8
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan)
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan)
  const rows: ReactNode[] = []
  for (let i = first; i < last; i++) {
    rows.push(
      <div
        key={i}
        role="listitem"
        className="vlist__row"
        style={{ top: i * rowHeight, height: rowHeight }}
      >
        {renderRow(items[i], i)}
      </div>,
    )
  }
  // Rows not wholly in view below the bottom edge (1 px of slack for fractional scroll positions).
  const below = Math.max(0, items.length - Math.floor((scrollTop + viewHeight + 1) / rowHeight))
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
          setScrollTop(e.currentTarget.scrollTop)
          if (props.follow) tail.onScroll(e.currentTarget)
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
