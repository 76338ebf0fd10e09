import { selectTable, useAppActions, useAppStore } from '../../store'
import { VirtualList } from '../../ui/VirtualList'

const ROW_HEIGHT = 30

/** The table's items, windowed: 10,000 rows render as fast as 30. */
export function ItemGrid() {
  const table = useAppStore(selectTable)
  const actions = useAppActions()
  return (
    <VirtualList
      items={table.order}
      rowHeight={ROW_HEIGHT}
      height={ROW_HEIGHT * 10}
      label="Table items"
      testId="table.items"
      renderRow={(id, i) => {
        const json = JSON.stringify(table.items.get(id))
        return (
          <div className="item-row" data-testid={`table.row.${i}`}>
            {/* A long item is cut with "…" to keep rows one line high: hovering shows all of it, Edit opens it. */}
            <code className="item-row__json" title={json}>
              {json}
            </code>
            <button
              type="button"
              className="button button--small"
              data-testid={`table.row.${i}.edit`}
              aria-label={`Edit item ${id}`}
              onClick={() => actions.openItemEditor(id)}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button--small"
              data-testid={`table.row.${i}.delete`}
              aria-label={`Delete item ${id}`}
              onClick={() => actions.deleteItem(id)}
            >
              Delete
            </button>
          </div>
        )
      }}
    />
  )
}
