import { GUIDE_WATCH_SECONDS } from '../../guides'
import type { Guide } from '../../guides'

/**
 * "about 8 s to watch", measured by src/guides/guides.test.ts; a guide with a fast-forward says so, since
 * that stretch lasts as long as this machine takes to run its handlers.
 */
export function watchWords(guide: Guide): string {
  const seconds = GUIDE_WATCH_SECONDS[guide.id]
  if (seconds === undefined) return ''
  const time = seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`
  const fast = guide.steps.some((s) => s.speedAfter === 'fast')
  return `about ${time} to watch${fast ? ', plus a fast-forward' : ''}`
}
