import { useEffect } from 'react'
import { useAppActions } from '../../store'

/** Space plays or pauses, → steps; ignored while typing in a field or moving a slider. */
export function usePlaybackShortcuts(): void {
  const actions = useAppActions()
  useEffect(() => {
    function handleKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      // Space on a focused button already clicks that button.
      if (event.key === ' ' && !target?.closest('button, a')) {
        event.preventDefault()
        actions.togglePlay()
      } else if (event.key === 'ArrowRight') {
        event.preventDefault()
        actions.step()
      }
    }
    window.addEventListener('keydown', handleKey)
    return () => window.removeEventListener('keydown', handleKey)
  }, [actions])
}
