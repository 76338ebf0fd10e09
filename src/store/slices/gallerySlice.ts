import type { StateCreator } from 'zustand'
import { decodeSharePayload, encodeShareHash, readShareHash } from '../../lib/shareLink'
import type { ShareStage } from '../../lib/shareLink'
import type { AppState } from '../appState'
import type { ScenarioFile } from '../scenarioEdit'
import {
  buildExportFile,
  exportFileName,
  parseScenarioText,
  validateScenarioJson,
} from '../scenarioFiles'
import type { CatalogEntry } from '../scenarioFiles'

/** A scenario waiting for the user to confirm that their edits may go. */
export interface PendingScenario {
  /** The gallery id, or undefined for an imported file. */
  readonly id: string | undefined
  readonly name: string
  readonly file: ScenarioFile
}

/** Why a share link was not opened: the failed stage (or a newer codec's key) and its lines. */
export interface ShareError {
  readonly stage: ShareStage | 'newer'
  readonly lines: readonly string[]
}

export interface GallerySlice {
  gallery: {
    entries: readonly { readonly id: string; readonly name: string }[]
    /** The file as it was opened (gallery, link or import): edits are measured against it. */
    baseline: ScenarioFile
    pending: PendingScenario | undefined
    /** Why the last import (or gallery load) failed, one line per error; empty when none. */
    importErrors: readonly string[]
    shareError: ShareError | undefined
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
  /** The `#s=…` fragment of a link to the current scenario: the same file Export makes. */
  shareHash: () => string
  /**
   * Opens the scenario in a location hash like an import (asks first over edits). A bad link only
   * sets `shareError`. False when the hash held no scenario to open, so the caller opens its default.
   */
  openShareLink: (hash: string) => boolean
  dismissShareError: () => void
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

    function currentFile(): ScenarioFile {
      const { scenario, table, sim } = get()
      return buildExportFile(scenario.file, table.userWrites, sim.writeResults, sim.simTimeMs)
    }

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
        shareError: undefined,
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
        const file = currentFile()
        return { fileName: exportFileName(file.name), text: `${JSON.stringify(file, null, 2)}\n` }
      },
      shareHash: () => encodeShareHash(currentFile()),
      openShareLink(hash) {
        const found = readShareHash(hash)
        if (found.kind === 'none') return false
        if (found.kind === 'newer') {
          const line = `This link (#${found.key}=) needs a newer version of the playground.`
          setGallery({ shareError: { stage: 'newer', lines: [line] } })
          return false
        }
        const decoded = decodeSharePayload(found.payload)
        if (!decoded.ok) {
          setGallery({ shareError: { stage: decoded.stage, lines: [decoded.message] } })
          return false
        }
        const parsed = validateScenarioJson(decoded.json)
        if (!parsed.ok) {
          setGallery({ shareError: { stage: 'validate', lines: parsed.errors } })
          return false
        }
        latestPick++
        setGallery({ shareError: undefined })
        const { name } = parsed.file
        offer({
          id: undefined,
          name: typeof name === 'string' ? name : 'Shared scenario',
          file: parsed.file,
        })
        return true
      },
      dismissShareError: () => setGallery({ shareError: undefined }),
    }
  }
}
