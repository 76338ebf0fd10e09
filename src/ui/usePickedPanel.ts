import { useCallback, useEffect, useRef } from 'react'
import type { RefObject } from 'react'

/**
 * A panel opened by a pick made elsewhere on the page (a record's history, an invocation's details): when
 * `openedFor` changes to a value, the panel's top comes into the window (at 768 px it can be a screen
 * below the pipeline token that opened it) and focus moves to its heading, so Tab goes on inside the
 * panel; `close` hands focus back to what opened it. Give the heading `tabIndex={-1}`.
 */
export function usePickedPanel<T extends HTMLElement>(
  openedFor: unknown,
  onClose: () => void,
): {
  panel: RefObject<T | null>
  heading: RefObject<HTMLHeadingElement | null>
  close: () => void
} {
  const panel = useRef<T>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const opener = useRef<HTMLElement | null>(null)
  useEffect(() => {
    const el = panel.current
    if (openedFor === undefined || el === null) return
    const active = document.activeElement
    if (active instanceof HTMLElement && !el.contains(active)) opener.current = active
    // A panel already in the upper half of the window stays put: no jump under the pointer.
    const top = el.getBoundingClientRect().top
    if (top < 0 || top > window.innerHeight / 2) el.scrollIntoView({ block: 'start' })
    heading.current?.focus({ preventScroll: true })
  }, [openedFor])
  const close = useCallback(() => {
    const back = opener.current
    opener.current = null
    onClose()
    if (back?.isConnected) back.focus()
  }, [onClose])
  return { panel, heading, close }
}
