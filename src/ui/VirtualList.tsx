import './virtualList.css'
import { useState } from 'react'
import type { ReactNode } from 'react'

/**
 * A fixed-row-height windowed list: only the rows in view (plus a margin) are in the DOM, so 10,000 rows
 * cost as much as 30. Small and ours: no package needed for fixed heights.
 */
export function VirtualList<T>(props: {
  items: readonly T[]
  rowHeight: number
  height: number
  label: string
  testId?: string
  renderRow: (item: T, index: number) => ReactNode
}) {
  const { items, rowHeight, height, renderRow } = props
  const [scrollTop, setScrollTop] = useState(0)
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
  return (
    <div
      className="vlist"
      role="list"
      aria-label={props.label}
      data-testid={props.testId}
      tabIndex={0}
      style={{ height: Math.min(height, Math.max(rowHeight, items.length * rowHeight)) }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="vlist__spacer" style={{ height: items.length * rowHeight }}>
        {rows}
      </div>
    </div>
  )
}
