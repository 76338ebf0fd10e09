import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { DEFAULT_PRESET, SCENARIO_PRESETS } from '../engine'
import type { ScenarioPresetName } from '../engine'
import { wasHintDismissed } from '../features/onboarding'
import { createBrowserRuntime } from '../runtime'
import { AppStoreContext, createAppStore } from '../store'
import { App } from './App'
import { installTestApi } from './testApi'
// After App: these come last in the bundle, so the shared primitives win ties with feature rules.
import '../ui/theme.css'
import '../ui/controls.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

const runtime = createBrowserRuntime()
const store = createAppStore({ runtime })
const params = new URLSearchParams(location.search)
const asked = params.get('scenario')
const preset: ScenarioPresetName =
  asked !== null && asked in SCENARIO_PRESETS ? (asked as ScenarioPresetName) : DEFAULT_PRESET
store.getState().loadScenario(SCENARIO_PRESETS[preset], preset)
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
