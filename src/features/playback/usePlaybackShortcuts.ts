import { useEffect } from 'react'
import { useAppActions } from '../../store'
import { playbackKeyAction } from './playbackKey'

/** Space plays or pauses, → steps; never while an editor, field or widget owns the key. */
export function usePlaybackShortcuts(): void {
  const actions = useAppActions()
  useEffect(() => {
    function handleKey(event: KeyboardEvent) {
      const action = playbackKeyAction(event)
      if (action === undefined) return
      event.preventDefault()
      if (action === 'togglePlay') actions.togglePlay()
      else actions.step()
    }
    window.addEventListener('keydown', handleKey)
    return () => window.removeEventListener('keydown', handleKey)
  }, [actions])
}
