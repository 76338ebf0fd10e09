import { boundText } from '../../lib/boundText'
import './gallery.css'
import { useRef } from 'react'
import {
  selectGalleryEntries,
  selectInfo,
  selectScenarioId,
  useAppActions,
  useAppStore,
} from '../../store'
import { ExportToAwsButton } from '../export'
import { downloadText } from './download'
import { ResetToBaseline } from './ResetToBaseline'
import { ShareButton } from './ShareButton'

/** The header's Scenario select, Export and Import: the way in and out of a scenario file. */
export function ScenarioPicker() {
  const entries = useAppStore(selectGalleryEntries)
  const currentId = useAppStore(selectScenarioId)
  const info = useAppStore(selectInfo)
  const { chooseScenario, exportScenario, importScenario } = useAppActions()
  const fileInput = useRef<HTMLInputElement>(null)

  async function onFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0]
    // Cleared so that picking the same file again (after fixing it) fires a change.
    input.value = ''
    if (file !== undefined) importScenario(await file.text())
  }

  return (
    <div className="gallery">
      <label className="gallery__label">
        Scenario
        <select
          className="gallery__select"
          data-testid="scenario.select"
          value={currentId ?? ''}
          onChange={(e) => void chooseScenario(e.target.value)}
        >
          {currentId === undefined && (
            <option value="" disabled>
              {info === undefined ? 'Loading…' : boundText(info.name)} (imported)
            </option>
          )}
          {entries.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.name}
            </option>
          ))}
        </select>
      </label>
      {/* One group: the actions wrap together, never one by one. */}
      <div className="gallery__actions" role="group" aria-label="Scenario actions">
        <button
          type="button"
          className="button button--small"
          data-testid="scenario.export"
          aria-label="Export the scenario as a JSON file"
          onClick={() => {
            const { fileName, text } = exportScenario()
            downloadText(fileName, text)
          }}
        >
          Export
        </button>
        <ExportToAwsButton />
        <ShareButton />
        <ResetToBaseline />
        <button
          type="button"
          className="button button--small"
          data-testid="scenario.import"
          aria-label="Import a scenario file"
          onClick={() => fileInput.current?.click()}
        >
          Import…
        </button>
      </div>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => void onFile(e.currentTarget)}
      />
    </div>
  )
}
