import type { StateCreator } from 'zustand'
import type { AppState } from '../appState'

export type Theme = 'light' | 'dark'
export type PanelTab = 'table' | 'mapping' | 'function' | 'role' | 'filters' | 'metrics' | 'console'

export interface UiSlice {
  ui: {
    theme: Theme
    tab: PanelTab
    hintDismissed: boolean
    /** The record the Filter lab shows first and highlights, after a "Why?" sent the user there. */
    filterLabRecord?: number
  }
  setTheme: (theme: Theme) => void
  toggleTheme: () => void
  setTab: (tab: PanelTab) => void
  /** Folds the scenario's explanation away (the app remembers it across visits). */
  dismissHint: () => void
  /** Opens the folded explanation again. */
  showHint: () => void
  /** Shows the Filter lab tab on one record's verdicts (from a filtered record's history). */
  openFilterLab: (recordIndex: number) => void
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  ui: { theme: 'light', tab: 'table', hintDismissed: false },
  setTheme: (theme) => set({ ui: { ...get().ui, theme } }),
  toggleTheme: () => get().setTheme(get().ui.theme === 'dark' ? 'light' : 'dark'),
  setTab: (tab) => set({ ui: { ...get().ui, tab } }),
  dismissHint: () => set({ ui: { ...get().ui, hintDismissed: true } }),
  showHint: () => set({ ui: { ...get().ui, hintDismissed: false } }),
  openFilterLab: (recordIndex) =>
    set({ ui: { ...get().ui, tab: 'filters', filterLabRecord: recordIndex } }),
})
