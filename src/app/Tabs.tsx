import './tabs.css'
import { lazy, Suspense, useRef } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { FunctionForm, MappingForm } from '../features/config'
import { MetricsPanel } from '../features/metrics'
import { RolePanel } from '../features/role'
import { TablePanel } from '../features/table'
import { selectTab, useAppActions, useAppStore } from '../store'
import type { PanelTab } from '../store'
import { tabAfterKey } from './tabKeys'

const TABS: readonly { id: PanelTab; label: string }[] = [
  { id: 'table', label: 'Table' },
  { id: 'mapping', label: 'Mapping settings' },
  { id: 'function', label: 'Function' },
  { id: 'role', label: 'Execution role' },
  { id: 'filters', label: 'Filter lab' },
  { id: 'metrics', label: 'Metrics' },
  { id: 'console', label: 'Console' },
]
const IDS = TABS.map((t) => t.id)

/**
 * The Console (and its CLI completion) and the filter lab load when their tab first opens:
 * they stay out of the first load, whose budget is spent.
 */
const ConsolePanel = lazy(() =>
  import('../features/console').then((m) => ({ default: m.ConsolePanel })),
)
const FilterLab = lazy(() =>
  import('../features/filterLab/FilterLab').then((m) => ({ default: m.FilterLab })),
)

function Later({ what, children }: { what: string; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="muted" aria-busy="true">
          Loading {what}…
        </p>
      }
    >
      {children}
    </Suspense>
  )
}

/**
 * The left column: one of table, mapping, function, execution role, filter lab and metrics, as tabs. WAI-ARIA tabs pattern with
 * automatic activation: only the selected tab is in the Tab order; ← → Home End move between tabs.
 */
export function Tabs() {
  const tab = useAppStore(selectTab)
  const { setTab } = useAppActions()
  const buttons = useRef(new Map<PanelTab, HTMLButtonElement>())

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = tabAfterKey(IDS, tab, event.key)
    if (next === undefined) return
    event.preventDefault()
    setTab(next)
    buttons.current.get(next)?.focus()
  }

  return (
    <div className="tabs">
      <div className="tabs__list" role="tablist" aria-label="Scenario" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) buttons.current.set(t.id, el)
              else buttons.current.delete(t.id)
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
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
        tabIndex={0}
        className="tabs__panel"
      >
        {tab === 'table' && <TablePanel />}
        {tab === 'mapping' && <MappingForm />}
        {tab === 'function' && <FunctionForm />}
        {tab === 'role' && <RolePanel />}
        {tab === 'filters' && (
          <Later what="the filter lab">
            <FilterLab />
          </Later>
        )}
        {tab === 'metrics' && <MetricsPanel />}
        {tab === 'console' && (
          <Later what="the console">
            <ConsolePanel />
          </Later>
        )}
      </div>
    </div>
  )
}
