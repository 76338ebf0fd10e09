/**
 * Entry of harness.html: a bare page that mounts the handler editor (`?view=editor`) or drives the
 * isolated sandbox executor (`?view=sandbox`), so e2e tests exercise them apart from the app's UI.
 * Not linked from the app; the bundle budget counts index.html only.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { EditorHarness } from './EditorHarness'
import { SandboxHarness } from './SandboxHarness'

const container = document.getElementById('root')
if (!container) throw new Error('harness.html has no #root element')

// What the app keeps in its own storage: the sandbox tests check that handlers cannot read it.
localStorage.setItem('playground.secret', 'app-secret-7f3c')

const view = new URLSearchParams(location.search).get('view')

createRoot(container).render(
  <StrictMode>{view === 'sandbox' ? <SandboxHarness /> : <EditorHarness />}</StrictMode>,
)
