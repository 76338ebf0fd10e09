import './app.css'
import { useEffect } from 'react'
import { BisectPanel } from '../features/bisect'
import {
  ImportErrors,
  ScenarioPicker,
  ShareLinkError,
  StorageNotice,
  SwitchDialog,
} from '../features/gallery'
import { GuideCallout, GuideGallery } from '../features/guide'
import { HandlerPanel } from '../features/handler'
import { Narration } from '../features/narration'
import { FirstVisitHint } from '../features/onboarding'
import { PlaybackBar } from '../features/playback'
import { Pipeline, TimeLapse, TIMELAPSE_REDRAW_MS } from '../features/pipeline'
import { RecordsPanel } from '../features/records'
import { ResultsPanel } from '../features/results'
import { MemoryStatus } from '../features/status'
import { ShardView } from '../features/stream'
import { TimelineSlider } from '../features/timeline'
import {
  selectCrash,
  selectLoadErrors,
  selectScenarioName,
  selectTheme,
  useAppActions,
  useAppStore,
} from '../store'
import { Tabs } from './Tabs'

/** Layout only: the features do the work. */
export function App() {
  const theme = useAppStore(selectTheme)
  const name = useAppStore(selectScenarioName)
  const loadErrors = useAppStore(selectLoadErrors)
  const crash = useAppStore(selectCrash)
  const { toggleTheme } = useAppActions()
  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  return (
    <div className="app" data-testid="app.ready">
      <header className="app__header">
        <h1 className="app__title">DynamoDB Streams → Lambda playground</h1>
        {/* The top row's buttons come first in the DOM, so Tab follows the screen (grid areas place them). */}
        <GuideGallery />
        <button
          type="button"
          className="button button--small"
          data-testid="ui.theme"
          onClick={toggleTheme}
          aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}
        >
          {theme === 'dark' ? '☀ Light' : '☾ Dark'}
        </button>
        <span className="muted" data-testid="scenario.name">
          {name}
        </span>
        <ScenarioPicker />
      </header>
      <SwitchDialog />
      <ImportErrors />
      <ShareLinkError />
      <StorageNotice />
      <FirstVisitHint />
      <PlaybackBar />
      <MemoryStatus />
      <TimeLapse phaseMs={TIMELAPSE_REDRAW_MS / 2}>
        <Narration />
      </TimeLapse>
      <GuideCallout />
      {(loadErrors.length > 0 || crash) && (
        <div className="error-banner" role="alert" data-testid="app.error">
          {crash && <p>The simulation stopped: {crash}</p>}
          {loadErrors.map((e) => (
            <p key={e.path + e.message}>
              {e.path}: {e.message}
            </p>
          ))}
        </div>
      )}
      <Pipeline />
      <TimelineSlider />
      {/* While the run plays fast the panels redraw a quarter period apart, after the pipeline (TimeLapse.tsx):
          no animation frame takes more than one of them. */}
      <main className="app__main">
        <div className="app__left">
          <TimeLapse phaseMs={TIMELAPSE_REDRAW_MS / 4}>
            <Tabs />
            <HandlerPanel />
          </TimeLapse>
        </div>
        <div className="app__right">
          <TimeLapse phaseMs={TIMELAPSE_REDRAW_MS / 4}>
            <ShardView />
            <BisectPanel />
          </TimeLapse>
          <TimeLapse phaseMs={TIMELAPSE_REDRAW_MS / 2}>
            <RecordsPanel />
          </TimeLapse>
          <TimeLapse phaseMs={(TIMELAPSE_REDRAW_MS * 3) / 4}>
            <ResultsPanel />
          </TimeLapse>
        </div>
      </main>
    </div>
  )
}
