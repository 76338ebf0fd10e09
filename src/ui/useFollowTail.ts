import { useLayoutEffect, useState } from 'react'
import type { RefObject } from 'react'

/**
 * Keeps a scrolling list on its newest (last) rows while they arrive. Any scroll that leaves the bottom
 * (wheel, keyboard, scrollbar) stops following; scrolling back to the bottom or `jumpToLatest` resumes it.
 * A list that shrinks (reset, another scenario) follows again. `contentHeight`, when the caller knows it (a
 * windowed list), spares a layout read per new row: scrolling that far is clamped to the bottom.
 */
export function useFollowTail(
  ref: RefObject<HTMLElement | null>,
  count: number,
  enabled: boolean,
  contentHeight?: number,
) {
  const [following, setFollowing] = useState(true)
  const [lastCount, setLastCount] = useState(count)
  if (count !== lastCount) {
    setLastCount(count)
    if (count < lastCount) setFollowing(true)
  }

  // Before paint, so the user never sees the list a frame behind the newest row.
  useLayoutEffect(() => {
    const el = ref.current
    if (enabled && following && el) el.scrollTop = contentHeight ?? el.scrollHeight
  }, [enabled, following, count, ref, contentHeight])

  /** Call from the list's scroll handler: our own scroll to the bottom keeps following. Says if at the bottom. */
  const onScroll = (el: HTMLElement): boolean => {
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 2
    setFollowing(atBottom)
    return atBottom
  }

  return { following, onScroll, jumpToLatest: () => setFollowing(true) }
}
