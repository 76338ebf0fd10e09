import { useContext, useMemo } from 'react'
import type { ReactNode } from 'react'
import { AppStoreContext } from '../../store'
import { createTimeLapseStore } from './timeLapseStore'

/**
 * The views inside read the store as a time-lapse while the run plays fast (timeLapseStore.ts): a new
 * state a few times a second, not every animation frame. Outside it (the playback bar, the narration) every
 * frame still shows.
 */
export function TimeLapse({ phaseMs, children }: { phaseMs: number; children: ReactNode }) {
  const store = useContext(AppStoreContext)
  if (store === null) throw new Error('TimeLapse needs <AppStoreContext.Provider>')
  const sampled = useMemo(() => createTimeLapseStore(store, phaseMs), [store, phaseMs])
  return <AppStoreContext.Provider value={sampled}>{children}</AppStoreContext.Provider>
}
