import type { StateCreator } from 'zustand'
import type { AppState } from '../appState'
import type { ScenarioFile } from '../scenarioEdit'
import { buildExportFile, exportFileName, parseScenarioText } from '../scenarioFiles'
import type { CatalogEntry } from '../scenarioFiles'

/** A scenario waiting for the user to confirm that their edits may go. */
export interface PendingScenario {
  /** The gallery id, or undefined for an imported file. */
  readonly id: string | undefined
  readonly name: string
  readonly file: ScenarioFile
}

export interface GallerySlice {
  gallery: {
    entries: readonly { readonly id: string; readonly name: string }[]
    /** The file as it was opened (gallery, link or import): edits are measured against it. */
    baseline: ScenarioFile
    pending: PendingScenario | undefined
    /** Why the last import (or gallery load) failed, one line per error; empty when none. */
    importErrors: readonly string[]
  }
  /** Loads a file as the new baseline, without asking (startup, the test hook, a confirmed switch). */
  openScenario: (file: ScenarioFile, id?: string) => void
  /** Loads a gallery scenario; asks first (`pending`) when the current one has edits. */
  chooseScenario: (id: string) => Promise<void>
  /** Reads an imported file's text: errors change nothing; a valid file loads like a gallery pick. */
  importScenario: (text: string) => void
  confirmPending: () => void
  cancelPending: () => void
  dismissImportErrors: () => void
  /** The current scenario, edits included, as a scenario file `npm run simulate` accepts. */
  exportScenario: () => { fileName: string; text: string }
}

/** True when switching would lose something: changed code or settings, an invalid draft, item edits. */
export function hasEdits(s: AppState): boolean {
  const changed = JSON.stringify(s.scenario.file) !== JSON.stringify(s.gallery.baseline)
  const invalidDraft = Object.values(s.scenario.fieldErrors).some((errors) => errors.length > 0)
  return changed || invalidDraft || s.table.userWrites.length > 0
}

export function createGallerySlice(
  catalog: readonly CatalogEntry[],
): StateCreator<AppState, [], [], GallerySlice> {
  return (set, get) => {
    const setGallery = (gallery: Partial<GallerySlice['gallery']>) =>
      set({ gallery: { ...get().gallery, ...gallery } })
    // Only the latest pick counts: a slow chunk must not overwrite a later choice.
    let latestPick = 0

    function offer(next: PendingScenario): void {
      if (hasEdits(get())) setGallery({ pending: next })
      else get().openScenario(next.file, next.id)
    }

    return {
      gallery: {
        entries: catalog.map(({ id, name }) => ({ id, name })),
        baseline: {},
        pending: undefined,
        importErrors: [],
      },
      openScenario(file, id) {
        setGallery({ baseline: file, pending: undefined, importErrors: [] })
        get().loadScenario(file, id)
      },
      async chooseScenario(id) {
        const entry = catalog.find((e) => e.id === id)
        if (entry === undefined) return
        const pick = ++latestPick
        try {
          const file = await entry.load()
          if (pick === latestPick) offer({ id, name: entry.name, file })
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error)
          if (pick === latestPick)
            setGallery({ importErrors: [`Could not load ${entry.name}: ${reason}`] })
        }
      },
      importScenario(text) {
        latestPick++
        const parsed = parseScenarioText(text)
        if (!parsed.ok) {
          setGallery({ importErrors: parsed.errors })
          return
        }
        setGallery({ importErrors: [] })
        const { name } = parsed.file
        offer({
          id: undefined,
          name: typeof name === 'string' ? name : 'Imported scenario',
          file: parsed.file,
        })
      },
      confirmPending() {
        const { pending } = get().gallery
        if (pending !== undefined) get().openScenario(pending.file, pending.id)
      },
      cancelPending: () => setGallery({ pending: undefined }),
      dismissImportErrors: () => setGallery({ importErrors: [] }),
      exportScenario() {
        const { scenario, table, sim } = get()
        const file = buildExportFile(
          scenario.file,
          table.userWrites,
          sim.writeResults,
          sim.simTimeMs,
        )
        return { fileName: exportFileName(file.name), text: `${JSON.stringify(file, null, 2)}\n` }
      },
    }
  }
}
