import { useEffect } from 'react'
import type { GuideLook } from '../../guides'
import { LOOK_SELECTORS } from './looks'

/** Scrolls what a step points at to the top of the view, clear of the callout at the bottom. */
export function showLook(look: GuideLook): void {
  document.querySelector(LOOK_SELECTORS[look])?.scrollIntoView({ block: 'start' })
}

/**
 * Highlights the part of the screen a step points at (guide.css draws it from `data-guide-look` on the root,
 * so a stage re-rendered meanwhile keeps it) and scrolls it into view once it is drawn.
 */
export function useGuideLook(look: GuideLook | undefined): void {
  useEffect(() => {
    if (look === undefined) return
    const root = document.documentElement
    root.dataset.guideLook = look
    // Next frame: a tab the step opened has rendered its chart by then.
    const frame = requestAnimationFrame(() => {
      showLook(look)
    })
    return () => {
      cancelAnimationFrame(frame)
      delete root.dataset.guideLook
    }
  }, [look])
}
