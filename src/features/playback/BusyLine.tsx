import { useEffect, useMemo, useState } from 'react'

/**
 * How long a wait lasts before it is shown: a warm handler answers in milliseconds and a line flashing on every
 * step would only distract; a sandbox's cold start takes seconds the first time.
 */
export const BUSY_SHOW_MS = 300

/**
 * What the run waits for, when it waits noticeably (the first Step waited ~2.5 s on a sandbox's cold start with
 * nothing on screen). A polite live region that is always there, so screen readers announce the text it gets.
 */
export function BusyLine({ text }: { text: string }) {
  // One wait per change of text (the same text again is a new wait): shown once it has lasted BUSY_SHOW_MS.
  const wait = useMemo(() => ({ text }), [text])
  const [lasted, setLasted] = useState<{ text: string }>()
  useEffect(() => {
    if (wait.text === '') return
    const timer = setTimeout(() => setLasted(wait), BUSY_SHOW_MS)
    return () => clearTimeout(timer)
  }, [wait])
  const shown = lasted === wait ? text : ''
  return (
    <span className="playback__busy" role="status" data-testid="playback.busy">
      {shown !== '' && <span className="playback__spinner" aria-hidden="true" />}
      {shown}
    </span>
  )
}
