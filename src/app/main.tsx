import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { DEFAULT_PRESET, SCENARIO_PRESETS } from '../scenarios'
import type { ScenarioPresetName } from '../scenarios'
import { wasHintDismissed } from '../features/onboarding'
import { findGuide } from '../guides'
import { readShareHash } from '../lib/shareLink'
import { createBrowserRuntime } from '../runtime'
import {
  AppStoreContext,
  PRESET_CATALOG,
  createAppStore,
  keepWorkSaved,
  readSavedWork,
  savedWorkHasEdits,
} from '../store'
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
const actions = store.getState()
const params = new URLSearchParams(location.search)
const asked = params.get('scenario')
const askedId =
  asked !== null && (asked in SCENARIO_PRESETS || EXAMPLE_CATALOG.some((e) => e.id === asked))
    ? asked
    : undefined

const saved = readSavedWork()
if (saved.kind === 'unreadable' || saved.kind === 'unavailable') actions.reportStorage(saved)
const work = saved.kind === 'ok' ? saved.work : undefined
const workHasEdits = work !== undefined && savedWorkHasEdits(work)
const hasLink = readShareHash(location.hash).kind !== 'none'

/**
 * What opens, the first that applies:
 * 1. A share link (`#s=…`): the user clicked it to see it. Over saved work with edits, the saved work
 *    opens and the link is offered in the switch dialog ("Open the shared scenario" / "Keep my work").
 *    A bad link leaves a banner and what follows opens.
 * 2. The work saved in this browser: a reload or a new tab goes on where the user left off.
 * 3. `?scenario=<id>` naming another scenario than the saved work (a link from the docs): it is
 *    offered like a gallery pick, so it asks first over edits.
 * 4. The default preset.
 * Both the link and `?scenario=` are taken out of the address once read: a reload then means "go on
 * with my work", never "open that link again" over it.
 */
function openFirst(): void {
  if (hasLink && !workHasEdits && actions.openShareLink(location.hash)) return
  if (work !== undefined) actions.restoreWork(work)
  if (hasLink && workHasEdits && actions.openShareLink(location.hash)) return
  if (askedId !== undefined && askedId !== work?.galleryId) {
    if (work === undefined && askedId in SCENARIO_PRESETS)
      // A preset loads at once (it is in the bundle); an example's chunk is fetched first.
      actions.openScenario(SCENARIO_PRESETS[askedId as ScenarioPresetName], askedId)
    else void actions.chooseScenario(askedId)
  } else if (work === undefined)
    actions.openScenario(SCENARIO_PRESETS[DEFAULT_PRESET], DEFAULT_PRESET)
}

/** Drops the consumed share link and `?scenario=` from the address (a bad link stays, to be seen). */
function forgetOpened(): void {
  const url = new URL(location.href)
  url.searchParams.delete('scenario')
  url.searchParams.delete('guide')
  if (readShareHash(url.hash).kind !== 'none' && store.getState().gallery.shareError === undefined)
    url.hash = ''
  history.replaceState(history.state, '', url.href.replace(/#$/, ''))
}

openFirst()
// `?guide=<id>` starts a guided scenario over whatever opened (asking first over edits).
const guideId = params.get('guide')
if (guideId !== null && findGuide(guideId) !== undefined) actions.openGuide(guideId)
forgetOpened()
keepWorkSaved(store)
// A link pasted into the address bar of an open tab only changes the hash: it is offered like an
// import, so edits are never lost without asking.
window.addEventListener('hashchange', () => {
  if (store.getState().openShareLink(location.hash)) forgetOpened()
})
if (wasHintDismissed()) actions.dismissHint()
if (window.matchMedia?.('(prefers-color-scheme: dark)').matches) actions.setTheme('dark')
installTestApi(store, location.search, () => runtime.requestReport())

createRoot(container).render(
  <StrictMode>
    <AppStoreContext.Provider value={store}>
      <App />
    </AppStoreContext.Provider>
  </StrictMode>,
)
