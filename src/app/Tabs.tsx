import './tabs.css'
import { FunctionForm, MappingForm } from '../features/config'
import { FilterLab } from '../features/filterLab'
import { TablePanel } from '../features/table'
import { selectTab, useAppActions, useAppStore } from '../store'
import type { PanelTab } from '../store'

const TABS: readonly { id: PanelTab; label: string }[] = [
  { id: 'table', label: 'Table' },
  { id: 'mapping', label: 'Mapping settings' },
  { id: 'function', label: 'Function' },
  { id: 'filters', label: 'Filter lab' },
]

/** The left column: one of table, mapping, function and filter lab, as tabs. */
export function Tabs() {
  const tab = useAppStore(selectTab)
  const { setTab } = useAppActions()
  return (
    <div className="tabs">
      <div role="tablist" aria-label="Scenario">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            data-testid={`tab.${t.id}`}
            className="tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`tabpanel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className="tabs__panel"
      >
        {tab === 'table' && <TablePanel />}
        {tab === 'mapping' && <MappingForm />}
        {tab === 'function' && <FunctionForm />}
        {tab === 'filters' && <FilterLab />}
      </div>
    </div>
  )
}
