import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { DEFAULT_PRESET, SCENARIO_PRESETS } from '../scenarios'
import type { ScenarioPresetName } from '../scenarios'
import { wasHintDismissed } from '../features/onboarding'
import { createBrowserRuntime } from '../runtime'
import { AppStoreContext, PRESET_CATALOG, createAppStore } from '../store'
import { App } from './App'
import { EXAMPLE_CATALOG } from './exampleCatalog'
import { installTestApi } from './testApi'
// After App: these come last in the bundle, so the shared primitives win ties with feature rules.
import '../ui/theme.css'
import '../ui/controls.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

const runtime = createBrowserRuntime()
const store = createAppStore({ runtime, catalog: [...PRESET_CATALOG, ...EXAMPLE_CATALOG] })
const params = new URLSearchParams(location.search)
const asked = params.get('scenario')
const isExample = EXAMPLE_CATALOG.some((e) => e.id === asked)
const preset: ScenarioPresetName =
  asked !== null && asked in SCENARIO_PRESETS ? (asked as ScenarioPresetName) : DEFAULT_PRESET
// A share link wins over ?scenario=; a bad one leaves a banner and the usual default opens.
if (store.getState().openShareLink(location.hash)) {
  // Opened from the link.
} else if (isExample && asked !== null) void store.getState().chooseScenario(asked)
// A preset loads at once (it is in the bundle); an example's chunk is fetched first.
else store.getState().openScenario(SCENARIO_PRESETS[preset], preset)
// A link pasted into the address bar of an open tab only changes the hash: it is offered like an
// import, so edits are never lost without asking.
window.addEventListener('hashchange', () => void store.getState().openShareLink(location.hash))
if (wasHintDismissed()) store.getState().dismissHint()
if (window.matchMedia?.('(prefers-color-scheme: dark)').matches) store.getState().setTheme('dark')
installTestApi(store, location.search, () => runtime.requestReport())

createRoot(container).render(
  <StrictMode>
    <AppStoreContext.Provider value={store}>
      <App />
    </AppStoreContext.Provider>
  </StrictMode>,
)
