import { boundText } from '../../lib/boundText'
import type { StateCreator } from 'zustand'
import { decodeSharePayload, encodeShareHash, readShareHash } from '../../lib/shareLink'
import type { ShareStage } from '../../lib/shareLink'
import type { AppState } from '../appState'
import { WORK_VERSION, savedWorkHasEdits } from '../persistence'
import type { SavedWork } from '../persistence'
import type { ScenarioFile } from '../scenarioEdit'
import {
  buildExportFile,
  exportFileName,
  markEdited,
  parseScenarioText,
  sameFile,
  validateScenarioJson,
} from '../scenarioFiles'
import { withFunctionUpdates } from '../liveUpdate'
import { madeByNewer, newerLinkReason } from '../newerScenario'
import { withConsoleActions } from '../consoleFile'
import { withRoleUpdates } from '../roleEdit'
import type { CatalogEntry } from '../scenarioFiles'

/** A scenario waiting for the user to confirm that their edits may go. */
export interface PendingScenario {
  /** The gallery id, or undefined for an imported file. */
  readonly id: string | undefined
  readonly name: string
  readonly file: ScenarioFile
  /** Where it comes from: the dialog names the choice in those words. */
  readonly source: 'gallery' | 'file' | 'link'
}

/** Why the work is not (or could not be) kept in the browser; shown once, quietly. */
export type StorageNotice =
  | { readonly kind: 'unreadable'; readonly reason: string; readonly text: string }
  | { readonly kind: 'unavailable'; readonly reason: string }

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
    /** The open scenario is edited work saved in this browser (restored at startup). */
    restored: boolean
    storageNotice: StorageNotice | undefined
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
  /** Opens the work saved in this browser, edits and invalid setting drafts included. */
  restoreWork: (work: SavedWork) => void
  /** The work to save: the current file (timed writes in), its baseline and the invalid drafts. */
  workToSave: () => SavedWork
  /** Discards every edit: the gallery scenario or opened file as it was opened. */
  resetToBaseline: () => void
  /** Shows a storage problem, once per session: the user is told, not nagged. */
  reportStorage: (notice: StorageNotice) => void
  dismissStorageNotice: () => void
}

/** True when switching would lose something: changed code or settings, an invalid draft, item edits. */
export function hasEdits(s: AppState): boolean {
  const invalidDraft = Object.values(s.scenario.fieldErrors).some((errors) => errors.length > 0)
  return (
    invalidDraft || s.table.userWrites.length > 0 || !sameFile(s.scenario.file, s.gallery.baseline)
  )
}

/** The setting drafts that are not valid yet: the only ones the file does not already hold. */
function invalidDrafts(s: AppState): Record<string, string | boolean> {
  const { drafts, fieldErrors } = s.scenario
  return Object.fromEntries(
    Object.entries(drafts).filter(([key]) => (fieldErrors[key] ?? []).length > 0),
  )
}

export function createGallerySlice(
  catalog: readonly CatalogEntry[],
): StateCreator<AppState, [], [], GallerySlice> {
  return (set, get) => {
    const setGallery = (gallery: Partial<GallerySlice['gallery']>) =>
      set({ gallery: { ...get().gallery, ...gallery } })
    // Only the latest pick counts: a slow chunk must not overwrite a later choice.
    let latestPick = 0
    let reported = false

    /** The current scenario with the user's timed writes in. */
    function workingFile(): ScenarioFile {
      const { scenario, table, sim, liveUpdate, console } = get()
      const file = buildExportFile(scenario.file, table.userWrites, sim.writeResults, sim.simTimeMs)
      const updated = withFunctionUpdates(file, liveUpdate, sim.simTimeMs)
      return withRoleUpdates(withConsoleActions(updated, console.recorded, sim.loadId), get().role)
    }

    /** What Export and Copy link make: an edited scenario says so in its name and description. */
    function currentFile(): ScenarioFile {
      const file = workingFile()
      return sameFile(file, get().gallery.baseline) ? file : markEdited(file)
    }

    function offer(next: PendingScenario): void {
      // Opening what is already open (a link to this very work) loses nothing: no question.
      if (hasEdits(get()) && !sameFile(next.file, currentFile()))
        setGallery({ pending: { ...next, name: boundText(next.name) } })
      else get().openScenario(next.file, next.id)
    }

    return {
      gallery: {
        entries: catalog.map(({ id, name }) => ({ id, name })),
        baseline: {},
        pending: undefined,
        importErrors: [],
        shareError: undefined,
        restored: false,
        storageNotice: undefined,
      },
      openScenario(file, id) {
        setGallery({ baseline: file, pending: undefined, importErrors: [], restored: false })
        get().loadScenario(file, id)
      },
      async chooseScenario(id) {
        const entry = catalog.find((e) => e.id === id)
        if (entry === undefined) return
        const pick = ++latestPick
        try {
          const file = await entry.load()
          if (pick === latestPick) offer({ id, name: entry.name, file, source: 'gallery' })
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
          source: 'file',
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
          const line = madeByNewer('link', newerLinkReason(found.key))
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
          const { newer } = parsed
          const shareError: ShareError =
            newer === undefined
              ? { stage: 'validate', lines: parsed.errors }
              : { stage: 'newer', lines: [madeByNewer('link', newer)] }
          setGallery({ shareError })
          return false
        }
        latestPick++
        setGallery({ shareError: undefined })
        const { name } = parsed.file
        offer({
          id: undefined,
          name: typeof name === 'string' ? name : 'Shared scenario',
          file: parsed.file,
          source: 'link',
        })
        return true
      },
      dismissShareError: () => setGallery({ shareError: undefined }),
      restoreWork(work) {
        latestPick++
        setGallery({
          baseline: work.baseline,
          pending: undefined,
          importErrors: [],
          // "Your saved work" only when it holds edits: otherwise it is simply the scenario it was.
          restored: savedWorkHasEdits(work),
        })
        get().loadScenario(work.file, work.galleryId ?? undefined)
        for (const [key, input] of Object.entries(work.drafts)) {
          const [section, name] = key.split('.')
          if (section === 'mapping' || section === 'function') get().setField(section, name, input)
        }
      },
      workToSave() {
        const state = get()
        return {
          version: WORK_VERSION,
          file: workingFile(),
          baseline: state.gallery.baseline,
          galleryId: state.scenario.presetName ?? null,
          drafts: invalidDrafts(state),
        }
      },
      resetToBaseline() {
        latestPick++
        get().openScenario(get().gallery.baseline, get().scenario.presetName)
      },
      reportStorage(notice) {
        if (!reported) setGallery({ storageNotice: notice })
        reported = true
      },
      dismissStorageNotice: () => setGallery({ storageNotice: undefined }),
    }
  }
}
